package org.argmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.argmap.layout.BandedLayeredLayout;
import org.argmap.layout.Diagram;
import org.argmap.layout.LaidOutDiagram;
import org.argmap.layout.LayoutChecks;
import org.argmap.model.Corpus;
import org.argmap.model.Source;
import org.argmap.render.RenderPipeline.Request;
import org.argmap.render.RenderPipeline.View;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every view of the real corpus passes the geometric checks: no overlaps, every label in its box. */
class ViewsOnTheRealCorpusTest {
    private static final RenderPipeline PIPELINE = new RenderPipeline();

    static Stream<Arguments> views() {
        Corpus c = Fixtures.realCorpus();
        Stream<Arguments> maps = c.sources().stream().map(s -> Arguments.of(View.MAP, List.of(s.id())));
        return Stream.concat(maps, Stream.of(
                Arguments.of(View.MAP, List.of()),
                Arguments.of(View.COMPARISON, List.of()),
                Arguments.of(View.COMPARISON, List.of("trotsky-1935", "red-flag-2020")),
                Arguments.of(View.MATRIX, List.of())));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("views")
    void noTwoNodesOverlapAndEveryLabelFitsItsBox(View view, List<String> sources) {
        Corpus c = Fixtures.realCorpus();
        Diagram d = PIPELINE.view(c, Request.svg(view, sources));
        LaidOutDiagram laid = PIPELINE.layout(d, view);
        LayoutChecks.check(laid);
        assertEquals(d.nodes().size(), laid.nodes().size());
        assertTrue(laid.nodes().size() > 5, "draws something");
    }

    /** The compact layout that large maps get passes the same checks on every real map. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("views")
    void theBandedLayoutPassesTheChecksOnEveryMap(View view, List<String> sources) {
        if (view != View.MAP) {
            return;
        }
        Diagram d = PIPELINE.view(Fixtures.realCorpus(), Request.svg(view, sources));
        LaidOutDiagram laid = new BandedLayeredLayout().layout(d);
        LayoutChecks.check(laid);
        assertEquals(d.nodes().size(), laid.nodes().size());
        assertEquals(d.clusters().size(), laid.clusters().size());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("views")
    void drawsEachClaimOfAMapOnce(View view, List<String> sources) {
        if (view != View.MAP) {
            return;
        }
        Corpus c = Fixtures.realCorpus();
        Diagram d = PIPELINE.view(c, Request.svg(view, sources));
        List<String> shown = sources.isEmpty() ? c.sources().stream().map(Source::id).toList() : sources;
        long claims = c.claims().stream().filter(x -> shown.contains(x.source())).count();
        assertEquals(claims, d.nodes().stream().filter(n -> n.data().containsKey("claim")).count());
        assertEquals(shown.size() > 1 ? shown.size() : 0, d.clusters().size());
    }
}
