package org.argmap.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.argmap.layout.Diagram.Role;
import org.argmap.layout.LaidOutDiagram.Box;
import org.argmap.layout.LaidOutDiagram.LaidCluster;
import org.argmap.layout.LaidOutDiagram.LaidNode;
import org.argmap.layout.LaidOutDiagram.Line;

/**
 * A table: each node sits in the grid cell it names ({@link Diagram.Node#cell()}); a column is as
 * wide as its widest node, a row as high as its highest. Nodes of column 0 are left-aligned, others
 * centred; nodes of row 0 sit on the row's bottom, others are centred vertically. A cluster frames
 * the columns its nodes are in, with its title in a band above the table, and columns of different
 * clusters are set further apart. Edges are not drawn in a grid. Cost: linear in the nodes.
 */
public final class GridLayout implements DiagramLayout {

    private static final double COL_GAP = 10;
    private static final double ROW_GAP = 4;
    private static final double GROUP_GAP = 2 * 6 + 12;
    private static final double CLUSTER_PAD = 6;

    private final TextMeasurer measurer;
    private final Shaping shaping;

    public GridLayout() {
        this(new TextMeasurer(Typography.standard()));
    }

    public GridLayout(TextMeasurer measurer) {
        this.measurer = measurer;
        this.shaping = new Shaping(measurer);
    }

    public TextMeasurer measurer() {
        return measurer;
    }

    @Override
    public LaidOutDiagram layout(Diagram d) {
        Map<String, Shaping.Sized> sizes = new HashMap<>();
        TreeMap<Integer, Double> colW = new TreeMap<>();
        TreeMap<Integer, Double> rowH = new TreeMap<>();
        Map<Integer, String> colCluster = new HashMap<>();
        for (Diagram.Node n : d.nodes()) {
            if (n.cell() == null) {
                throw new IllegalArgumentException("node " + n.id() + " has no grid cell");
            }
            Shaping.Sized s = shaping.size(n);
            sizes.put(n.id(), s);
            colW.merge(n.cell().column(), s.w(), Math::max);
            rowH.merge(n.cell().row(), s.h(), Math::max);
            if (n.cluster() != null) {
                colCluster.putIfAbsent(n.cell().column(), n.cluster());
            }
        }
        // cluster title bands; a cluster's columns widen to hold its title
        Map<String, List<Line>> titles = new LinkedHashMap<>();
        double band = 0;
        for (Diagram.Cluster c : d.clusters()) {
            List<Integer> cols = colW.keySet().stream().filter(k -> c.id().equals(colCluster.get(k))).toList();
            if (cols.isEmpty()) {
                continue;
            }
            List<Line> lines = shaping.lines(c.title(), Role.CLUSTER_TITLE, 240, 0, 0);
            double need = Shaping.maxWidth(lines) + 2 * CLUSTER_PAD;
            double have = cols.stream().mapToDouble(colW::get).sum() + COL_GAP * (cols.size() - 1);
            if (need > have) {
                double extra = Math.ceil((need - have) / cols.size());
                cols.forEach(k -> colW.merge(k, extra, Double::sum));
            }
            titles.put(c.id(), lines);
            band = Math.max(band, Shaping.bottom(lines, 0) + 4);
        }
        Map<Integer, Double> colX = new HashMap<>();
        double x = colW.isEmpty() || colCluster.get(colW.firstKey()) == null ? 0 : CLUSTER_PAD;
        String prev = null;
        boolean firstCol = true;
        for (var e : colW.entrySet()) {
            String cl = colCluster.get(e.getKey());
            if (!firstCol) {
                x += (cl != null && !cl.equals(prev)) || (cl == null && prev != null) ? GROUP_GAP + COL_GAP : COL_GAP;
            }
            firstCol = false;
            colX.put(e.getKey(), x);
            x += e.getValue();
            prev = cl;
        }
        double width = x + (colW.isEmpty() || colCluster.get(colW.lastKey()) == null ? 0 : CLUSTER_PAD);
        Map<Integer, Double> rowY = new HashMap<>();
        double y = band > 0 ? band + CLUSTER_PAD : 0;
        boolean firstRow = true;
        for (var e : rowH.entrySet()) {
            if (!firstRow) {
                y += ROW_GAP;
            }
            firstRow = false;
            rowY.put(e.getKey(), y);
            y += e.getValue();
        }
        double height = y;
        int firstRowIndex = rowH.isEmpty() ? 0 : rowH.firstKey();
        int firstColIndex = colW.isEmpty() ? 0 : colW.firstKey();

        List<LaidNode> nodes = new ArrayList<>();
        for (Diagram.Node n : d.nodes()) {
            Shaping.Sized s = sizes.get(n.id());
            int c = n.cell().column();
            int r = n.cell().row();
            double nx = colX.get(c) + (c == firstColIndex ? 0 : Math.floor((colW.get(c) - s.w()) / 2));
            double ny = rowY.get(r) + (r == firstRowIndex ? rowH.get(r) - s.h() : Math.floor((rowH.get(r) - s.h()) / 2));
            nodes.add(new LaidNode(n, new Box(nx, ny, s.w(), s.h()),
                    s.lines().stream().map(l -> l.shift(nx, ny)).toList()));
        }
        List<LaidCluster> clusters = new ArrayList<>();
        for (Diagram.Cluster c : d.clusters()) {
            double left = Double.MAX_VALUE;
            double right = -Double.MAX_VALUE;
            for (var e : colW.entrySet()) {
                if (c.id().equals(colCluster.get(e.getKey()))) {
                    left = Math.min(left, colX.get(e.getKey()));
                    right = Math.max(right, colX.get(e.getKey()) + e.getValue());
                }
            }
            if (left > right) {
                continue;
            }
            double bx = left - CLUSTER_PAD;
            double bw = right - left + 2 * CLUSTER_PAD;
            List<Line> lines = titles.get(c.id());
            double tx = bx + Math.max(0, (bw - Shaping.maxWidth(lines)) / 2);
            clusters.add(new LaidCluster(c, new Box(bx, 0, bw, height + CLUSTER_PAD / 2),
                    lines.stream().map(l -> l.shift(tx, 0)).toList()));
        }
        return shaping.frame(d, width, height + (clusters.isEmpty() ? 0 : CLUSTER_PAD / 2), nodes, List.of(), clusters);
    }
}
