package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterchangeCommandsTest {
    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void importsArgdownIntoAMapAndItsTextThatValidate(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("debate.argdown");
        Files.writeString(in, """
                # Debate

                [Claim]: We should act now. #urgent
                  + <Reason>: Waiting costs more.
                  - [Doubt]: Acting now is premature.
                  >< [Never]: We should never act.
                """);
        Path out = dir.resolve("maps").resolve("debate.yaml");
        Run r = run("import", "argdown", in.toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("wrote " + out + " (4 claims, 2 propositions, 3 relations) and " + dir.resolve("maps").resolve("debate.txt")
                + System.lineSeparator(), r.out());
        assertTrue(Files.readString(out).startsWith("# yaml-language-server: $schema="));
        assertEquals("We should act now.\n\nActing now is premature.\n\nWe should never act.\n\nWaiting costs more.\n",
                Files.readString(dir.resolve("maps").resolve("debate.txt")));
        Run v = run("validate", out.toString());
        assertEquals(0, v.code(), v.err());
        assertEquals("", v.err());
    }

    @Test
    void reportsArgdownSyntaxErrorsWithLocationAndWritesNothing(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("bad.argdown");
        Files.writeString(in, "[A]: a\n\n  + [B]: b\n");
        Path out = dir.resolve("bad.yaml");
        Run r = run("import", "argdown", in.toString(), "-o", out.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith(in + ":3:3: error [argdown-relation-without-parent]"), r.err());
        assertTrue(r.err().contains("1 error, 0 warnings: nothing written"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void exportsEveryFormatFromTheCorpusFolder(@TempDir Path dir) throws Exception {
        for (String f : new String[] {"aif", "argdown", "graphml", "dot", "json"}) {
            Path out = dir.resolve("corpus." + f);
            Run r = run("export", f, Path.of("..", "argmaps").toString(), "-o", out.toString());
            assertEquals(0, r.code(), f + ": " + r.err());
            assertTrue(Files.size(out) > 1000, f);
        }
        assertTrue(Files.readString(dir.resolve("corpus.aif")).contains("\"type\" : \"RA\""));
        assertTrue(Files.readString(dir.resolve("corpus.dot")).startsWith("digraph argmap {"));
    }

    @Test
    void importsItsOwnAifExportBack(@TempDir Path dir) throws Exception {
        Path aif = dir.resolve("corpus.json");
        assertEquals(0, run("export", "aif", Path.of("..", "argmaps").toString(), "-o", aif.toString()).code());
        Run r = run("import", "aif", aif.toString(), "-o", dir.resolve("back.yaml").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("wrote "), r.out());
    }

    private static final String SMALL = "[Claim]: We should act now.\n  + [Reason]: Waiting costs more.\n";

    @Test
    void refusesToReplaceAnExistingMapOrTextUnlessForced(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("d.argdown");
        Files.writeString(in, SMALL);
        Path out = dir.resolve("d.yaml");
        Files.writeString(out, "mine\n");
        Run r = run("import", "argdown", in.toString(), "-o", out.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals("argmap: " + out + " exists: nothing written (--force replaces it)\n", r.err());
        assertEquals("", r.out());
        assertEquals("mine\n", Files.readString(out));
        assertFalse(Files.exists(dir.resolve("d.txt")));

        Files.delete(out);
        Files.writeString(dir.resolve("d.txt"), "my text\n");
        Run t = run("import", "argdown", in.toString(), "-o", out.toString());
        assertEquals(1, t.code());
        assertEquals("argmap: " + dir.resolve("d.txt") + " exists: nothing written (--force replaces it)\n", t.err());
        assertFalse(Files.exists(out));
        assertEquals("my text\n", Files.readString(dir.resolve("d.txt")));

        Files.writeString(out, "mine\n");
        Run f = run("import", "argdown", in.toString(), "-o", out.toString(), "--force");
        assertEquals(0, f.code(), f.err());
        assertTrue(Files.readString(out).contains("We should act now."));
        assertEquals("We should act now.\n\nWaiting costs more.\n", Files.readString(dir.resolve("d.txt")));
        assertEquals(List.of("d.argdown", "d.txt", "d.yaml"), names(dir), "no temporary files left");
    }

    @Test
    void writesNothingWhenTheMapItMadeFailsToLoad(@TempDir Path dir) throws Exception {
        // 40,000 statements: the map made is over the loader's 8 MiB cap, so loading it back fails with file-too-large
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 40_000; i++) {
            sb.append("[s").append(i).append("]: Statement number ").append(i).append(" says something long enough to weigh.\n\n");
        }
        Path in = dir.resolve("big.argdown");
        Files.writeString(in, sb);
        Path out = dir.resolve("new/folder/big.yaml");
        Run r = run("import", "argdown", in.toString(), "-o", out.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().startsWith(out + ":1:1: error [file-too-large] "), r.err());
        assertTrue(r.err().contains("nothing written"), r.err());
        assertEquals("", r.out());
        assertEquals(List.of("big.argdown"), names(dir), "nothing written, not even the folders");
    }

    private static List<String> names(Path dir) throws Exception {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void rejectsUnknownFormatsAsUsageErrors(@TempDir Path dir) {
        assertEquals(2, run("export", "pdfx", "-o", dir.resolve("x").toString()).code());
        assertEquals(2, run("import", "pdfx", "x", "-o", dir.resolve("x.yaml").toString()).code());
        assertEquals(2, run("import", "aif", "x.json").code());
    }
}
