package org.argmap.layout;

import java.util.ArrayList;
import java.util.List;
import org.argmap.layout.Diagram.Block;
import org.argmap.layout.Diagram.Role;
import org.argmap.layout.LaidOutDiagram.Box;
import org.argmap.layout.LaidOutDiagram.LaidCluster;
import org.argmap.layout.LaidOutDiagram.LaidEdge;
import org.argmap.layout.LaidOutDiagram.LaidNode;
import org.argmap.layout.LaidOutDiagram.Legend;
import org.argmap.layout.LaidOutDiagram.LegendItem;
import org.argmap.layout.LaidOutDiagram.Line;
import org.argmap.layout.LaidOutDiagram.Point;
import org.argmap.layout.Typography.Style;

/**
 * What every layout shares: wrapping a node's text into lines (each block, and each title, at
 * most {@link Typography#MAX_LINES} lines) and sizing its box, and framing a laid-out body with
 * the title above and the legend below.
 */
final class Shaping {
    /** Space around the whole drawing. */
    static final double MARGIN = 24;
    /** Space between the heading and the body, and the body and the legend. */
    static final double GAP = 18;
    static final double SAMPLE_W = 36;
    static final double SAMPLE_H = 14;

    private final TextMeasurer measurer;
    private final Typography type;

    Shaping(TextMeasurer measurer) {
        this.measurer = measurer;
        this.type = measurer.typography();
    }

    /** A node's size and its lines relative to its top-left corner. */
    record Sized(double w, double h, List<Line> lines) {
    }

    Sized size(Diagram.Node node) {
        double wrap = node.wrapWidth() > 0 ? node.wrapWidth() : type.defaultWrapWidth();
        double pad = node.blocks().isEmpty() ? 0 : type.padding();
        List<Line> lines = new ArrayList<>();
        double y = pad;
        double maxW = 0;
        boolean first = true;
        for (Block b : node.blocks()) {
            if (!first) {
                y += type.blockGap();
            }
            first = false;
            Style st = type.style(b.role());
            for (String text : measurer.wrap(b.text(), st, wrap, Typography.MAX_LINES)) {
                double w = measurer.width(text, st);
                lines.add(new Line(text, b.role(), pad, y + st.ascent(), w, y, st.lineHeight()));
                maxW = Math.max(maxW, w);
                y += st.lineHeight();
            }
        }
        double w = Math.max(node.minWidth(), Math.ceil(maxW + 2 * pad));
        double h = Math.max(node.minHeight(), Math.ceil(y + pad));
        double dy = Math.floor((h - (y + pad)) / 2);
        if (dy > 0) {
            lines.replaceAll(l -> l.shift(0, dy));
        }
        return new Sized(w, h, lines);
    }

    /** Lines of a title wrapped to a width, starting at (0, 0). */
    List<Line> lines(String text, Role role, double maxWidth, double x, double y) {
        List<Line> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        Style st = type.style(role);
        for (String t : measurer.wrap(text, st, maxWidth, Typography.MAX_LINES)) {
            out.add(new Line(t, role, x, y + st.ascent(), measurer.width(t, st), y, st.lineHeight()));
            y += st.lineHeight();
        }
        return out;
    }

    static double bottom(List<Line> lines, double otherwise) {
        return lines.isEmpty() ? otherwise : lines.get(lines.size() - 1).box().bottom();
    }

    static double maxWidth(List<Line> lines) {
        return lines.stream().mapToDouble(Line::width).max().orElse(0);
    }

    /**
     * Frames a body laid out from (0, 0) to (bodyW, bodyH): the heading above it, the legend below,
     * everything shifted by the margin.
     */
    LaidOutDiagram frame(Diagram d, double bodyW, double bodyH, List<LaidNode> nodes, List<LaidEdge> edges,
                         List<LaidCluster> clusters) {
        double textW = Math.max(bodyW, 560);
        List<Line> heading = new ArrayList<>(lines(d.title(), Role.TITLE, textW, MARGIN, MARGIN));
        double y = bottom(heading, MARGIN);
        if (d.subtitle() != null) {
            List<Line> sub = lines(d.subtitle(), Role.SUBTITLE, textW, MARGIN, y + 2);
            heading.addAll(sub);
            y = bottom(sub, y);
        }
        double bodyTop = y + GAP;
        double dx = MARGIN;
        double dy = bodyTop;
        List<LaidNode> n2 = nodes.stream().map(n -> new LaidNode(n.node(), n.box().shift(dx, dy),
                n.lines().stream().map(l -> l.shift(dx, dy)).toList())).toList();
        List<LaidEdge> e2 = edges.stream().map(e -> new LaidEdge(e.edge(),
                e.points().stream().map(p -> p.shift(dx, dy)).toList())).toList();
        List<LaidCluster> c2 = clusters.stream().map(c -> new LaidCluster(c.cluster(), c.box().shift(dx, dy),
                c.lines().stream().map(l -> l.shift(dx, dy)).toList())).toList();
        double bottom = bodyTop + bodyH;
        double width = Math.max(bodyW, maxWidth(heading));
        Legend legend = null;
        if (!d.legend().isEmpty()) {
            legend = legend(d, MARGIN, bottom + GAP, Math.max(bodyW, 560));
            bottom = legend.box().bottom();
            width = Math.max(width, legend.box().w());
        }
        return new LaidOutDiagram(d, Math.ceil(width + 2 * MARGIN), Math.ceil(bottom + MARGIN), heading, n2, e2, c2,
                legend);
    }

    /** Legend entries flowed into rows no wider than {@code maxW}, in a padded frame. */
    private Legend legend(Diagram d, double x0, double y0, double maxW) {
        double pad = 8;
        double gap = 22;
        Style st = type.style(Role.LEGEND);
        double rowH = Math.max(SAMPLE_H, st.lineHeight()) + 6;
        List<LegendItem> items = new ArrayList<>();
        double x = x0 + pad;
        double y = y0 + pad;
        double right = x;
        for (Diagram.LegendEntry e : d.legend()) {
            double lw = measurer.width(e.label(), st);
            double itemW = SAMPLE_W + 6 + lw;
            if (x > x0 + pad && x + itemW > x0 + maxW - pad) {
                x = x0 + pad;
                y += rowH;
            }
            Box sample = new Box(x, y + (rowH - SAMPLE_H) / 2, SAMPLE_W, SAMPLE_H);
            double top = y + (rowH - st.lineHeight()) / 2;
            items.add(new LegendItem(e, sample, new Line(e.label(), Role.LEGEND, x + SAMPLE_W + 6, top + st.ascent(),
                    lw, top, st.lineHeight())));
            right = Math.max(right, x + itemW);
            x += itemW + gap;
        }
        return new Legend(new Box(x0, y0, Math.ceil(right + pad - x0), Math.ceil(y + rowH + pad - y0)), items);
    }

    static Point point(double x, double y) {
        return new Point(x, y);
    }
}
