package org.argmap.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.argmap.layout.LaidOutDiagram.Box;
import org.argmap.layout.LaidOutDiagram.LaidCluster;
import org.argmap.layout.LaidOutDiagram.LaidEdge;
import org.argmap.layout.LaidOutDiagram.LaidNode;
import org.argmap.layout.LaidOutDiagram.Line;
import org.argmap.layout.LaidOutDiagram.Point;

/** Geometric checks every laid-out diagram must pass, read from the geometry alone. */
public final class LayoutChecks {
    private LayoutChecks() {
    }

    /** Runs all checks. */
    public static void check(LaidOutDiagram d) {
        noTwoNodesOverlap(d);
        everyLabelFitsItsBox(d);
        everythingIsOnTheCanvas(d);
        clustersHoldTheirNodes(d);
        edgesRunFromBorderToBorder(d);
        edgesAvoidNodes(d);
    }

    public static void noTwoNodesOverlap(LaidOutDiagram d) {
        List<LaidNode> ns = d.nodes();
        for (int i = 0; i < ns.size(); i++) {
            for (int j = i + 1; j < ns.size(); j++) {
                Box a = ns.get(i).box();
                Box b = ns.get(j).box();
                int fi = i;
                int fj = j;
                assertFalse(a.overlaps(b), () -> ns.get(fi).node().id() + " overlaps " + ns.get(fj).node().id());
            }
        }
    }

    public static void everyLabelFitsItsBox(LaidOutDiagram d) {
        for (LaidNode n : d.nodes()) {
            for (Line l : n.lines()) {
                assertTrue(n.box().contains(l.box(), 0.01),
                        () -> "'" + l.text() + "' (" + l.box() + ") leaves " + n.node().id() + " " + n.box());
            }
            for (int i = 1; i < n.lines().size(); i++) {
                Line prev = n.lines().get(i - 1);
                Line cur = n.lines().get(i);
                assertTrue(cur.top() >= prev.box().bottom() - 0.01, () -> "lines overlap in " + n.node().id());
            }
        }
        for (LaidCluster c : d.clusters()) {
            for (Line l : c.lines()) {
                assertTrue(c.box().contains(l.box(), 0.01), () -> "title '" + l.text() + "' leaves cluster " + c.cluster().id());
            }
        }
        // titles and cluster titles do not overlap nodes
        for (LaidNode n : d.nodes()) {
            for (Line l : d.heading()) {
                assertFalse(n.box().overlaps(l.box()), () -> "heading overlaps " + n.node().id());
            }
            for (LaidCluster c : d.clusters()) {
                for (Line l : c.lines()) {
                    assertFalse(n.box().overlaps(l.box()), () -> "cluster title overlaps " + n.node().id());
                }
            }
            if (d.legend() != null) {
                assertFalse(n.box().overlaps(d.legend().box()), () -> "legend overlaps " + n.node().id());
            }
        }
    }

    public static void everythingIsOnTheCanvas(LaidOutDiagram d) {
        Box canvas = new Box(0, 0, d.width(), d.height());
        d.nodes().forEach(n -> assertTrue(canvas.contains(n.box(), 0.01), () -> n.node().id() + " off the canvas"));
        d.clusters().forEach(c -> assertTrue(canvas.contains(c.box(), 0.01), () -> c.cluster().id() + " off the canvas"));
        d.heading().forEach(l -> assertTrue(canvas.contains(l.box(), 0.01), () -> "heading off the canvas"));
        if (d.legend() != null) {
            assertTrue(canvas.contains(d.legend().box(), 0.01), "legend off the canvas");
            d.legend().entries().forEach(e -> assertTrue(d.legend().box().contains(e.label().box(), 0.01),
                    () -> "legend label " + e.label().text() + " leaves the legend"));
        }
    }

    public static void clustersHoldTheirNodes(LaidOutDiagram d) {
        for (LaidNode n : d.nodes()) {
            if (n.node().cluster() == null) {
                continue;
            }
            LaidCluster c = d.clusters().stream().filter(x -> x.cluster().id().equals(n.node().cluster())).findFirst()
                    .orElseThrow();
            assertTrue(c.box().contains(n.box(), 0.01), () -> n.node().id() + " is outside its cluster " + c.cluster().id());
        }
    }

    /** Each edge starts on the border of its from node and ends on the border of its to node. */
    public static void edgesRunFromBorderToBorder(LaidOutDiagram d) {
        for (LaidEdge e : d.edges()) {
            assertTrue(e.points().size() >= 2);
            Box from = box(d, e.edge().from());
            Box to = box(d, e.edge().to());
            assertOnBorder(from, e.points().get(0), e.edge().id() + " start");
            assertOnBorder(to, e.points().get(e.points().size() - 1), e.edge().id() + " end");
        }
    }

    /**
     * No edge runs through a node: every segment keeps out of every node's interior (shrunk by
     * half a pixel), except that a self-loop may touch its own node.
     */
    public static void edgesAvoidNodes(LaidOutDiagram d) {
        for (LaidEdge e : d.edges()) {
            List<Point> p = e.points();
            for (int i = 1; i < p.size(); i++) {
                for (LaidNode n : d.nodes()) {
                    Box b = n.box();
                    Box inner = new Box(b.x() + 0.5, b.y() + 0.5, b.w() - 1, b.h() - 1);
                    int seg = i;
                    assertFalse(segmentEntersBox(p.get(i - 1), p.get(i), inner),
                            () -> e.edge().id() + " segment " + seg + " runs through " + n.node().id());
                }
            }
        }
    }

    /** Liang-Barsky clipping: does the segment meet the box's interior? */
    static boolean segmentEntersBox(Point a, Point b, Box box) {
        double t0 = 0;
        double t1 = 1;
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {a.x() - box.x(), box.right() - a.x(), a.y() - box.y(), box.bottom() - a.y()};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] <= 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        return t1 - t0 > 1e-9;
    }

    private static Box box(LaidOutDiagram d, String id) {
        return d.nodes().stream().filter(n -> n.node().id().equals(id)).findFirst().orElseThrow().box();
    }

    private static void assertOnBorder(Box b, Point p, String what) {
        double eps = 0.51;
        boolean inX = p.x() >= b.x() - eps && p.x() <= b.right() + eps;
        boolean inY = p.y() >= b.y() - eps && p.y() <= b.bottom() + eps;
        boolean onVertical = Math.abs(p.x() - b.x()) <= eps || Math.abs(p.x() - b.right()) <= eps;
        boolean onHorizontal = Math.abs(p.y() - b.y()) <= eps || Math.abs(p.y() - b.bottom()) <= eps;
        assertTrue(inX && inY && (onVertical || onHorizontal), () -> what + " " + p + " is not on the border of " + b);
    }

    /** Asserts two layouts are equal, geometry and all. */
    public static void assertSameGeometry(LaidOutDiagram a, LaidOutDiagram b) {
        assertEquals(a, b);
    }
}
