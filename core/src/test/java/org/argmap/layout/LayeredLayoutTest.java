package org.argmap.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.argmap.layout.Diagram.Block;
import org.argmap.layout.Diagram.Role;
import org.argmap.layout.LaidOutDiagram.LaidNode;
import org.junit.jupiter.api.Test;

class LayeredLayoutTest {
    private final LayeredLayout layout = new LayeredLayout();

    private static Diagram.Node node(String id, String cluster, String text) {
        return Diagram.Node.text(id, "premise", List.of(new Block(Role.HEADER, "PREMISE"), new Block(Role.BODY, text)),
                cluster, Map.of("claim", id), null);
    }

    private static Diagram small() {
        List<Diagram.Node> nodes = List.of(
                node("a", "left", "A thesis whose text is long enough to be wrapped onto several lines of the box."),
                node("b", "left", "A reason."),
                node("c", "left", "Another reason, a little longer than the first one."),
                node("d", "right", "A claim of the other source that attacks the thesis."),
                node("e", null, "A free node."));
        List<Diagram.Edge> edges = List.of(
                Diagram.Edge.of("r1", "supports", "b", "a", Map.of()),
                Diagram.Edge.of("r2", "supports", "c", "a", Map.of()),
                Diagram.Edge.of("r3", "attacks", "d", "a", Map.of()),
                Diagram.Edge.of("r4", "supports", "e", "d", Map.of()));
        List<Diagram.Cluster> clusters = List.of(
                Diagram.Cluster.of("left", "source", "The left source, with a rather long title", "Author · 2020", Map.of()),
                Diagram.Cluster.of("right", "source", "Right", null, Map.of()));
        return new Diagram("Title", "Subtitle", "Description", Diagram.Direction.UP, nodes, edges, clusters,
                List.of(new Diagram.LegendEntry(Diagram.LegendEntry.Sample.EDGE, "supports", "supports")));
    }

    @Test
    void noTwoNodesOverlapAndEveryLabelFits() {
        LayoutChecks.check(layout.layout(small()));
    }

    @Test
    void edgesPointUpFromReasonToConclusion() {
        LaidOutDiagram d = layout.layout(small());
        LaidNode a = d.nodes().get(0);
        LaidNode b = d.nodes().get(1);
        assertTrue(b.box().y() > a.box().bottom(), "the reason sits below the thesis");
    }

    @Test
    void sizesNodesFromTheirWrappedText() {
        LaidOutDiagram d = layout.layout(small());
        LaidNode a = d.nodes().get(0);
        LaidNode b = d.nodes().get(1);
        assertTrue(a.lines().size() >= 3, "header plus at least two wrapped lines");
        assertEquals(2, b.lines().size());
        assertTrue(a.box().h() > b.box().h());
        assertTrue(a.box().w() <= Typography.standard().defaultWrapWidth() + 2 * Typography.standard().padding() + 1);
    }

    @Test
    void theSameDiagramGivesTheSameGeometry() {
        LayoutChecks.assertSameGeometry(layout.layout(small()), new LayeredLayout().layout(small()));
    }

    @Test
    void reversedEdgesAreLaidOutBackwardsButDrawnForwards() {
        List<Diagram.Node> nodes = List.of(node("a", null, "A"), node("p", null, "P"), node("b", null, "B"));
        List<Diagram.Edge> edges = List.of(Diagram.Edge.of("ea", "affirms", "a", "p", Map.of()),
                Diagram.Edge.of("eb", "affirms", "b", "p", Map.of()).reversedForLayout());
        LaidOutDiagram d = layout.layout(new Diagram("t", null, null, Diagram.Direction.RIGHT, nodes, edges, List.of(), List.of()));
        LayoutChecks.check(d);
        double ax = d.nodes().get(0).box().x();
        double px = d.nodes().get(1).box().x();
        double bx = d.nodes().get(2).box().x();
        assertTrue(ax < px && px < bx, "a left of p left of b");
        var eb = d.edges().get(1).points();
        assertTrue(eb.get(0).x() > eb.get(eb.size() - 1).x(), "drawn from b back to p");
    }

    @Test
    void anEmptyDiagramHasATitleAndNoBody() {
        LaidOutDiagram d = layout.layout(new Diagram("Nothing to draw", null, null, Diagram.Direction.UP, List.of(),
                List.of(), List.of(), List.of()));
        assertEquals(1, d.heading().size());
        assertTrue(d.width() > 0 && d.height() > 0);
    }

    /** A forest of {@code trees} trees of {@code size} nodes each, in model order tree by tree. */
    private static Diagram forest(int trees, int size, Diagram.Direction dir) {
        List<Diagram.Node> nodes = new java.util.ArrayList<>();
        List<Diagram.Edge> edges = new java.util.ArrayList<>();
        for (int t = 0; t < trees; t++) {
            for (int i = 0; i < size; i++) {
                String id = "t" + t + "n" + i;
                nodes.add(node(id, null, "Claim " + i + " of tree " + t + (i % 3 == 0 ? " with a longer text to wrap" : "")));
                if (i > 0) {
                    edges.add(Diagram.Edge.of("e" + id, "supports", id, "t" + t + "n" + (i - 1) / 2, Map.of()));
                }
            }
        }
        return new Diagram("Forest", null, null, dir, nodes, edges, List.of(), List.of());
    }

    @Test
    void aLargeHorizontalForestUsesTheCheapElkSettingsWithoutOverlaps() {
        Diagram d = forest(14, 25, Diagram.Direction.RIGHT);
        assertTrue(layout.usesElk(d));
        assertTrue(d.nodes().size() > LayeredLayout.LARGE);
        LaidOutDiagram a = layout.layout(d);
        LayoutChecks.check(a);
        assertEquals(d.nodes().size(), a.nodes().size());
        for (int i = 0; i < d.nodes().size(); i++) {
            assertEquals(d.nodes().get(i).id(), a.nodes().get(i).node().id(), "diagram order kept");
        }
        LayoutChecks.assertSameGeometry(a, new LayeredLayout().layout(d));
    }

}
