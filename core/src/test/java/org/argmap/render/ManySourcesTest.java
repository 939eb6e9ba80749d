package org.argmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.argmap.layout.LaidOutDiagram;
import org.argmap.layout.LayoutChecks;
import org.argmap.load.CorpusLoader;
import org.argmap.load.LoadResult;
import org.argmap.model.Corpus;
import org.argmap.render.RenderPipeline.LayoutChoice;
import org.argmap.render.RenderPipeline.Request;
import org.argmap.render.RenderPipeline.View;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

/**
 * The map of many sources is packed in rows towards a page, with either layered layout (issue 18,
 * point 5: 200 sources were one row of 1,226,423 × 2,566 px): the drawing's aspect, read from the
 * SVG, stays within 3:1 either way, for sources that share nothing (with ELK, the banded layout
 * and the automatic choice) and for sources joined in a chain by relations from a shared file
 * (the banded layout and the automatic choice), and every layout passes the geometric checks.
 */
class ManySourcesTest {
    private static final RenderPipeline PIPELINE = new RenderPipeline();

    @TempDir
    Path dir;

    /**
     * Writes {@code n} sources of 3 to 8 claims each (a thesis and reasons that support one of
     * the two claims before them); with {@code linked}, each source's second claim attacks the
     * previous source's thesis (in a shared relations file). Seeded.
     */
    private Corpus corpus(int n, boolean linked) throws IOException {
        String[] words = "the bureaucracy state workers revolution party soviet power class councils property".split(" ");
        Random rnd = new Random(n);
        for (int s = 0; s < n; s++) {
            String id = "s" + s;
            Files.writeString(dir.resolve(id + ".txt"), "Text.\n", StandardCharsets.UTF_8);
            StringBuilder y = new StringBuilder("""
                    source:
                      id: %s
                      title: Source number %d on the question
                      authors: [Author %d]
                      outlet: Outlet
                      date: 2020
                      language: en
                      text: %s.txt
                    claims:
                    """.formatted(id, s, s, id));
            int k = 3 + rnd.nextInt(6);
            for (int c = 0; c < k; c++) {
                StringBuilder t = new StringBuilder("Claim");
                for (int w = 6 + rnd.nextInt(20); w > 0; w--) {
                    t.append(' ').append(words[rnd.nextInt(words.length)]);
                }
                y.append("  - id: c").append(c).append("\n    kind: ").append(c == 0 ? "thesis" : "premise")
                        .append("\n    text: ").append(t).append(".\n");
            }
            y.append("relations:\n");
            for (int c = 1; c < k; c++) {
                y.append("  - from: c").append(c).append("\n    to: c").append(c - 1 - rnd.nextInt(Math.min(c, 2)))
                        .append("\n    type: supports\n");
            }
            Files.writeString(dir.resolve(id + ".yaml"), y, StandardCharsets.UTF_8);
        }
        if (linked) {
            StringBuilder r = new StringBuilder("relations:\n");
            for (int s = 1; s < n; s++) {
                r.append("  - from: s").append(s).append("/c1\n    to: s").append(s - 1).append("/c0\n    type: attacks\n");
            }
            Files.writeString(dir.resolve("relations.yaml"), r, StandardCharsets.UTF_8);
        }
        LoadResult r = new CorpusLoader().load(List.of(dir));
        assertFalse(r.hasErrors(), () -> r.diagnostics().toString());
        return r.corpus();
    }

    private static void assertPageLike(Corpus c, int n, LayoutChoice layout) throws IOException {
        Request req = Request.svg(View.MAP, List.of());
        LaidOutDiagram laid = PIPELINE.layout(PIPELINE.view(c, req), View.MAP, layout);
        LayoutChecks.check(laid);
        String svg = new String(PIPELINE.export(PIPELINE.draw(laid, Theme.standard()), laid, req), StandardCharsets.UTF_8);
        Element root = SvgRendererTest.parse(svg).getDocumentElement();
        double w = Double.parseDouble(root.getAttribute("width"));
        double h = Double.parseDouble(root.getAttribute("height"));
        String what = n + " sources, " + layout + ": " + w + " x " + h;
        assertTrue(w / h <= 3 && h / w <= 3, what);
        assertEquals(n == 1 ? 0 : n, SvgRendererTest.elements(root.getOwnerDocument(), "g").stream()
                .filter(g -> g.getAttribute("class").split(" ")[0].equals("cluster")).count(), what);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5, 50, 200})
    void sourcesThatShareNothingArePackedTowardsAPage(int n) throws IOException {
        Corpus c = corpus(n, false);
        assertPageLike(c, n, LayoutChoice.ELK);
        assertPageLike(c, n, LayoutChoice.BANDED);
        assertPageLike(c, n, LayoutChoice.AUTO);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 5, 50, 200})
    void sourcesJoinedByRelationsArePackedTowardsAPage(int n) throws IOException {
        Corpus c = corpus(n, true);
        // ELK layers sources joined in a chain as one graph (a tower); auto then takes the banded layout's rows
        assertPageLike(c, n, LayoutChoice.AUTO);
        assertPageLike(c, n, LayoutChoice.BANDED);
    }
}
