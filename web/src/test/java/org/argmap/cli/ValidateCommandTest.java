package org.argmap.cli;

import static org.argmap.cli.CliTestSupport.copyCorpus;
import static org.argmap.cli.CliTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code argmap validate} on the corpus and on each broken file dropped into a copy of it. */
class ValidateCommandTest {

    @TempDir
    Path tmp;

    @Test
    void passesOnTheBundledCorpus() {
        CliTestSupport.Run r = run("validate", "../argmaps");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().matches("(?s)7 files, 5 sources, \\d+ claims, \\d+ quotes, \\d+ propositions: 0 errors, 0 warnings\\s*"), r.out());
    }

    private void assertDropInFails(String name, byte[] content, String code, int line, int column) throws Exception {
        Path maps = copyCorpus(tmp);
        Path bad = maps.resolve(name);
        Files.write(bad, content);
        CliTestSupport.Run r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run("validate", maps.toString()));
        assertEquals(1, r.exit(), r.err());
        String expected = bad + ":" + line + ":" + column + ": error [" + code + "]";
        assertTrue(r.err().contains(expected), () -> "wanted " + expected + " in\n" + r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertTrue(r.out().contains("errors") || r.out().contains("1 error"), r.out());
    }

    @Test
    void yamlSyntaxErrorIsLocated() throws Exception {
        assertDropInFails("broken.yaml", "source:\n  id: x\n  title: [oops\n  language: en\n".getBytes(StandardCharsets.UTF_8),
                "yaml-syntax", 4, 11);
    }

    @Test
    void nulByteIsLocatedWhereItIs() throws Exception {
        assertDropInFails("nul.yaml", "source:\n  id: x\n  title: a\u0000b\n".getBytes(StandardCharsets.UTF_8),
                "invalid-character", 3, 11);
    }

    @Test
    void brokenSourceMapIsListedFirstWithTheErrorsThatFollowFromItFolded() throws Exception {
        Path maps = copyCorpus(tmp);
        Path trotsky = maps.resolve("trotsky-1935.yaml");
        Files.writeString(trotsky, Files.readString(trotsky).replaceFirst("\nclaims:\n", "\nclaims:\n  - id: broken: here\n"));
        CliTestSupport.Run r = run("validate", maps.toString());
        assertEquals(1, r.exit(), r.err());
        String first = r.err().lines().findFirst().orElseThrow();
        assertTrue(first.startsWith(trotsky + ":") && first.contains(": error [yaml-syntax] "), r.err());
        String hint = r.err().lines().skip(1).findFirst().orElseThrow();
        assertTrue(hint.matches("  hint: .*and 16 errors( and \\d+ warnings?)? that follow from it \\(in .*relations\\.yaml.*\\)"), hint);
        assertFalse(r.err().contains("unknown source 'trotsky-1935'"), r.err());
        JsonNode json = new ObjectMapper().readTree(run("validate", "--format", "json", maps.toString()).out());
        JsonNode cause = json.get("diagnostics").get(0);
        assertEquals("yaml-syntax", cause.get("code").asText());
        int unknown = 0;
        for (JsonNode d : cause.get("followOn")) {
            unknown += d.get("code").asText().equals("unknown-source") ? 1 : 0;
        }
        // 13 references in relations.yaml, 3 in the dismissals of propositions.yaml (issue 16 review)
        assertEquals(16, unknown, cause::toString);
    }

    @Test
    void secondFileWithTheSameSourceIdIsLocated() throws Exception {
        Path maps = copyCorpus(tmp);
        String copy = Files.readString(maps.resolve("trotsky-1935.yaml"));
        Files.delete(maps.resolve("propositions.yaml")); // keep the copy independent of other checks
        Files.writeString(maps.resolve("zz-copy.yaml"), copy);
        CliTestSupport.Run r = run("validate", maps.toString());
        assertEquals(1, r.exit());
        int line = lineOf(copy, "  id: trotsky-1935");
        assertTrue(r.err().contains(maps.resolve("zz-copy.yaml") + ":" + line + ":7: error [duplicate-source]"), r.err());
    }

    @Test
    void oneLetterChangeInsideAQuoteIsLocatedWithTheClosestPassage() throws Exception {
        Path maps = copyCorpus(tmp);
        Path f = maps.resolve("trotsky-1935.yaml");
        String text = Files.readString(f);
        var m = Pattern.compile("quote: \"([^\"\\\\]{30,})\"").matcher(text);
        assertTrue(m.find());
        String quote = m.group(1);
        int i = quote.indexOf('e', 10);
        String changed = quote.substring(0, i) + "a" + quote.substring(i + 1);
        Files.writeString(f, text.replace("quote: \"" + quote + "\"", "quote: \"" + changed + "\""));
        int line = lineOf(text, "quote: \"" + quote + "\"");
        int column = text.split("\n", -1)[line - 1].indexOf("\"" + quote) + 1;
        CliTestSupport.Run r = run("validate", maps.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains(f + ":" + line + ":" + column + ": error [quote-not-found]"), r.err());
        assertTrue(r.err().contains("hint: closest passage"), r.err());
        assertTrue(r.err().contains(quote.substring(0, 20)), "the hint shows the original words");
    }

    @Test
    void billionLaughsIsLocated() throws Exception {
        StringBuilder sb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char p = (char) (c - 1);
            sb.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p).append("]\n");
        }
        assertDropInFails("bomb.yaml", sb.toString().getBytes(StandardCharsets.UTF_8), "yaml-alias", 1, 4);
    }

    @Test
    void randomBytesAreLocated() throws Exception {
        byte[] b = new byte[4096];
        new Random(7).nextBytes(b);
        b[0] = 'a';
        b[1] = (byte) 0xFF;
        assertDropInFails("random.yaml", b, "not-utf8", 1, 2);
    }

    @Test
    void threeThousandLevelsOfNestingAreLocated() throws Exception {
        String deep = "[".repeat(3000) + "]".repeat(3000) + "\n";
        Path maps = copyCorpus(tmp);
        Files.writeString(maps.resolve("deep.yaml"), deep);
        CliTestSupport.Run r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run("validate", maps.toString()));
        assertEquals(1, r.exit());
        assertTrue(Pattern.compile(Pattern.quote(maps.resolve("deep.yaml").toString()) + ":1:\\d+: error \\[too-deep\\]")
                .matcher(r.err()).find(), r.err());
    }

    @Test
    void jsonFormatListsEveryDiagnostic() throws Exception {
        CliTestSupport.Run r = run("validate", "--format", "json", "../core/src/test/resources/fixtures/invalid/wrong-endpoint.yaml");
        assertEquals(1, r.exit());
        JsonNode n = new ObjectMapper().readTree(r.out());
        assertEquals(1, n.get("errors").asInt());
        JsonNode d = n.get("diagnostics").get(0);
        assertEquals("wrong-endpoint", d.get("code").asText());
        assertEquals(13, d.get("line").asInt());
        assertEquals(11, d.get("column").asInt());
    }

    @Test
    void badUsageExitsWithTwo() {
        assertEquals(2, run("validate", "--nope").exit());
        assertEquals(2, run("validate", "--format", "xml").exit());
        assertEquals(2, run("frobnicate").exit());
    }

    @Test
    void missingPathIsAnErrorNotAnException() {
        CliTestSupport.Run r = run("validate", tmp.resolve("nowhere").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("error [file-not-found]"), r.err());
    }

    @Test
    void versionAndHelpWorkOnEveryCommand() {
        CliTestSupport.Run v = run("--version");
        assertEquals(0, v.exit());
        assertTrue(v.out().startsWith("argmap "), v.out());
        assertEquals(10, Main.COMMANDS.size());
        CliTestSupport.Run top = run("--help");
        assertEquals(0, top.exit());
        for (var e : Main.COMMANDS.entrySet()) {
            String sub = e.getKey();
            assertEquals(sub, new picocli.CommandLine(e.getValue().get()).getCommandName(), "registered under its own name");
            assertTrue(top.out().contains("  " + sub + " "), "the top-level help lists " + sub);
            CliTestSupport.Run h = run(sub, "--help");
            assertEquals(0, h.exit(), sub);
            assertTrue(h.out().contains("Usage: argmap " + sub), sub + ": " + h.out());
            CliTestSupport.Run viaHelp = run("help", sub);
            assertEquals(0, viaHelp.exit(), sub);
            assertTrue(viaHelp.out().contains("Usage: argmap " + sub), sub);
        }
        // an option before the command: every command is registered, and the one named runs
        CliTestSupport.Run withOption = run("--stacktrace", "validate", tmp.resolve("nowhere").toString());
        assertEquals(1, withOption.exit());
        assertTrue(withOption.err().contains("error [file-not-found]"), withOption.err());
        CliTestSupport.Run typo = run("rendr");
        assertEquals(2, typo.exit());
        assertTrue(typo.err().contains("render"), "suggests the command: " + typo.err());
    }

    @Test
    void aTextOutsideTheCorpusIsAnErrorUnlessAllowed() throws Exception {
        Path maps = ServeCommandTest.corpusReachingOut(tmp);
        CliTestSupport.Run r = run("validate", maps.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().startsWith(maps.resolve("s.yaml") + ":5:9: error [text-outside-corpus] "), r.err());
        assertFalse(r.err().contains("hunter2"), r.err());
        CliTestSupport.Run allowed = run("validate", "--allow-outside-texts", maps.toString());
        assertEquals(0, allowed.exit(), allowed.err());
        assertEquals(0, run("analyze", "--allow-outside-texts", maps.toString()).exit());
    }

    static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        assertTrue(at >= 0, needle);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
