package org.argmap.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.argmap.layout.LaidOutDiagram.LaidCluster;
import org.argmap.layout.LaidOutDiagram.LaidEdge;
import org.argmap.layout.LaidOutDiagram.LaidNode;

/**
 * Packing separately laid-out parts of a diagram into rows, towards a page: what both layered
 * layouts do with a map of many sources (or of one source in many unconnected parts), which
 * would otherwise be one strip as wide as all the parts together (200 sources side by side:
 * 1,226,423 × 2,566 px).
 *
 * <p>The rule, the same everywhere: parts go into rows in their order, a row ending when the next
 * part would make it wider than the widest part or than a page of aspect {@link #PAGE_ASPECT}
 * (width over height) of the parts' total area holds, whichever is wider. Parts of similar size
 * thus make a block near that aspect; a part wider than that page is a row of its own. Cost:
 * linear in the parts.
 */
final class Packing {
    /** Width over height of the area parts are packed into: a landscape page. */
    static final double PAGE_ASPECT = 1.6;

    private Packing() {
    }

    /** A laid-out part, from (0, 0) to (w, h). */
    record Part(double w, double h, List<LaidNode> nodes, List<LaidEdge> edges, List<LaidCluster> clusters) {
    }

    /**
     * Assigns parts of the given sizes to rows, in order (see the class comment).
     *
     * @param w the parts' widths
     * @param h the parts' heights
     * @param gapX the space between two parts of a row
     * @param gapY the space between two rows
     * @return per row, the indices of its parts, in order
     */
    static List<List<Integer>> rows(double[] w, double[] h, double gapX, double gapY) {
        double area = 0;
        double widest = 0;
        for (int i = 0; i < w.length; i++) {
            area += (w[i] + gapX) * (h[i] + gapY);
            widest = Math.max(widest, w[i]);
        }
        double rowLimit = Math.max(widest, Math.sqrt(area * PAGE_ASPECT));
        List<List<Integer>> rows = new ArrayList<>();
        List<Integer> row = new ArrayList<>();
        double x = 0;
        for (int i = 0; i < w.length; i++) {
            if (x > 0 && x + w[i] > rowLimit) {
                rows.add(row);
                row = new ArrayList<>();
                x = 0;
            }
            row.add(i);
            x += w[i] + gapX;
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    /**
     * Places parts in the given rows: each row left-aligned, as high as its highest part, rows
     * {@code gapY} apart. The nodes, edges and clusters come back in the order of {@code d}.
     */
    static Part place(Diagram d, List<Part> parts, List<List<Integer>> rows, double gapX, double gapY) {
        Map<String, LaidNode> nodes = new LinkedHashMap<>();
        Map<String, LaidEdge> edges = new LinkedHashMap<>();
        Map<String, LaidCluster> clusters = new LinkedHashMap<>();
        double y = 0;
        double width = 0;
        double bottom = 0;
        for (List<Integer> row : rows) {
            double x = 0;
            double rowH = 0;
            for (int i : row) {
                Part p = parts.get(i);
                double dx = x;
                double dy = y;
                p.nodes().forEach(n -> nodes.put(n.node().id(), shift(n, dx, dy)));
                p.edges().forEach(e -> edges.put(e.edge().id(), shift(e, dx, dy)));
                p.clusters().forEach(c -> clusters.put(c.cluster().id(), shift(c, dx, dy)));
                width = Math.max(width, x + p.w());
                rowH = Math.max(rowH, p.h());
                x += p.w() + gapX;
            }
            bottom = y + rowH;
            y += rowH + gapY;
        }
        return new Part(Math.ceil(width), Math.ceil(bottom),
                d.nodes().stream().map(n -> nodes.get(n.id())).toList(),
                d.edges().stream().map(e -> edges.get(e.id())).filter(e -> e != null).toList(),
                d.clusters().stream().map(c -> clusters.get(c.id())).filter(c -> c != null).toList());
    }

    static LaidNode shift(LaidNode n, double dx, double dy) {
        return new LaidNode(n.node(), n.box().shift(dx, dy), n.lines().stream().map(l -> l.shift(dx, dy)).toList());
    }

    static LaidEdge shift(LaidEdge e, double dx, double dy) {
        return new LaidEdge(e.edge(), e.points().stream().map(p -> p.shift(dx, dy)).toList());
    }

    static LaidCluster shift(LaidCluster c, double dx, double dy) {
        return new LaidCluster(c.cluster(), c.box().shift(dx, dy), c.lines().stream().map(l -> l.shift(dx, dy)).toList());
    }

    /**
     * The diagram's groups: sets of nodes that no edge joins to another set, a cluster's nodes
     * always in one group (so a source in unconnected parts stays one frame). Each group is a
     * diagram of its own (its nodes and edges in model order, its clusters in the diagram's
     * order, no title or legend); the groups are in the order of their first node, then each
     * cluster without nodes as a group of its own. Cost: near
     * linear (union-find).
     */
    static List<Diagram> groups(Diagram d) {
        int n = d.nodes().size();
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(d.nodes().get(i).id(), i);
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        Map<String, Integer> firstOfCluster = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            String c = d.nodes().get(i).cluster();
            if (c != null) {
                Integer f = firstOfCluster.putIfAbsent(c, i);
                if (f != null) {
                    union(parent, f, i);
                }
            }
        }
        for (Diagram.Edge e : d.edges()) {
            union(parent, index.get(e.from()), index.get(e.to()));
        }
        Map<Integer, List<Diagram.Node>> nodesOf = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            nodesOf.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(d.nodes().get(i));
        }
        Map<Integer, List<Diagram.Edge>> edgesOf = new java.util.HashMap<>();
        for (Diagram.Edge e : d.edges()) {
            edgesOf.computeIfAbsent(find(parent, index.get(e.from())), k -> new ArrayList<>()).add(e);
        }
        List<Diagram> out = new ArrayList<>();
        java.util.Set<String> used = new java.util.HashSet<>(firstOfCluster.keySet());
        for (var g : nodesOf.entrySet()) {
            java.util.Set<String> cl = new java.util.HashSet<>();
            g.getValue().forEach(x -> {
                if (x.cluster() != null) {
                    cl.add(x.cluster());
                }
            });
            out.add(new Diagram(d.title(), null, null, d.direction(), g.getValue(),
                    edgesOf.getOrDefault(g.getKey(), List.of()),
                    d.clusters().stream().filter(c -> cl.contains(c.id())).toList(), List.of()));
        }
        for (Diagram.Cluster c : d.clusters()) { // a cluster without nodes is still a frame
            if (!used.contains(c.id())) {
                out.add(new Diagram(d.title(), null, null, d.direction(), List.of(), List.of(), List.of(c), List.of()));
            }
        }
        return out;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb); // the root is the group's first node
        }
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
