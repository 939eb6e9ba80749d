package org.argmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.argmap.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile files end in a located diagnostic: never an exception, a hang or an out-of-memory. */
class HostileInputTest {

    @TempDir
    Path dir;

    private LoadResult load(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> new CorpusLoader().load(List.of(f)));
    }

    private static Diagnostic only(LoadResult r, String code) {
        assertTrue(r.hasErrors());
        return r.diagnostics().stream().filter(d -> d.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no [" + code + "] in " + r.diagnostics()));
    }

    @Test
    void billionLaughsIsRejectedAtTheFirstAnchor() throws IOException {
        StringBuilder sb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            sb.append(c).append(": &").append(c).append(" [*").append(p);
            for (int i = 0; i < 8; i++) {
                sb.append(",*").append(p);
            }
            sb.append("]\n");
        }
        LoadResult r = load("bomb.yaml", sb.toString().getBytes(StandardCharsets.UTF_8));
        Diagnostic d = only(r, "yaml-alias");
        assertEquals(1, d.line());
        assertEquals(4, d.column());
    }

    @Test
    void randomBytesGiveALocatedDiagnostic() throws IOException {
        for (int seed = 0; seed < 20; seed++) {
            byte[] b = new byte[4096];
            new Random(seed).nextBytes(b);
            LoadResult r = load("random" + seed + ".yaml", b);
            assertTrue(r.hasErrors(), "seed " + seed);
            for (Diagnostic d : r.diagnostics()) {
                assertTrue(d.line() >= 1 && d.column() >= 1);
                assertTrue(d.file().endsWith("random" + seed + ".yaml"));
            }
        }
    }

    @Test
    void notUtf8PointsAtTheBadByte() throws IOException {
        byte[] b = "source:\n  id: ab\u00e9\n  title: x\u00ffy\n".getBytes(StandardCharsets.UTF_8);
        // replace the 'ÿ' (C3 BF) by a lone 0xFF byte
        byte[] bad = new String(b, StandardCharsets.UTF_8).replace("\u00ff", "#").getBytes(StandardCharsets.UTF_8);
        int hash = new String(bad, StandardCharsets.ISO_8859_1).indexOf('#');
        bad[hash] = (byte) 0xFF;
        Diagnostic d = only(load("latin.yaml", bad), "not-utf8");
        assertEquals(3, d.line());
        assertEquals(11, d.column());
    }

    @Test
    void deepNestingStopsAtTheLimit() throws IOException {
        String deep = "a: " + "[".repeat(3000) + "]".repeat(3000) + "\n";
        Diagnostic d = only(load("deep.yaml", deep.getBytes(StandardCharsets.UTF_8)), "too-deep");
        assertEquals(1, d.line());
        assertTrue(d.column() > 60 && d.column() < 80, d::toString);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            sb.append(" ".repeat(i)).append("k").append(i).append(":\n");
        }
        sb.append(" ".repeat(3000)).append("v\n");
        LoadResult r = load("deepmaps.yaml", sb.toString().getBytes(StandardCharsets.UTF_8));
        assertTrue(r.diagnostics().stream().anyMatch(x -> x.code().equals("too-deep")), r.diagnostics()::toString);
    }

    @Test
    void oversizedFileIsRefusedBeforeParsing() throws IOException {
        Path f = dir.resolve("big.yaml");
        Files.write(f, ("notes: \"" + "x".repeat(2000) + "\"\n").getBytes(StandardCharsets.UTF_8));
        LoadResult r = new CorpusLoader(LoaderLimits.DEFAULT.withMaxFileBytes(1000)).load(List.of(f));
        Diagnostic d = only(r, "file-too-large");
        assertEquals(1, d.line());
        assertTrue(d.hint().contains("--max-file-size"));
    }

    @Test
    void emptyAndCommentOnlyFilesAreReported() throws IOException {
        assertEquals(1, only(load("empty.yaml", new byte[0]), "empty-file").line());
        assertEquals(1, only(load("comments.yaml", "# just a comment\n\n".getBytes(StandardCharsets.UTF_8)), "empty-file").line());
    }

    @Test
    void textFileThatIsNotUtf8IsReportedAtTheTextKey() throws IOException {
        Files.write(dir.resolve("t.txt"), new byte[] {'a', (byte) 0xC3, '(', 'b'});
        String yaml = "source:\n  id: s\n  title: T\n  language: en\n  text: t.txt\n";
        Diagnostic d = only(load("s.yaml", yaml.getBytes(StandardCharsets.UTF_8)), "text-not-utf8");
        assertEquals(5, d.line());
        assertEquals(9, d.column());
    }

    @Test
    void topLevelScalarOrListIsAWrongType() throws IOException {
        Diagnostic d = only(load("list.yaml", "- a\n- b\n".getBytes(StandardCharsets.UTF_8)), "wrong-type");
        assertEquals(1, d.line());
        assertEquals(1, d.column());
    }

    @Test
    void thousandsOfWrongQuotesEndInDiagnosticsWithoutAHang() throws IOException {
        Files.writeString(dir.resolve("t.txt"), "The quick brown fox jumps over the lazy dog. ".repeat(2000));
        StringBuilder sb = new StringBuilder("source:\n  id: s\n  title: T\n  language: en\n  text: t.txt\nclaims:\n  - id: a\n"
                + "    text: A.\n    evidence:\n");
        int n = 5000;
        for (int i = 0; i < n; i++) {
            sb.append("      - \"The quick brown fax jumps over the lazy dig number ").append(i).append(" ").append("x".repeat(200))
                    .append("\"\n");
        }
        LoadResult r = load("many.yaml", sb.toString().getBytes(StandardCharsets.UTF_8));
        List<Diagnostic> missing = r.diagnostics().stream().filter(d -> d.code().equals("quote-not-found")).toList();
        assertEquals(n, missing.size());
        assertEquals(CorpusValidator.MAX_CLOSEST_HINTS, missing.stream().filter(d -> d.hint().startsWith("closest passage")).count());
        assertEquals(10, missing.get(0).line());
    }

    @Test
    void nulByteIsReportedAtItsLineAndColumn() throws IOException {
        String yaml = "source:\n  id: s\n  title: \"\u00e9t\u00e9\u0000x\"\n  language: en\n";
        Diagnostic d = only(load("nul.yaml", yaml.getBytes(StandardCharsets.UTF_8)), "invalid-character");
        assertEquals("3:14", d.line() + ":" + d.column(), d::toString);
        assertTrue(d.message().contains("U+0000"), d::toString);
        // after CR LF, NEL-free text and a supplementary character (one column, two chars)
        String crlf = "source:\r\n  id: s\r\n  title: \uD83D\uDE00 \u0007\r\n";
        Diagnostic bell = only(load("bell.yaml", crlf.getBytes(StandardCharsets.UTF_8)), "invalid-character");
        assertEquals("3:12", bell.line() + ":" + bell.column(), bell::toString);
    }

    @Test
    void bidiAndControlCharactersInIdsAreShownEscapedInMessagesAndHints() throws IOException {
        Files.writeString(dir.resolve("t.txt"), "text");
        String evil = "abc\u202Edef\u2066";
        String yaml = "source:\n  id: s\n  title: T\n  language: en\n  text: t.txt\nclaims:\n  - id: \"" + evil + "\"\n"
                + "    text: A.\n  - id: b\n    text: B.\nrelations:\n  - {from: \"" + evil + "x\", to: \"b\\u0085\", type: supports}\n";
        LoadResult r = load("bidi.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code().equals("invalid-id") && d.message().contains("abc\\u202Edef\\u2066")),
                r.diagnostics()::toString);
        for (Diagnostic d : r.diagnostics()) {
            String all = d.toString();
            assertTrue(all.codePoints().noneMatch(c -> c == 0x202E || c == 0x2066 || c == 0x85), () -> "raw control in " + all);
        }
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.message().contains("b\\u0085")), r.diagnostics()::toString);
    }
}
