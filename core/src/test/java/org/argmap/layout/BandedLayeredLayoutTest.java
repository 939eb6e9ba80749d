package org.argmap.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.argmap.layout.Diagram.Block;
import org.argmap.layout.Diagram.Role;
import org.argmap.layout.LaidOutDiagram.Box;
import org.argmap.layout.LaidOutDiagram.LaidCluster;
import org.argmap.layout.LaidOutDiagram.LaidNode;
import org.argmap.layout.LaidOutDiagram.Point;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BandedLayeredLayoutTest {
    private final BandedLayeredLayout layout = new BandedLayeredLayout();

    private static Diagram.Node node(String id, String cluster, String text) {
        return Diagram.Node.text(id, "premise", List.of(new Block(Role.HEADER, "PREMISE"), new Block(Role.BODY, text)),
                cluster, Map.of("claim", id), null);
    }

    /**
     * A random graph of {@code n} nodes in {@code clusters} clusters (and some outside any), with
     * forward edges, parallel edges and, with {@code cycles}, cycles, self-loops and edges reversed for layout.
     */
    static Diagram random(long seed, int n, int clusters, Diagram.Direction dir) {
        return random(seed, n, clusters, dir, true);
    }

    static Diagram random(long seed, int n, int clusters, Diagram.Direction dir, boolean cycles) {
        Random r = new Random(seed);
        List<Diagram.Cluster> cs = new ArrayList<>();
        for (int c = 0; c < clusters; c++) {
            cs.add(Diagram.Cluster.of("s" + c, "source", "Source " + c + (c % 2 == 0 ? " with a longer title" : ""),
                    c == 0 ? "Author · 2016" : null, Map.of()));
        }
        List<Diagram.Node> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String cluster = clusters == 0 || r.nextInt(10) == 0 ? null : "s" + r.nextInt(clusters);
            nodes.add(node("n" + i, cluster, "Claim " + i + " " + "word ".repeat(r.nextInt(30))));
        }
        List<Diagram.Edge> edges = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            int k = 1 + r.nextInt(2);
            for (int j = 0; j < k; j++) {
                int to = r.nextInt(i);
                Diagram.Edge e = Diagram.Edge.of("e" + edges.size(), j == 0 ? "supports" : "attacks", "n" + i, "n" + to, Map.of());
                edges.add(cycles && r.nextInt(15) == 0 ? e.reversedForLayout() : e);
            }
            if (cycles && r.nextInt(25) == 0) { // a cycle back
                edges.add(Diagram.Edge.of("e" + edges.size(), "attacks", "n" + r.nextInt(i), "n" + i, Map.of()));
            }
        }
        if (cycles) {
            edges.add(Diagram.Edge.of("self", "attacks", "n1", "n1", Map.of()));
        }
        edges.add(Diagram.Edge.of("twin", "supports", "n2", "n0", Map.of()));
        edges.add(Diagram.Edge.of("twin2", "supports", "n2", "n0", Map.of()));
        return new Diagram("Random " + seed, "a subtitle", null, dir, nodes, edges, cs,
                List.of(new Diagram.LegendEntry(Diagram.LegendEntry.Sample.EDGE, "supports", "supports")));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void randomGraphsPassEveryGeometricCheck(long seed) {
        for (Diagram.Direction dir : List.of(Diagram.Direction.UP, Diagram.Direction.DOWN)) {
            Diagram d = random(seed, 60 + (int) seed * 40, (int) seed % 4, dir);
            LaidOutDiagram a = layout.layout(d);
            LayoutChecks.check(a);
            columnsDoNotOverlap(a);
            assertEquals(d.nodes().size(), a.nodes().size());
            assertEquals(d.edges().size(), a.edges().size());
            for (int i = 0; i < d.nodes().size(); i++) {
                assertEquals(d.nodes().get(i), a.nodes().get(i).node(), "diagram order kept");
            }
        }
    }

    @Test
    void theSameDiagramGivesTheSameGeometry() {
        Diagram d = random(7, 300, 3, Diagram.Direction.UP);
        LayoutChecks.assertSameGeometry(layout.layout(d), new BandedLayeredLayout().layout(d));
    }

    @Test
    void reasonsSitBelowTheirConclusionsAndConclusionsShareTheTopLayer() {
        // one band of layers: without clusters (clusters too wide for one row are packed in rows of
        // their own, and edges between rows run in lanes: ManySourcesTest)
        Diagram d = random(11, 200, 0, Diagram.Direction.UP, false);
        LaidOutDiagram a = layout.layout(d);
        Map<String, Box> box = boxes(a);
        Set<String> conclusions = new HashSet<>();
        d.nodes().forEach(n -> conclusions.add(n.id()));
        for (Diagram.Edge e : d.edges()) {
            String from = e.reversed() ? e.to() : e.from();
            String to = e.reversed() ? e.from() : e.to();
            conclusions.remove(from);
            assertTrue(box.get(from).y() > box.get(to).bottom(), e.id() + ": " + from + " is not below " + to);
        }
        Set<Double> centres = new HashSet<>();
        conclusions.forEach(c -> centres.add(box.get(c).y() + box.get(c).h() / 2));
        assertEquals(1, centres.size(), "every final conclusion sits in the top layer");
        double top = centres.iterator().next();
        a.nodes().forEach(n -> assertTrue(n.box().y() + n.box().h() / 2 >= top, n.node().id() + " above the top layer"));
    }

    @Test
    void aDownwardDiagramIsTheMirrorOfAnUpwardOne() {
        LaidOutDiagram up = layout.layout(random(3, 80, 1, Diagram.Direction.UP));
        LaidOutDiagram down = layout.layout(random(3, 80, 1, Diagram.Direction.DOWN));
        Box u0 = up.nodes().get(0).box();
        Box d0 = down.nodes().get(0).box();
        double sum = u0.y() + u0.bottom() + d0.y() + d0.bottom();
        for (int i = 0; i < up.nodes().size(); i++) {
            Box u = up.nodes().get(i).box();
            Box dn = down.nodes().get(i).box();
            assertEquals(u.x(), dn.x(), 1e-9, "the same order and columns");
            assertEquals(sum, u.y() + u.bottom() + dn.y() + dn.bottom(), 1e-6, "mirrored in y");
        }
        assertTrue(up.nodes().stream().mapToDouble(n -> n.box().y()).distinct().count() > 2, "several layers");
    }

    /** A forest: each node's one edge goes to its parent, so a good ordering has no crossing at all. */
    @Test
    void aForestIsDrawnWithoutCrossings() {
        List<Diagram.Node> nodes = new ArrayList<>();
        List<Diagram.Edge> edges = new ArrayList<>();
        Random r = new Random(5);
        for (int t = 0; t < 6; t++) {
            int size = 20 + r.nextInt(40);
            for (int i = 0; i < size; i++) {
                String id = "t" + t + "n" + i;
                nodes.add(node(id, null, "Claim " + i + " of tree " + t));
                if (i > 0) {
                    edges.add(Diagram.Edge.of("e" + id, "supports", id, "t" + t + "n" + r.nextInt(i), Map.of()));
                }
            }
        }
        // shuffled model order, so that the ordering has work to do
        List<Diagram.Node> shuffled = new ArrayList<>(nodes);
        java.util.Collections.shuffle(shuffled, r);
        LaidOutDiagram a = layout.layout(new Diagram("Forest", null, null, Diagram.Direction.UP, shuffled, edges,
                List.of(), List.of()));
        LayoutChecks.check(a);
        assertEquals(0, crossings(a), "edge crossings in a forest");
    }

    /**
     * A chain of reasons each of which also supports the thesis: edge spans add up quadratically,
     * so beyond the dummy budget the longest edges go round the side, and the drawing stays small.
     */
    @Test
    void aDeepMapRoutesItsLongestEdgesRoundTheSide() {
        int n = 400;
        List<Diagram.Node> nodes = new ArrayList<>();
        List<Diagram.Edge> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            nodes.add(node("c" + i, null, "Claim " + i));
            if (i > 0) {
                edges.add(Diagram.Edge.of("chain" + i, "supports", "c" + i, "c" + (i - 1), Map.of()));
            }
            if (i > 1) {
                edges.add(Diagram.Edge.of("root" + i, "supports", "c" + i, "c0", Map.of()));
            }
        }
        LaidOutDiagram a = layout.layout(new Diagram("Deep", null, null, Diagram.Direction.UP, nodes, edges, List.of(),
                List.of()));
        LayoutChecks.check(a);
        double right = a.nodes().stream().mapToDouble(x -> x.box().right()).max().orElseThrow();
        long roundTheSide = a.edges().stream().filter(e -> e.points().stream().anyMatch(p -> p.x() > right)).count();
        assertTrue(roundTheSide > 0, "some edges go round the side");
        assertTrue(roundTheSide < edges.size() / 2, "the short ones do not: " + roundTheSide);
        long points = a.edges().stream().mapToLong(e -> e.points().size()).sum();
        long budget = (long) BandedLayeredLayout.DUMMY_BUDGET_PER_ELEMENT * (n + edges.size());
        assertTrue(points <= 2 * budget + 6L * edges.size(), "route points bounded by the budget: " + points);
        assertTrue(a.width() < 20_000, "width " + a.width());
    }

    /** Many small unconnected arguments are packed in rows, not strung out in one very wide layer. */
    @Test
    void unconnectedPartsArePackedInRows() {
        List<Diagram.Node> nodes = new ArrayList<>();
        List<Diagram.Edge> edges = new ArrayList<>();
        int parts = 80;
        for (int t = 0; t < parts; t++) {
            for (int i = 0; i < 5; i++) {
                String id = "t" + t + "n" + i;
                nodes.add(node(id, null, "Claim " + i + " of argument " + t));
                if (i > 0) {
                    edges.add(Diagram.Edge.of("e" + id, "supports", id, "t" + t + "n" + (i - 1) / 2, Map.of()));
                }
            }
        }
        nodes.add(node("alone", null, "A claim on its own"));
        Diagram d = new Diagram("Fragments", null, null, Diagram.Direction.UP, nodes, edges, List.of(), List.of());
        LaidOutDiagram a = layout.layout(d);
        LayoutChecks.check(a);
        assertTrue(a.width() < 3 * a.height() && a.height() < 3 * a.width(), "roughly a page: " + a.width() + " x " + a.height());
        // each argument keeps to its own rectangle, and its thesis sits on top of it
        List<Box> frames = new ArrayList<>();
        for (int t = 0; t < parts; t++) {
            String prefix = "t" + t + "n";
            List<LaidNode> mine = a.nodes().stream().filter(n -> n.node().id().startsWith(prefix)).toList();
            double x0 = mine.stream().mapToDouble(n -> n.box().x()).min().orElseThrow();
            double y0 = mine.stream().mapToDouble(n -> n.box().y()).min().orElseThrow();
            double x1 = mine.stream().mapToDouble(n -> n.box().right()).max().orElseThrow();
            double y1 = mine.stream().mapToDouble(n -> n.box().bottom()).max().orElseThrow();
            Box frame = new Box(x0, y0, x1 - x0, y1 - y0);
            for (Box other : frames) {
                assertFalse(frame.overlaps(other), "argument " + t + " overlaps another");
            }
            frames.add(frame);
            Box thesis = boxes(a).get(prefix + "0");
            assertEquals(y0, thesis.y(), 1e-9, "the thesis of argument " + t + " is on top");
        }
        LayoutChecks.assertSameGeometry(a, new BandedLayeredLayout().layout(d));
    }

    @Test
    void refusesAHorizontalDiagram() {
        Diagram d = random(1, 10, 0, Diagram.Direction.RIGHT);
        assertFalse(BandedLayeredLayout.suits(d));
        assertThrows(IllegalArgumentException.class, () -> layout.layout(d));
    }

    @Test
    void anEmptyDiagramHasATitleAndNoBody() {
        LaidOutDiagram d = layout.layout(new Diagram("Nothing", null, null, Diagram.Direction.UP, List.of(), List.of(),
                List.of(), List.of()));
        assertEquals(1, d.heading().size());
        assertTrue(d.nodes().isEmpty());
    }

    @Test
    void theLayeredLayoutHandsLargeVerticalDiagramsToIt() {
        Diagram big = random(9, LayeredLayout.LARGE + 1, 2, Diagram.Direction.UP);
        Diagram small = random(9, 40, 2, Diagram.Direction.UP);
        LayeredLayout l = new LayeredLayout();
        assertFalse(l.usesElk(big));
        assertTrue(l.usesElk(small));
        assertTrue(l.usesElk(random(9, LayeredLayout.LARGE + 1, 2, Diagram.Direction.RIGHT)));
        assertEquals(layout.layout(big), l.layout(big));
    }

    static void columnsDoNotOverlap(LaidOutDiagram a) {
        List<LaidCluster> cs = a.clusters();
        for (int i = 0; i < cs.size(); i++) {
            for (int j = i + 1; j < cs.size(); j++) {
                assertFalse(cs.get(i).box().overlaps(cs.get(j).box()),
                        cs.get(i).cluster().id() + " overlaps " + cs.get(j).cluster().id());
            }
        }
    }

    private static Map<String, Box> boxes(LaidOutDiagram a) {
        Map<String, Box> m = new HashMap<>();
        a.nodes().forEach(n -> m.put(n.node().id(), n.box()));
        return m;
    }

    /** Proper crossings between segments of different edges that share no end point. */
    static int crossings(LaidOutDiagram a) {
        List<double[]> segs = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int e = 0; e < a.edges().size(); e++) {
            List<Point> p = a.edges().get(e).points();
            for (int i = 1; i < p.size(); i++) {
                segs.add(new double[] {p.get(i - 1).x(), p.get(i - 1).y(), p.get(i).x(), p.get(i).y()});
                owner.add(e);
            }
        }
        int count = 0;
        for (int i = 0; i < segs.size(); i++) {
            for (int j = i + 1; j < segs.size(); j++) {
                if (!owner.get(i).equals(owner.get(j)) && properlyCross(segs.get(i), segs.get(j))) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean properlyCross(double[] s, double[] t) {
        double d1 = orient(t[0], t[1], t[2], t[3], s[0], s[1]);
        double d2 = orient(t[0], t[1], t[2], t[3], s[2], s[3]);
        double d3 = orient(s[0], s[1], s[2], s[3], t[0], t[1]);
        double d4 = orient(s[0], s[1], s[2], s[3], t[2], t[3]);
        return d1 * d2 < -1e-9 && d3 * d4 < -1e-9;
    }

    private static double orient(double ax, double ay, double bx, double by, double cx, double cy) {
        return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
    }
}
