package org.argmap.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Writes an SVG DOM as XML text for people and diffs: one element per line, indented (text
 * content kept on its line), only the attributes that were set (Batik's own
 * {@code DOMUtilities.writeDocument} also writes the SVG DOM's default attributes such as
 * {@code zoomAndPan}), in a fixed order (geometry first, then the rest alphabetically) rather than
 * the DOM's hash order. Deterministic: the same document gives the same bytes.
 */
final class SvgWriter {
    private static final List<String> FIRST = List.of("xmlns", "id", "class", "role", "aria-labelledby", "type",
            "x", "y", "cx", "cy", "r", "width", "height", "rx", "ry", "viewBox", "d", "refX", "refY", "markerUnits",
            "markerWidth", "markerHeight", "orient", "marker-start", "marker-end", "style");
    private static final Map<String, Integer> RANK;

    static {
        Map<String, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < FIRST.size(); i++) {
            m.put(FIRST.get(i), i);
        }
        RANK = Map.copyOf(m);
    }

    private static final Comparator<Attr> ORDER = Comparator
            .comparingInt((Attr a) -> RANK.getOrDefault(a.getName(), FIRST.size()))
            .thenComparing(Attr::getName);
    private static final String[] INDENT = new String[32];

    static {
        for (int i = 0; i < INDENT.length; i++) {
            INDENT[i] = "\n" + "  ".repeat(i);
        }
    }

    private SvgWriter() {
    }

    static String write(Document doc) {
        StringBuilder out = new StringBuilder(1 << 16);
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        Element root = doc.getDocumentElement();
        element(root, out, 0, true);
        out.append('\n');
        return out.toString();
    }

    private static void element(Element e, StringBuilder out, int depth, boolean isRoot) {
        String name = e.getTagName();
        out.append('<').append(name);
        if (isRoot) {
            out.append(" xmlns=\"").append(SvgRenderer.SVG_NS).append('"');
        }
        NamedNodeMap attrs = e.getAttributes();
        List<Attr> list = new ArrayList<>(attrs.getLength());
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            if (a.getSpecified() && !a.getName().startsWith("xmlns")) {
                list.add(a);
            }
        }
        list.sort(ORDER);
        for (Attr a : list) {
            out.append(' ').append(a.getName()).append("=\"");
            escape(a.getValue(), out, true);
            out.append('"');
        }
        NodeList kids = e.getChildNodes();
        if (kids.getLength() == 0) {
            out.append("/>");
            return;
        }
        out.append('>');
        boolean block = blockish(e);
        for (int i = 0; i < kids.getLength(); i++) {
            Node k = kids.item(i);
            switch (k.getNodeType()) {
                case Node.ELEMENT_NODE -> {
                    if (block) {
                        indent(out, depth + 1);
                    }
                    element((Element) k, out, depth + 1, false);
                }
                case Node.CDATA_SECTION_NODE -> out.append("<![CDATA[").append(k.getNodeValue()).append("]]>");
                case Node.TEXT_NODE -> escape(k.getNodeValue(), out, false);
                default -> {
                }
            }
        }
        if (block) {
            indent(out, depth);
        }
        out.append("</").append(name).append('>');
    }

    private static void indent(StringBuilder out, int depth) {
        out.append(depth < INDENT.length ? INDENT[depth] : "\n" + "  ".repeat(depth));
    }

    /** Elements whose children go on lines of their own: those holding only elements, but not text. */
    private static boolean blockish(Element e) {
        String n = e.getTagName();
        if (n.equals("text") || n.equals("title") || n.equals("desc") || n.equals("style") || n.equals("tspan")) {
            return false;
        }
        NodeList kids = e.getChildNodes();
        for (int i = 0; i < kids.getLength(); i++) {
            if (kids.item(i).getNodeType() != Node.ELEMENT_NODE) {
                return false;
            }
        }
        return true;
    }

    private static void escape(String s, StringBuilder out, boolean attr) {
        int clean = 0;
        while (clean < s.length()) { // most values need no escaping: copy them whole
            char c = s.charAt(clean);
            if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '"') {
                break;
            }
            clean++;
        }
        out.append(s, 0, clean);
        for (int i = clean; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append(attr ? "&quot;" : "\"");
                case '\n' -> out.append(attr ? "&#10;" : "\n");
                case '\t' -> out.append(attr ? "&#9;" : "\t");
                case '\r' -> out.append("&#13;");
                default -> {
                    if (c < 0x20) {
                        out.append(' ');  // not allowed in XML 1.0
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
