package org.argmap.render;

import java.util.Locale;
import java.util.Map;

/**
 * Colours, strokes and dash patterns of a drawing, by node kind and edge type. Every edge type
 * differs from the others by its dash pattern and arrowhead as well as its colour, and node kinds
 * by their border, so that a drawing keeps its meaning in grayscale print.
 *
 * @param name the theme's name ({@code default} or {@code print})
 * @param text the colour of text
 * @param muted the colour of secondary text (headers, footers, subtitles)
 * @param clusterFill a cluster frame's fill
 * @param clusterStroke a cluster frame's border
 * @param nodes node styles by kind; {@code "*"} for any other kind
 * @param edges edge styles by type; {@code "*"} for any other type
 */
public record Theme(String name, String text, String muted, String clusterFill, String clusterStroke,
                    Map<String, NodeStyle> nodes, Map<String, EdgeStyle> edges) {

    /**
     * How a node kind is drawn.
     *
     * @param fill fill colour
     * @param stroke border colour
     * @param strokeWidth border width
     * @param dash border dash pattern, or null for solid
     * @param radius corner radius
     * @param accent colour of the kind label on top
     */
    public record NodeStyle(String fill, String stroke, double strokeWidth, String dash, double radius, String accent) {
    }

    /**
     * How an edge type is drawn.
     *
     * @param stroke colour
     * @param width line width
     * @param dash dash pattern, or null for solid
     * @param head arrowhead at the end: {@code triangle}, {@code open}, {@code tee}, {@code circle} or {@code none}
     * @param tail mark at the start, same words
     */
    public record EdgeStyle(String stroke, double width, String dash, String head, String tail) {
    }

    public Theme {
        nodes = Map.copyOf(nodes);
        edges = Map.copyOf(edges);
    }

    public NodeStyle node(String kind) {
        return nodes.getOrDefault(kind, nodes.get("*"));
    }

    public EdgeStyle edge(String type) {
        return edges.getOrDefault(type, edges.get("*"));
    }

    /** A theme by name: {@code default} or {@code print}; null for any other name. */
    public static Theme named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "default" -> standard();
            case "print" -> print();
            default -> null;
        };
    }

    /** Colour on white: green supports, red attacks, warm thesis boxes. */
    public static Theme standard() {
        Map<String, NodeStyle> n = Map.ofEntries(
                Map.entry("thesis", new NodeStyle("#fdf1d8", "#b7791f", 2.4, null, 7, "#975a16")),
                Map.entry("premise", new NodeStyle("#ffffff", "#718096", 1.1, null, 7, "#4a5568")),
                Map.entry("fact", new NodeStyle("#edf4fb", "#4a78a8", 1.1, null, 7, "#2c5282")),
                Map.entry("interpretation", new NodeStyle("#f4f0fb", "#8064b8", 1.1, null, 7, "#553c9a")),
                Map.entry("objection", new NodeStyle("#fdeeee", "#c05656", 1.3, "5 3", 7, "#9b2c2c")),
                Map.entry("rebuttal", new NodeStyle("#ecf7ef", "#3f8f5f", 1.3, null, 7, "#276749")),
                Map.entry("prescription", new NodeStyle("#e8f6f5", "#2c7a7b", 1.3, "9 2 2 2", 7, "#285e61")),
                Map.entry("evidence", new NodeStyle("#fbfaf7", "#b8b2a3", 0.9, null, 3, "#7b7564")),
                Map.entry("proposition", new NodeStyle("#f7f8fa", "#4a5568", 1.3, null, 16, "#2d3748")),
                Map.entry("proposition-agreed", new NodeStyle("#eef8f1", "#2f855a", 2.6, null, 16, "#276749")),
                Map.entry("proposition-contested", new NodeStyle("#fdf0f0", "#c53030", 2.6, "7 3", 16, "#9b2c2c")),
                Map.entry("junction", new NodeStyle("#ffffff", "#805ad5", 1.5, null, 4, "#805ad5")),
                Map.entry("row-header", new NodeStyle("none", "none", 0, null, 0, "#4a5568")),
                Map.entry("column-header", new NodeStyle("none", "none", 0, null, 0, "#4a5568")),
                Map.entry("cell-affirms", new NodeStyle("#2f855a", "#22543d", 1, null, 0, "#2f855a")),
                Map.entry("cell-denies", new NodeStyle("#c53030", "#742a2a", 1, null, 0, "#c53030")),
                Map.entry("cell-qualifies", new NodeStyle("#d69e2e", "#975a16", 1, null, 0, "#d69e2e")),
                Map.entry("cell-affirms-implied", new NodeStyle("#ffffff", "#2f855a", 1.8, null, 0, "#2f855a")),
                Map.entry("cell-denies-implied", new NodeStyle("#ffffff", "#c53030", 1.8, null, 0, "#c53030")),
                Map.entry("cell-qualifies-implied", new NodeStyle("#f3e2bd", "#b7791f", 1.8, null, 0, "#b7791f")),
                Map.entry("cell-empty", new NodeStyle("#cbd5e0", "none", 0, null, 0, "#a0aec0")),
                Map.entry("group-header", new NodeStyle("none", "none", 0, null, 0, "#4a5568")),
                Map.entry("*", new NodeStyle("#ffffff", "#718096", 1.1, null, 7, "#4a5568")));
        Map<String, EdgeStyle> e = Map.ofEntries(
                Map.entry("supports", new EdgeStyle("#2f855a", 1.6, null, "triangle", "none")),
                Map.entry("attacks", new EdgeStyle("#c53030", 1.6, "6 4", "triangle", "none")),
                Map.entry("undercuts", new EdgeStyle("#805ad5", 1.6, "1.5 3", "tee", "none")),
                Map.entry("supports-start", new EdgeStyle("#2f855a", 1.6, null, "none", "none")),
                Map.entry("attacks-start", new EdgeStyle("#c53030", 1.6, "6 4", "none", "none")),
                Map.entry("undercuts-start", new EdgeStyle("#805ad5", 1.6, "1.5 3", "none", "none")),
                Map.entry("evidence", new EdgeStyle("#b8b2a3", 1.0, null, "circle", "none")),
                Map.entry("affirms", new EdgeStyle("#2f855a", 1.6, null, "triangle", "none")),
                Map.entry("denies", new EdgeStyle("#c53030", 1.6, "6 4", "tee", "none")),
                Map.entry("qualifies", new EdgeStyle("#b7791f", 1.6, "8 3 2 3", "open", "none")),
                Map.entry("contradicts", new EdgeStyle("#9b2c2c", 2.8, null, "tee", "tee")),
                Map.entry("contrary", new EdgeStyle("#9b2c2c", 2.8, "10 4", "tee", "tee")),
                Map.entry("entails", new EdgeStyle("#2b6cb0", 1.8, "12 3 3 3", "open", "none")),
                Map.entry("equivalent", new EdgeStyle("#2b6cb0", 1.8, "3 3", "open", "open")),
                Map.entry("*", new EdgeStyle("#4a5568", 1.2, null, "triangle", "none")));
        return new Theme("default", "#1a202c", "#4a5568", "#fafbfc", "#cbd5e0", n, e);
    }

    /** Grayscale for print: meaning carried by dash patterns, borders and arrowheads alone. */
    public static Theme print() {
        Map<String, NodeStyle> n = Map.ofEntries(
                Map.entry("thesis", new NodeStyle("#e6e6e6", "#000000", 2.6, null, 7, "#000000")),
                Map.entry("premise", new NodeStyle("#ffffff", "#333333", 1.0, null, 7, "#333333")),
                Map.entry("fact", new NodeStyle("#f5f5f5", "#333333", 1.0, null, 1.5, "#333333")),
                Map.entry("interpretation", new NodeStyle("#ffffff", "#333333", 1.0, "1.5 2", 7, "#333333")),
                Map.entry("objection", new NodeStyle("#ffffff", "#000000", 1.3, "5 3", 7, "#000000")),
                Map.entry("rebuttal", new NodeStyle("#ffffff", "#000000", 1.8, null, 7, "#000000")),
                Map.entry("prescription", new NodeStyle("#ffffff", "#000000", 1.3, "9 2 2 2", 7, "#000000")),
                Map.entry("evidence", new NodeStyle("#ffffff", "#888888", 0.8, null, 3, "#555555")),
                Map.entry("proposition", new NodeStyle("#f2f2f2", "#000000", 1.2, null, 16, "#000000")),
                Map.entry("proposition-agreed", new NodeStyle("#ffffff", "#000000", 2.8, null, 16, "#000000")),
                Map.entry("proposition-contested", new NodeStyle("#ffffff", "#000000", 2.8, "7 3", 16, "#000000")),
                Map.entry("junction", new NodeStyle("#ffffff", "#000000", 1.4, null, 4, "#000000")),
                Map.entry("row-header", new NodeStyle("none", "none", 0, null, 0, "#333333")),
                Map.entry("column-header", new NodeStyle("none", "none", 0, null, 0, "#333333")),
                Map.entry("cell-affirms", new NodeStyle("#000000", "#000000", 1, null, 0, "#000000")),
                Map.entry("cell-denies", new NodeStyle("#ffffff", "#000000", 1.6, null, 0, "#000000")),
                Map.entry("cell-qualifies", new NodeStyle("#999999", "#000000", 1, null, 0, "#000000")),
                Map.entry("cell-affirms-implied", new NodeStyle("#ffffff", "#000000", 1.8, null, 0, "#000000")),
                Map.entry("cell-denies-implied", new NodeStyle("#ffffff", "#000000", 1.8, null, 0, "#000000")),
                Map.entry("cell-qualifies-implied", new NodeStyle("#cccccc", "#000000", 1.8, null, 0, "#000000")),
                Map.entry("cell-empty", new NodeStyle("#bbbbbb", "none", 0, null, 0, "#999999")),
                Map.entry("group-header", new NodeStyle("none", "none", 0, null, 0, "#333333")),
                Map.entry("*", new NodeStyle("#ffffff", "#333333", 1.0, null, 7, "#333333")));
        Map<String, EdgeStyle> e = Map.ofEntries(
                Map.entry("supports", new EdgeStyle("#000000", 1.5, null, "triangle", "none")),
                Map.entry("attacks", new EdgeStyle("#000000", 1.5, "6 4", "triangle", "none")),
                Map.entry("undercuts", new EdgeStyle("#000000", 1.5, "1.5 3", "tee", "none")),
                Map.entry("supports-start", new EdgeStyle("#000000", 1.5, null, "none", "none")),
                Map.entry("attacks-start", new EdgeStyle("#000000", 1.5, "6 4", "none", "none")),
                Map.entry("undercuts-start", new EdgeStyle("#000000", 1.5, "1.5 3", "none", "none")),
                Map.entry("evidence", new EdgeStyle("#888888", 0.9, null, "circle", "none")),
                Map.entry("affirms", new EdgeStyle("#000000", 1.5, null, "triangle", "none")),
                Map.entry("denies", new EdgeStyle("#000000", 1.5, "6 4", "tee", "none")),
                Map.entry("qualifies", new EdgeStyle("#555555", 1.5, "8 3 2 3", "open", "none")),
                Map.entry("contradicts", new EdgeStyle("#000000", 2.8, null, "tee", "tee")),
                Map.entry("contrary", new EdgeStyle("#000000", 2.8, "10 4", "tee", "tee")),
                Map.entry("entails", new EdgeStyle("#333333", 1.8, "12 3 3 3", "open", "none")),
                Map.entry("equivalent", new EdgeStyle("#333333", 1.8, "3 3", "open", "open")),
                Map.entry("*", new EdgeStyle("#333333", 1.2, null, "triangle", "none")));
        return new Theme("print", "#000000", "#333333", "#ffffff", "#999999", n, e);
    }
}
