package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void rendersTheMatrixOfTheRealCorpusAsSvg() throws Exception {
        Path svg = dir.resolve("matrix.svg");
        Run r = run("render", "../argmaps", "--view", "matrix", "-o", svg.toString());
        assertEquals(0, r.code(), r.err());
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assertTrue(text.contains("data-source=\"trotsky-1935\""));
    }

    @Test
    void takesTheFormatFromTheFileExtension() throws Exception {
        Path pdf = dir.resolve("map.pdf");
        Run r = run("render", "../argmaps", "--view", "map", "--source", "alcoy-2016", "-o", pdf.toString());
        assertEquals(0, r.code(), r.err());
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(pdf), 5);
        assertEquals("%PDF-", new String(head, StandardCharsets.ISO_8859_1));
    }

    @Test
    void anUnknownSourceIsAnInputErrorNamingTheKnownOnes() {
        Run r = run("render", "../argmaps", "--source", "nobody-1999", "-o", dir.resolve("x.svg").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("argmap: unknown source 'nobody-1999' (known: alcoy-2016, red-flag-2020,"), r.err());
        assertTrue(Files.notExists(dir.resolve("x.svg")));
    }

    @Test
    void aComparisonNeedsTwoSources() {
        Run r = run("render", "../argmaps", "--view", "comparison", "--source", "alcoy-2016", "-o", dir.resolve("c.svg").toString());
        assertEquals(1, r.code());
        assertEquals("argmap: a comparison needs two or more sources; give --source twice, or draw --view map\n", r.err()
                .lines().filter(l -> l.startsWith("argmap:")).findFirst().orElse("") + "\n");
    }

    /** Thirteen sources, one claim each, all on p; source i affirms p when i is even. */
    private Path thirteenSources() throws Exception {
        Path c = dir.resolve("corpus");
        Files.createDirectories(c);
        Files.writeString(c.resolve("propositions.yaml"), "propositions:\n  - {id: p, text: P.}\n");
        for (int i = 1; i <= 13; i++) {
            Files.writeString(c.resolve("s" + i + ".txt"), "Text " + i + ".\n");
            Files.writeString(c.resolve("s" + i + ".yaml"), "source: {id: s" + i + ", title: S" + i
                    + ", authors: [], language: en, text: s" + i + ".txt}\nclaims:\n  - {id: x, text: X., stances: [{proposition: p,"
                    + " stance: " + (i % 2 == 0 ? "affirms" : "denies") + "}]}\n");
        }
        return c;
    }

    @Test
    void aComparisonOfMoreThanTwelveSourcesIsRefusedWithAHintToPickSources() throws Exception {
        Path corpus = thirteenSources();
        long t0 = System.nanoTime();
        Run r = run("render", corpus.toString(), "--view", "comparison", "-o", dir.resolve("c.svg").toString());
        assertTrue(System.nanoTime() - t0 < 20_000_000_000L, "refused at once, not after drawing");
        assertEquals(1, r.code(), r.err());
        assertEquals("argmap: the comparison draws at most 12 sources side by side, and this corpus has 13: pick the sources"
                + " to compare with --source ID (repeat it, up to 12), e.g. --source s1 --source s10\n", r.err());
        assertTrue(Files.notExists(dir.resolve("c.svg")));
        Run two = run("render", corpus.toString(), "--view", "comparison", "--source", "s1", "--source", "s2",
                "-o", dir.resolve("two.svg").toString());
        assertEquals(0, two.code(), two.err());
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(2, run("render", "../argmaps", "--view", "tree").code());
        assertEquals(2, run("render", "../argmaps", "--format", "gif").code());
        assertEquals(2, run("render", "../argmaps", "--theme", "neon").code());
        assertEquals(2, run("render", "../argmaps", "--format", "png", "--width", "800", "--dpi", "96").code());
        assertEquals(2, run("render", "../argmaps", "--format", "svg", "--width", "800").code());
        Run r = run("render", "../argmaps", "--view", "tree");
        assertEquals("argmap: --view must be map, comparison or matrix, not 'tree'\n", r.err());
    }

    @Test
    void brokenMapsAreReportedWithLocationsAndNothingIsDrawn() throws Exception {
        Path map = dir.resolve("broken.yaml");
        Files.writeString(map, "source:\n  id: Not A Slug\n");
        Path out = dir.resolve("out.svg");
        Run r = run("render", map.toString(), "-o", out.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains(map + ":2:"), r.err());
        assertTrue(r.err().contains("nothing drawn"), r.err());
        assertTrue(Files.notExists(out));
    }

    @Test
    void theLayoutCanBeChosen() throws Exception {
        Path elk = dir.resolve("elk.svg");
        Path banded = dir.resolve("banded.svg");
        Path auto = dir.resolve("auto.svg");
        assertEquals(0, run("render", "../argmaps", "--layout", "elk", "-o", elk.toString()).code());
        assertEquals(0, run("render", "../argmaps", "--layout", "BANDED", "-o", banded.toString()).code());
        assertEquals(0, run("render", "../argmaps", "-o", auto.toString()).code());
        byte[] e = Files.readAllBytes(elk);
        byte[] b = Files.readAllBytes(banded);
        assertTrue(java.util.Arrays.equals(e, Files.readAllBytes(auto)), "a map of the corpus is small: auto is elk");
        assertTrue(!java.util.Arrays.equals(e, b), "banded draws another picture");
        String svg = new String(b, StandardCharsets.UTF_8);
        for (String source : java.util.List.of("alcoy-2016", "red-flag-2020", "tengely-evans-2016", "trotsky-1935", "westerlund-2019")) {
            assertTrue(svg.contains("data-source=\"" + source + "\""), source + " has its column");
        }
    }

    @Test
    void aLayoutThatCannotDrawTheViewIsBadUsage() {
        Run comparison = run("render", "../argmaps", "--view", "comparison", "--layout", "banded", "-o", dir.resolve("c.svg").toString());
        assertEquals(2, comparison.code());
        assertTrue(comparison.err().contains("--layout banded draws top-down maps"), comparison.err());
        Run matrix = run("render", "../argmaps", "--view", "matrix", "--layout", "elk", "-o", dir.resolve("m.svg").toString());
        assertEquals(2, matrix.code());
        Run unknown = run("render", "../argmaps", "--layout", "dot", "-o", dir.resolve("u.svg").toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("--layout must be auto, elk or banded, not 'dot'"), unknown.err());
        assertTrue(Files.notExists(dir.resolve("c.svg")) && Files.notExists(dir.resolve("u.svg")));
    }
}
