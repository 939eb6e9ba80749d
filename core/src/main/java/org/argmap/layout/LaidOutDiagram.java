package org.argmap.layout;

import java.util.List;
import org.argmap.layout.Diagram.Role;

/**
 * A diagram with its geometry: every node's box and wrapped lines, every edge's route, every
 * cluster's frame, the title and the legend, in absolute px with the origin at the top left.
 * Immutable; what a renderer draws without measuring anything.
 *
 * @param diagram the diagram it lays out
 * @param width the drawing's width
 * @param height the drawing's height
 * @param heading the title's and subtitle's lines
 * @param nodes the nodes, in the diagram's order
 * @param edges the edges, in the diagram's order
 * @param clusters the clusters, in the diagram's order
 * @param legend the legend, or null when the diagram has none
 */
public record LaidOutDiagram(Diagram diagram, double width, double height, List<Line> heading, List<LaidNode> nodes,
                             List<LaidEdge> edges, List<LaidCluster> clusters, Legend legend) {

    public LaidOutDiagram {
        heading = List.copyOf(heading);
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        clusters = List.copyOf(clusters);
    }

    /** A point. */
    public record Point(double x, double y) {
        Point shift(double dx, double dy) {
            return new Point(x + dx, y + dy);
        }
    }

    /** An axis-parallel rectangle: top-left corner, width and height. */
    public record Box(double x, double y, double w, double h) {
        public double right() {
            return x + w;
        }

        public double bottom() {
            return y + h;
        }

        /** True when the two boxes share interior area (touching edges do not count). */
        public boolean overlaps(Box o) {
            return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
        }

        /** True when {@code o} lies within this box (allowing {@code eps} of rounding). */
        public boolean contains(Box o, double eps) {
            return o.x >= x - eps && o.y >= y - eps && o.right() <= right() + eps && o.bottom() <= bottom() + eps;
        }

        Box shift(double dx, double dy) {
            return new Box(x + dx, y + dy, w, h);
        }
    }

    /**
     * One line of text, placed.
     *
     * @param text the text
     * @param role its typographic role
     * @param x where the line starts
     * @param baseline the y of its baseline
     * @param width its measured width
     * @param top the y of the top of its line box
     * @param height the height of its line box
     */
    public record Line(String text, Role role, double x, double baseline, double width, double top, double height) {
        /** The line's box. */
        public Box box() {
            return new Box(x, top, width, height);
        }

        Line shift(double dx, double dy) {
            return new Line(text, role, x + dx, baseline + dy, width, top + dy, height);
        }
    }

    /**
     * A node with its box and its text wrapped into lines.
     *
     * @param node the node
     * @param box its box
     * @param lines its text's lines, top to bottom
     */
    public record LaidNode(Diagram.Node node, Box box, List<Line> lines) {
        public LaidNode {
            lines = List.copyOf(lines);
        }
    }

    /**
     * An edge with its route: from the border of its {@code from} node, through its bend points,
     * to the border of its {@code to} node.
     *
     * @param edge the edge
     * @param points the route, at least two points
     */
    public record LaidEdge(Diagram.Edge edge, List<Point> points) {
        public LaidEdge {
            points = List.copyOf(points);
        }
    }

    /**
     * A cluster's frame and its title lines.
     *
     * @param cluster the cluster
     * @param box its frame
     * @param lines its title lines
     */
    public record LaidCluster(Diagram.Cluster cluster, Box box, List<Line> lines) {
        public LaidCluster {
            lines = List.copyOf(lines);
        }
    }

    /**
     * The legend: a frame, and per entry a sample box and a label.
     *
     * @param box the legend's frame
     * @param entries its entries
     */
    public record Legend(Box box, List<LegendItem> entries) {
        public Legend {
            entries = List.copyOf(entries);
        }
    }

    /**
     * One legend entry placed.
     *
     * @param entry the entry
     * @param sample where the sample is drawn
     * @param label its label
     */
    public record LegendItem(Diagram.LegendEntry entry, Box sample, Line label) {
    }
}
