package org.argmap.render;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.batik.dom.GenericDOMImplementation;
import org.argmap.layout.Diagram;
import org.argmap.layout.Diagram.Role;
import org.argmap.layout.LaidOutDiagram;
import org.argmap.layout.LaidOutDiagram.Box;
import org.argmap.layout.LaidOutDiagram.LaidCluster;
import org.argmap.layout.LaidOutDiagram.LaidEdge;
import org.argmap.layout.LaidOutDiagram.LaidNode;
import org.argmap.layout.LaidOutDiagram.LegendItem;
import org.argmap.layout.LaidOutDiagram.Line;
import org.argmap.layout.LaidOutDiagram.Point;
import org.argmap.layout.Typography;
import org.argmap.render.Theme.EdgeStyle;
import org.argmap.render.Theme.NodeStyle;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Draws a {@link LaidOutDiagram} as SVG, building the document with Batik's DOM: semantic, not a
 * dump of drawing calls. The document is built with Batik's generic DOM implementation rather than
 * its SVG DOM ({@code SVGDOMImplementation}): the output is the same, but a cold JVM builds a
 * 1,000-node drawing about 0.35 s sooner without the SVG DOM's machinery, which only matters when
 * a document is rendered in place (PNG and PDF are transcoded from the SVG text instead). The document has a {@code <title>} and {@code <desc>}; clusters,
 * edges, nodes and the legend are groups with classes; text stays text ({@code <text>} with one
 * {@code <tspan>} per line, in the font the layout measured with); each drawn node, edge and
 * cluster carries its model ids as {@code data-} attributes. Styles are one CSS sheet, with rules
 * only for the kinds and types used. Numbers are rounded to two decimals: the same laid-out
 * diagram always gives the same bytes.
 */
public final class SvgRenderer {
    /** The SVG namespace. */
    public static final String SVG_NS = "http://www.w3.org/2000/svg";

    private final Typography type;
    private final Theme theme;

    public SvgRenderer(Typography type, Theme theme) {
        this.type = type;
        this.theme = theme;
    }

    /** Draws the diagram as an SVG document (elements in the SVG namespace, in Batik's generic DOM). */
    public Document document(LaidOutDiagram d) {
        Document doc = GenericDOMImplementation.getDOMImplementation().createDocument(SVG_NS, "svg", null);
        Element svg = doc.getDocumentElement();
        svg.setAttribute("width", num(d.width()));
        svg.setAttribute("height", num(d.height()));
        svg.setAttribute("viewBox", "0 0 " + num(d.width()) + " " + num(d.height()));
        svg.setAttribute("role", "img");
        svg.setAttribute("aria-labelledby", "argmap-title argmap-desc");
        svg.setAttribute("class", "argmap");
        Element title = el(doc, svg, "title");
        title.setAttribute("id", "argmap-title");
        title.setTextContent(d.diagram().title());
        Element desc = el(doc, svg, "desc");
        desc.setAttribute("id", "argmap-desc");
        desc.setTextContent(d.diagram().description() == null ? d.diagram().title() : d.diagram().description());

        Element defs = el(doc, svg, "defs");
        Element style = el(doc, defs, "style");
                style.appendChild(doc.createCDATASection(css(d)));
        markers(doc, defs, d);

        Element bg = el(doc, svg, "rect");
        bg.setAttribute("class", "background");
        bg.setAttribute("width", "100%");
        bg.setAttribute("height", "100%");

        Element heading = group(doc, svg, "heading");
        for (Line l : d.heading()) {
            text(doc, heading, List.of(l), roleClass(l.role()));
        }
        Element clusters = group(doc, svg, "clusters");
        for (LaidCluster c : d.clusters()) {
            cluster(doc, clusters, c);
        }
        Element edges = group(doc, svg, "edges");
        for (LaidEdge e : d.edges()) {
            edge(doc, edges, e);
        }
        Element nodes = group(doc, svg, "nodes");
        for (LaidNode n : d.nodes()) {
            node(doc, nodes, n);
        }
        if (d.legend() != null) {
            legend(doc, svg, d.legend());
        }
        return doc;
    }

    /** Draws the diagram and returns the SVG text (UTF-8, with an XML declaration). */
    public String render(LaidOutDiagram d) {
        return serialize(document(d));
    }

    /** Writes a document as XML text: one element per line, only attributes that were set, in a fixed order. */
    public static String serialize(Document doc) {
        return SvgWriter.write(doc);
    }

    private void cluster(Document doc, Element parent, LaidCluster c) {
        Element g = group(doc, parent, "cluster" + kindClass(c.cluster().kind()));
        data(g, c.cluster().data());
        Box b = c.box();
        Element r = el(doc, g, "rect");
        r.setAttribute("class", "frame");
        rect(r, b, 10);
        List<Line> title = c.lines().stream().filter(l -> l.role() == Role.CLUSTER_TITLE).toList();
        List<Line> sub = c.lines().stream().filter(l -> l.role() != Role.CLUSTER_TITLE).toList();
        if (!title.isEmpty()) {
            text(doc, g, title, roleClass(Role.CLUSTER_TITLE));
        }
        if (!sub.isEmpty()) {
            text(doc, g, sub, roleClass(Role.CLUSTER_SUBTITLE));
        }
    }

    private void edge(Document doc, Element parent, LaidEdge le) {
        Diagram.Edge e = le.edge();
        EdgeStyle st = theme.edge(e.type());
        Element p = el(doc, parent, "path");
        p.setAttribute("class", "edge e-" + cssWord(e.type()));
        p.setAttribute("d", path(le.points()));
        if (!"none".equals(st.head())) {
            p.setAttribute("marker-end", "url(#m-" + cssWord(e.type()) + "-head)");
        }
        if (!"none".equals(st.tail())) {
            p.setAttribute("marker-start", "url(#m-" + cssWord(e.type()) + "-tail)");
        }
        data(p, e.data());
    }

    private void node(Document doc, Element parent, LaidNode n) {
        Diagram.Node node = n.node();
        Element g = group(doc, parent, "node" + kindClass(node.kind()));
        data(g, node.data());
        if (node.tooltip() != null) {
            el(doc, g, "title").setTextContent(node.tooltip());
        }
        NodeStyle st = theme.node(node.kind());
        Box b = n.box();
        if (node.kind().startsWith("cell-")) {
            cellMark(doc, g, node.kind(), b);
        } else if (node.kind().equals("junction")) {
            Element c = el(doc, g, "circle");
            c.setAttribute("class", "n-junction");
            c.setAttribute("cx", num(b.x() + b.w() / 2));
            c.setAttribute("cy", num(b.y() + b.h() / 2));
            c.setAttribute("r", num(Math.min(b.w(), b.h()) / 2));
        } else if (!"none".equals(st.stroke()) || !"none".equals(st.fill())) {
            Element r = el(doc, g, "rect");
            r.setAttribute("class", "n-" + cssWord(node.kind()));
            rect(r, b, st.radius());
        }
        // one <text> per run of lines of the same role
        List<Line> run = new ArrayList<>();
        for (Line l : n.lines()) {
            if (!run.isEmpty() && run.get(0).role() != l.role()) {
                nodeText(doc, g, run, node.kind());
                run = new ArrayList<>();
            }
            run.add(l);
        }
        if (!run.isEmpty()) {
            nodeText(doc, g, run, node.kind());
        }
    }

    private void nodeText(Document doc, Element g, List<Line> run, String kind) {
        String cls = roleClass(run.get(0).role());
        if (run.get(0).role() == Role.HEADER) {
            cls += " a-" + cssWord(kind);
        }
        text(doc, g, run, cls);
    }

    /**
     * A stance mark in a matrix cell, told apart by shape as well as colour: a filled disc
     * (affirms), a disc with a cross (denies), a half-filled disc (qualifies), a dot (silence);
     * an implied stance is drawn hollow.
     */
    private void cellMark(Document doc, Element g, String kind, Box b) {
        double cx = b.x() + b.w() / 2;
        double cy = b.y() + b.h() / 2;
        double r = Math.min(b.w(), b.h()) / 2 - 1.5;
        String base = kind.endsWith("-implied") ? kind.substring(0, kind.length() - "-implied".length()) : kind;
        String cls = "n-" + cssWord(kind);
        switch (base) {
            case "cell-affirms" -> circle(doc, g, cls, cx, cy, r);
            case "cell-denies" -> {
                circle(doc, g, cls, cx, cy, r);
                Element x = el(doc, g, "path");
                double k = r * 0.5;
                x.setAttribute("class", "x-" + cssWord(kind));
                x.setAttribute("d", "M" + num(cx - k) + "," + num(cy - k) + "L" + num(cx + k) + "," + num(cy + k)
                        + "M" + num(cx + k) + "," + num(cy - k) + "L" + num(cx - k) + "," + num(cy + k));
            }
            case "cell-qualifies" -> {
                circle(doc, g, "ring-" + cssWord(kind), cx, cy, r);
                Element half = el(doc, g, "path");
                half.setAttribute("class", cls);
                half.setAttribute("d", "M" + num(cx) + "," + num(cy - r) + "A" + num(r) + "," + num(r) + " 0 0,0 "
                        + num(cx) + "," + num(cy + r) + "Z");
            }
            default -> circle(doc, g, cls, cx, cy, 2);
        }
    }

    private Element circle(Document doc, Element g, String cls, double cx, double cy, double r) {
        Element c = el(doc, g, "circle");
        c.setAttribute("class", cls);
        c.setAttribute("cx", num(cx));
        c.setAttribute("cy", num(cy));
        c.setAttribute("r", num(r));
        return c;
    }

    private void legend(Document doc, Element svg, LaidOutDiagram.Legend legend) {
        Element g = group(doc, svg, "legend");
        Element frame = el(doc, g, "rect");
        frame.setAttribute("class", "frame");
        rect(frame, legend.box(), 6);
        for (LegendItem it : legend.entries()) {
            Element item = group(doc, g, "legend-item");
            item.setAttribute("data-type", it.entry().type());
            Box s = it.sample();
            if (it.entry().sample() == Diagram.LegendEntry.Sample.EDGE) {
                LaidEdge sample = new LaidEdge(Diagram.Edge.of("legend-" + it.entry().type(), it.entry().type(),
                        "a", "b", Map.of()), List.of(new Point(s.x() + 2, s.y() + s.h() / 2),
                        new Point(s.right() - 2, s.y() + s.h() / 2)));
                edge(doc, item, sample);
            } else if (it.entry().type().startsWith("cell-")) {
                cellMark(doc, item, it.entry().type(), new Box(s.x() + (s.w() - s.h()) / 2, s.y(), s.h(), s.h()));
            } else {
                Element r = el(doc, item, "rect");
                r.setAttribute("class", "n-" + cssWord(it.entry().type()));
                rect(r, new Box(s.x() + 4, s.y() + 1, s.w() - 8, s.h() - 2), Math.min(4, theme.node(it.entry().type()).radius()));
            }
            text(doc, item, List.of(it.label()), roleClass(Role.LEGEND));
        }
    }

    private void text(Document doc, Element parent, List<Line> lines, String cls) {
        Element t = el(doc, parent, "text");
        t.setAttribute("class", cls);
        for (Line l : lines) {
            Element span = el(doc, t, "tspan");
            span.setAttribute("x", num(l.x()));
            span.setAttribute("y", num(l.baseline()));
            span.setTextContent(l.text());
        }
    }

    private String css(LaidOutDiagram d) {
        StringBuilder s = new StringBuilder("\n");
        s.append("text{font-family:").append(type.cssFamily()).append(";fill:").append(theme.text()).append("}\n");
        s.append(".background{fill:#ffffff}\n");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        d.heading().forEach(l -> roles.add(l.role()));
        d.nodes().forEach(n -> n.lines().forEach(l -> roles.add(l.role())));
        d.clusters().forEach(c -> c.lines().forEach(l -> roles.add(l.role())));
        if (d.legend() != null) {
            roles.add(Role.LEGEND);
        }
        for (Role r : roles) {
            Typography.Style st = type.style(r);
            s.append('.').append(roleClass(r)).append("{font-size:").append(num(st.size())).append("px");
            if (st.bold()) {
                s.append(";font-weight:bold");
            }
            if (st.italic()) {
                s.append(";font-style:italic");
            }
            if (st.letterSpacing() != 0) {
                s.append(";letter-spacing:").append(num(st.letterSpacing())).append("px");
            }
            if (r == Role.SUBTITLE || r == Role.CLUSTER_SUBTITLE || r == Role.FOOTER) {
                s.append(";fill:").append(theme.muted());
            }
            s.append("}\n");
        }
        s.append(".cluster .frame{fill:").append(theme.clusterFill()).append(";stroke:").append(theme.clusterStroke())
                .append(";stroke-width:1}\n");
        s.append(".legend .frame{fill:#ffffff;stroke:").append(theme.clusterStroke()).append(";stroke-width:0.8}\n");
        TreeSet<String> kinds = new TreeSet<>();
        d.nodes().forEach(n -> kinds.add(n.node().kind()));
        TreeSet<String> types = new TreeSet<>();
        d.edges().forEach(e -> types.add(e.edge().type()));
        if (d.legend() != null) {
            for (LegendItem it : d.legend().entries()) {
                (it.entry().sample() == Diagram.LegendEntry.Sample.EDGE ? types : kinds).add(it.entry().type());
            }
        }
        for (String k : kinds) {
            NodeStyle st = theme.node(k);
            s.append(".n-").append(cssWord(k)).append("{fill:").append(st.fill()).append(";stroke:").append(st.stroke())
                    .append(";stroke-width:").append(num(st.strokeWidth()));
            if (st.dash() != null) {
                s.append(";stroke-dasharray:").append(st.dash());
            }
            s.append("}\n");
            s.append(".a-").append(cssWord(k)).append("{fill:").append(st.accent()).append("}\n");
            if (k.startsWith("cell-qualifies")) {
                s.append(".ring-").append(cssWord(k)).append("{fill:#ffffff;stroke:").append(st.stroke())
                        .append(";stroke-width:").append(num(st.strokeWidth())).append("}\n");
            }
            if (k.startsWith("cell-denies")) {
                s.append(".x-").append(cssWord(k)).append("{fill:none;stroke-width:2;stroke:")
                        .append(k.endsWith("-implied") ? st.stroke() : "#ffffff").append("}\n");
            }
        }
        for (String t : types) {
            EdgeStyle st = theme.edge(t);
            s.append(".e-").append(cssWord(t)).append("{fill:none;stroke:").append(st.stroke()).append(";stroke-width:")
                    .append(num(st.width()));
            if (st.dash() != null) {
                s.append(";stroke-dasharray:").append(st.dash());
            }
            s.append("}\n");
        }
        s.append(".implied{opacity:0.55}\n");
        return s.toString();
    }

    private void markers(Document doc, Element defs, LaidOutDiagram d) {
        TreeSet<String> types = new TreeSet<>();
        d.edges().forEach(e -> types.add(e.edge().type()));
        if (d.legend() != null) {
            d.legend().entries().stream().filter(it -> it.entry().sample() == Diagram.LegendEntry.Sample.EDGE)
                    .forEach(it -> types.add(it.entry().type()));
        }
        for (String t : types) {
            EdgeStyle st = theme.edge(t);
            marker(doc, defs, "m-" + cssWord(t) + "-head", st.head(), st.stroke(), false);
            marker(doc, defs, "m-" + cssWord(t) + "-tail", st.tail(), st.stroke(), true);
        }
    }

    private void marker(Document doc, Element defs, String id, String shape, String color, boolean tail) {
        if ("none".equals(shape)) {
            return;
        }
        Element m = el(doc, defs, "marker");
        m.setAttribute("id", id);
        m.setAttribute("viewBox", "0 0 10 10");
        m.setAttribute("markerUnits", "userSpaceOnUse");
        m.setAttribute("markerWidth", "10");
        m.setAttribute("markerHeight", "10");
        m.setAttribute("orient", "auto");
        m.setAttribute("refY", "5");
        Element p = el(doc, m, shape.equals("circle") ? "circle" : "path");
        switch (shape) {
            case "triangle" -> {
                m.setAttribute("refX", tail ? "0" : "10");
                p.setAttribute("d", tail ? "M10,0.5L0,5L10,9.5Z" : "M0,0.5L10,5L0,9.5Z");
                p.setAttribute("fill", color);
                p.setAttribute("stroke", "none");
            }
            case "open" -> {
                m.setAttribute("refX", tail ? "1" : "9");
                p.setAttribute("d", tail ? "M9,1L1,5L9,9" : "M1,1L9,5L1,9");
                p.setAttribute("fill", "none");
                p.setAttribute("stroke", color);
                p.setAttribute("stroke-width", "1.6");
            }
            case "tee" -> {
                m.setAttribute("refX", tail ? "1" : "9");
                p.setAttribute("d", tail ? "M2,0.5V9.5" : "M8,0.5V9.5");
                p.setAttribute("fill", "none");
                p.setAttribute("stroke", color);
                p.setAttribute("stroke-width", "2.6");
            }
            default -> {
                m.setAttribute("refX", tail ? "1.5" : "8.5");
                p.setAttribute("cx", "5");
                p.setAttribute("cy", "5");
                p.setAttribute("r", "3.2");
                p.setAttribute("fill", color);
                p.setAttribute("stroke", "none");
            }
        }
    }

    /** An orthogonal route with its corners rounded. */
    static String path(List<Point> pts) {
        StringBuilder s = new StringBuilder();
        Point p0 = pts.get(0);
        s.append('M').append(num(p0.x())).append(',').append(num(p0.y()));
        for (int i = 1; i < pts.size() - 1; i++) {
            Point a = pts.get(i - 1);
            Point b = pts.get(i);
            Point c = pts.get(i + 1);
            double r = Math.min(6, Math.min(dist(a, b), dist(b, c)) / 2);
            if (r < 0.5) {
                s.append('L').append(num(b.x())).append(',').append(num(b.y()));
                continue;
            }
            Point in = toward(b, a, r);
            Point out = toward(b, c, r);
            s.append('L').append(num(in.x())).append(',').append(num(in.y()));
            s.append('Q').append(num(b.x())).append(',').append(num(b.y())).append(' ')
                    .append(num(out.x())).append(',').append(num(out.y()));
        }
        Point last = pts.get(pts.size() - 1);
        s.append('L').append(num(last.x())).append(',').append(num(last.y()));
        return s.toString();
    }

    private static double dist(Point a, Point b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }

    private static Point toward(Point from, Point to, double r) {
        double d = dist(from, to);
        return new Point(from.x() + (to.x() - from.x()) * r / d, from.y() + (to.y() - from.y()) * r / d);
    }

    private static void rect(Element r, Box b, double radius) {
        r.setAttribute("x", num(b.x()));
        r.setAttribute("y", num(b.y()));
        r.setAttribute("width", num(b.w()));
        r.setAttribute("height", num(b.h()));
        if (radius > 0) {
            r.setAttribute("rx", num(radius));
            r.setAttribute("ry", num(radius));
        }
    }

    private static void data(Element e, Map<String, String> data) {
        for (Map.Entry<String, String> d : data.entrySet()) {
            e.setAttribute("data-" + d.getKey(), d.getValue());
        }
    }

    private static Element group(Document doc, Element parent, String cls) {
        Element g = el(doc, parent, "g");
        g.setAttribute("class", cls);
        return g;
    }

    private static Element el(Document doc, Element parent, String name) {
        Element e = doc.createElementNS(SVG_NS, name);
        parent.appendChild(e);
        return e;
    }

    private static String kindClass(String kind) {
        return kind == null ? "" : " " + cssWord(kind);
    }

    static String roleClass(Role r) {
        return "t-" + r.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The word with every character other than an ASCII letter, digit, '_' or '-' made a '-'. */
    static String cssWord(String s) {
        char[] c = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean ok = ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' || ch == '_' || ch == '-';
            if (!ok) {
                if (c == null) {
                    c = s.toCharArray();
                }
                c[i] = '-';
            }
        }
        return c == null ? s : new String(c);
    }

    /** A number with at most two decimals, no trailing zeros, no exponent. */
    static String num(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v) || Math.abs(v) > 1e12) {
            throw new IllegalArgumentException("not a drawable coordinate: " + v);
        }
        long hundredths = Math.round(v * 100);
        if (hundredths % 100 == 0) {
            return Long.toString(hundredths / 100);
        }
        StringBuilder s = new StringBuilder(12);
        if (hundredths < 0) {
            s.append('-');
            hundredths = -hundredths;
        }
        s.append(hundredths / 100).append('.');
        long frac = hundredths % 100;
        if (frac < 10) {
            s.append('0').append(frac);
        } else {
            s.append(frac % 10 == 0 ? frac / 10 : frac);
        }
        return s.toString();
    }
}
