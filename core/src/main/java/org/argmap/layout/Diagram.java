package org.argmap.layout;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What to draw, before any geometry: nodes made of text blocks, typed edges between them, clusters
 * that group nodes, a title and a legend. Neutral: it names kinds and types as plain words that a
 * renderer's theme styles; it carries the model ids to put on the drawing as {@code data-}
 * attributes. Immutable; lists keep the order they were given in, which layouts use as the model
 * order, so that the same diagram always gives the same picture.
 *
 * @param title the figure's title (drawn, and the SVG's {@code <title>})
 * @param subtitle a line under the title, or null
 * @param description the accessible description (the SVG's {@code <desc>})
 * @param direction the direction edges flow in a layered layout
 * @param nodes the nodes, in model order
 * @param edges the edges, in model order; their ends name nodes of this diagram
 * @param clusters the clusters, in model order; a node names its cluster or none
 * @param legend the legend's entries, in the order to draw them
 */
public record Diagram(String title, String subtitle, String description, Direction direction, List<Node> nodes,
                      List<Edge> edges, List<Cluster> clusters, List<LegendEntry> legend) {

    /** The direction in which edges point in a layered layout. */
    public enum Direction { UP, DOWN, LEFT, RIGHT }

    /** The typographic role of a block of text: which font, size and colour it gets. */
    public enum Role {
        /** The figure's title. */
        TITLE,
        /** The line under the title. */
        SUBTITLE,
        /** A cluster's title. */
        CLUSTER_TITLE,
        /** A cluster's second line (authors, date). */
        CLUSTER_SUBTITLE,
        /** A small capitalised label on top of a node (its kind). */
        HEADER,
        /** A node's main text. */
        BODY,
        /** A node's main text, bold. */
        BODY_BOLD,
        /** A node's main text, italic (quotes). */
        BODY_ITALIC,
        /** A small line under the main text (quote counts, who takes a stance). */
        FOOTER,
        /** A legend's label. */
        LEGEND
    }

    /**
     * One block of a node's text, wrapped by the layout to the node's wrap width.
     *
     * @param role its typographic role
     * @param text its text; line breaks in it start new lines
     */
    public record Block(Role role, String text) {
        public Block {
            Objects.requireNonNull(role);
            Objects.requireNonNull(text);
        }
    }

    /**
     * A node.
     *
     * @param id unique in the diagram
     * @param kind a style word the theme knows (e.g. {@code thesis}, {@code proposition}, {@code junction})
     * @param blocks its text, top to bottom; may be empty for a mark of fixed size
     * @param cluster the id of its cluster, or null
     * @param data model ids to attach to the drawn node, as {@code data-KEY="value"} (sorted by key)
     * @param wrapWidth the width to wrap text to, in px; 0 for the layout's default
     * @param minWidth the least width, in px (for marks without text)
     * @param minHeight the least height, in px
     * @param cell the row and column in a grid layout, or null
     * @param tooltip a longer text to attach as the node's accessible title, or null
     */
    public record Node(String id, String kind, List<Block> blocks, String cluster, SortedMap<String, String> data,
                       double wrapWidth, double minWidth, double minHeight, Cell cell, String tooltip) {
        public Node {
            Objects.requireNonNull(id);
            Objects.requireNonNull(kind);
            blocks = List.copyOf(blocks);
            data = Collections.unmodifiableSortedMap(new TreeMap<>(data));
        }

        /** A node of text blocks, wrapped to the default width. */
        public static Node text(String id, String kind, List<Block> blocks, String cluster, Map<String, String> data,
                                String tooltip) {
            return new Node(id, kind, blocks, cluster, new TreeMap<>(data), 0, 0, 0, null, tooltip);
        }

        /** This node with another wrap width. */
        public Node withWrapWidth(double width) {
            return new Node(id, kind, blocks, cluster, data, width, minWidth, minHeight, cell, tooltip);
        }

        /** This node with a least size. */
        public Node withMinSize(double w, double h) {
            return new Node(id, kind, blocks, cluster, data, wrapWidth, w, h, cell, tooltip);
        }

        /** This node placed in a grid cell. */
        public Node at(int row, int column) {
            return new Node(id, kind, blocks, cluster, data, wrapWidth, minWidth, minHeight, new Cell(row, column), tooltip);
        }
    }

    /**
     * A grid position, for {@link GridLayout}.
     *
     * @param row 0-based row
     * @param column 0-based column
     */
    public record Cell(int row, int column) {
    }

    /**
     * A directed edge.
     *
     * @param id unique in the diagram
     * @param type a style word the theme knows (e.g. {@code supports}, {@code denies})
     * @param from the id of the node it starts at
     * @param to the id of the node it ends at (where the arrowhead is)
     * @param reversed true to lay it out as if it went from {@code to} to {@code from} (so that {@code to}
     *     comes first in the flow); it is still drawn from {@code from} to {@code to}
     * @param data model ids to attach to the drawn edge (sorted by key)
     */
    public record Edge(String id, String type, String from, String to, boolean reversed,
                       SortedMap<String, String> data) {
        public Edge {
            Objects.requireNonNull(id);
            Objects.requireNonNull(type);
            Objects.requireNonNull(from);
            Objects.requireNonNull(to);
            data = Collections.unmodifiableSortedMap(new TreeMap<>(data));
        }

        public static Edge of(String id, String type, String from, String to, Map<String, String> data) {
            return new Edge(id, type, from, to, false, new TreeMap<>(data));
        }

        /** This edge laid out against its direction. */
        public Edge reversedForLayout() {
            return new Edge(id, type, from, to, true, data);
        }
    }

    /**
     * A group of nodes drawn in one frame (one per source).
     *
     * @param id unique in the diagram
     * @param kind a style word the theme knows
     * @param title its title
     * @param subtitle a second line, or null
     * @param data model ids to attach (sorted by key)
     */
    public record Cluster(String id, String kind, String title, String subtitle, SortedMap<String, String> data) {
        public Cluster {
            Objects.requireNonNull(id);
            Objects.requireNonNull(title);
            data = Collections.unmodifiableSortedMap(new TreeMap<>(data));
        }

        public static Cluster of(String id, String kind, String title, String subtitle, Map<String, String> data) {
            return new Cluster(id, kind, title, subtitle, new TreeMap<>(data));
        }
    }

    /**
     * An entry of the legend: a sample of an edge type or node kind and what it means.
     *
     * @param sample what the sample is: an edge or a node
     * @param type the edge type or node kind, as in the diagram
     * @param label what it means
     */
    public record LegendEntry(Sample sample, String type, String label) {
        /** What a legend sample shows. */
        public enum Sample { EDGE, NODE }
    }

    public Diagram {
        Objects.requireNonNull(title);
        Objects.requireNonNull(direction);
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        clusters = List.copyOf(clusters);
        legend = List.copyOf(legend);
        Set<String> ids = new HashSet<>();
        for (Node n : nodes) {
            if (!ids.add(n.id())) {
                throw new IllegalArgumentException("duplicate node id " + n.id());
            }
        }
        Set<String> clusterIds = new HashSet<>();
        for (Cluster c : clusters) {
            if (!clusterIds.add(c.id())) {
                throw new IllegalArgumentException("duplicate cluster id " + c.id());
            }
        }
        for (Node n : nodes) {
            if (n.cluster() != null && !clusterIds.contains(n.cluster())) {
                throw new IllegalArgumentException("node " + n.id() + " names unknown cluster " + n.cluster());
            }
        }
        Set<String> edgeIds = new HashSet<>();
        for (Edge e : edges) {
            if (!edgeIds.add(e.id())) {
                throw new IllegalArgumentException("duplicate edge id " + e.id());
            }
            if (!ids.contains(e.from()) || !ids.contains(e.to())) {
                throw new IllegalArgumentException("edge " + e.id() + " names an unknown node");
            }
        }
    }
}
