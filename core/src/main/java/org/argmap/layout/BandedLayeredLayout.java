package org.argmap.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.argmap.layout.Diagram.Role;
import org.argmap.layout.LaidOutDiagram.Box;
import org.argmap.layout.LaidOutDiagram.LaidCluster;
import org.argmap.layout.LaidOutDiagram.LaidEdge;
import org.argmap.layout.LaidOutDiagram.LaidNode;
import org.argmap.layout.LaidOutDiagram.Line;
import org.argmap.layout.LaidOutDiagram.Point;

/**
 * A compact layered (Sugiyama) layout for large diagrams drawn top-down or bottom-up, in which
 * every cluster is a column (a band) of its own.
 *
 * <p>Why not ELK here: on a 1,000-node map ELK's layered algorithm spends about a second on a
 * cold JVM (with the EMF it builds on it is some 700 classes, so most of that second is class
 * loading and interpretation, not layout; warm it needs 0.15 s), which is most of a command-line
 * render. This class is the same pipeline in one class of array code, so it runs fast from the
 * first call:
 * <ol>
 *   <li><b>cycles</b>: a depth-first search in model order reverses the edges that close a cycle;</li>
 *   <li><b>layers</b>: longest path to a sink, so every conclusion without a further conclusion sits
 *       in the outermost layer (the top of an argument map) and each reason one layer further in;
 *       an edge spanning several layers passes through one dummy node per layer;</li>
 *   <li><b>order</b>: barycenter sweeps down and up the layers, nodes of one column kept together
 *       in the diagram's cluster order;</li>
 *   <li><b>coordinates</b>: per column and layer, the positions nearest to the mean of each node's
 *       neighbours that keep the order and the spacing (a weighted isotonic regression, solved
 *       exactly by pool-adjacent-violators), alternating down and up; then the columns are set
 *       side by side so that no column overlaps another;</li>
 *   <li><b>edges</b>: polylines through the dummies; the ports of one node side are spread in the
 *       order of the edges' other ends. A segment either runs vertically in a slot reserved for it
 *       in a layer or crosses the free space between two layers, so no edge passes through a
 *       node. When the edges' spans would need more than {@link #DUMMY_BUDGET_PER_ELEMENT} dummies
 *       per node and edge (a long chain of reasons that each also support the thesis needs
 *       quadratically many), the longest edges get no dummies and run in lanes of their own
 *       right of the drawing, along the free gaps between layers.</li>
 * </ol>
 * Deterministic (index order and stable sorts only). Cost: O((n + d) · k) for n nodes, d dummies
 * (at most {@value #DUMMY_BUDGET_PER_ELEMENT} per node and edge)
 * and a fixed number k of sweeps. Clusters become full-height columns with their titles in a band
 * at the top, which is what a comparison of sources side by side wants. A diagram without
 * clusters in several unconnected parts has each part laid out on its own and the parts packed in
 * rows to a landscape page (otherwise all their conclusions would share one very wide top layer);
 * a diagram of many clusters is packed the same way, a row of columns at a time, with the edges
 * between rows in lanes right of the rows ({@link Packing}). Rows cost a second layout of each
 * cluster alone, to learn its size.
 */
public final class BandedLayeredLayout implements DiagramLayout {

    private static final double CLUSTER_PAD = 14;
    private static final double COLUMN_GAP = 30;
    private static final double DUMMY_W = 2;
    private static final double EDGE_GAP = 8;
    private static final double EDGE_NODE_GAP = 12;
    private static final int ORDER_ROUNDS = 4;
    private static final int PLACE_ROUNDS = 6;
    /** Dummy nodes allowed per node and edge before the longest edges are routed round the side. */
    public static final int DUMMY_BUDGET_PER_ELEMENT = 20;

    private final Shaping shaping;
    private final double nodeSpacing;
    private final double layerSpacing;

    /** A layout with the standard typography and spacing. */
    public BandedLayeredLayout() {
        this(new TextMeasurer(Typography.standard()), 22, 46);
    }

    /**
     * @param measurer measures text
     * @param nodeSpacing space between two nodes of one layer, in px
     * @param layerSpacing space between two layers, in px
     */
    public BandedLayeredLayout(TextMeasurer measurer, double nodeSpacing, double layerSpacing) {
        this.shaping = new Shaping(measurer);
        this.nodeSpacing = nodeSpacing;
        this.layerSpacing = layerSpacing;
    }

    /** True when this layout can draw the diagram: its flow is vertical. */
    public static boolean suits(Diagram d) {
        return d.direction() == Diagram.Direction.UP || d.direction() == Diagram.Direction.DOWN;
    }

    @Override
    public LaidOutDiagram layout(Diagram d) {
        if (!suits(d)) {
            throw new IllegalArgumentException("a banded layout flows up or down, not " + d.direction());
        }
        if (d.clusters().isEmpty()) {
            List<Diagram> parts = Packing.groups(d);
            if (parts.size() > 1) {
                List<Packing.Part> bodies = new ArrayList<>();
                double[] pw = new double[parts.size()];
                double[] ph = new double[parts.size()];
                for (int p = 0; p < parts.size(); p++) {
                    Body b = new Run(parts.get(p)).body();
                    bodies.add(new Packing.Part(b.w(), b.h(), b.nodes(), b.edges(), b.clusters()));
                    pw[p] = b.w();
                    ph[p] = b.h();
                }
                Packing.Part all = Packing.place(d, bodies, Packing.rows(pw, ph, COLUMN_GAP, layerSpacing), COLUMN_GAP,
                        layerSpacing);
                return shaping.frame(d, all.w(), all.h(), all.nodes(), all.edges(), all.clusters());
            }
        } else {
            Body rows = inRows(d);
            if (rows != null) {
                return shaping.frame(d, rows.w(), rows.h(), rows.nodes(), rows.edges(), rows.clusters());
            }
        }
        Body b = new Run(d).body();
        return shaping.frame(d, b.w(), b.h(), b.nodes(), b.edges(), b.clusters());
    }

    /**
     * A laid-out body from (0, 0) to (w, h), before the title and legend frame it.
     *
     * @param channels the y of each free horizontal channel, ascending: the middle of each gap
     *     between two layers, and lines just above the first and below the last layer, which no
     *     node and no title crosses
     */
    private record Body(double w, double h, List<LaidNode> nodes, List<LaidEdge> edges, List<LaidCluster> clusters,
                        double[] channels) {
    }

    /**
     * A diagram of clusters in rows: each cluster (with the unclustered nodes that hang on it) is
     * laid out alone to learn its size, the clusters are assigned to rows as {@link Packing}
     * says (clusters that edges join kept next to each other), and each row is laid out as one
     * band of columns. An edge between two rows leaves its node into the free channel next to
     * it, runs right of all rows in a lane of its own and enters the other node from the channel
     * next to that one, so it crosses no node. Returns null when everything fits in one row.
     */
    private Body inRows(Diagram d) {
        int n = d.nodes().size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(d.nodes().get(i).id(), i);
        }
        // units: the clusters, in the order of their groups, each with its nodes
        Map<String, Integer> unitOfCluster = new java.util.LinkedHashMap<>();
        List<List<Integer>> unitNodes = new ArrayList<>();
        List<Diagram.Cluster> unitCluster = new ArrayList<>();
        int[] unit = new int[n];
        Arrays.fill(unit, -1);
        for (Diagram g : Packing.groups(d)) {
            for (Diagram.Cluster c : g.clusters()) {
                unitOfCluster.put(c.id(), unitNodes.size());
                unitNodes.add(new ArrayList<>());
                unitCluster.add(c);
            }
            if (g.clusters().isEmpty()) { // unclustered nodes that touch no cluster: a unit of their own
                for (Diagram.Node x : g.nodes()) {
                    unit[index.get(x.id())] = unitNodes.size();
                }
                unitNodes.add(new ArrayList<>());
                unitCluster.add(null);
            }
        }
        for (int i = 0; i < n; i++) {
            String c = d.nodes().get(i).cluster();
            if (c != null) {
                unit[i] = unitOfCluster.get(c);
            }
        }
        for (Diagram.Edge e : d.edges()) { // an unclustered node hangs on the cluster of its first neighbour
            int a = index.get(e.from());
            int b = index.get(e.to());
            if (unit[a] < 0 && unit[b] >= 0) {
                unit[a] = unit[b];
            } else if (unit[b] < 0 && unit[a] >= 0) {
                unit[b] = unit[a];
            }
        }
        for (int i = 0; i < n; i++) {
            if (unit[i] < 0) { // joined to the clusters only through other unclustered nodes
                unit[i] = 0;
            }
            unitNodes.get(unit[i]).add(i);
        }
        int units = unitNodes.size();
        if (units < 2) {
            return null;
        }
        double[] uw = new double[units];
        double[] uh = new double[units];
        for (int u = 0; u < units; u++) {
            int fu = u;
            Body b = new Run(sub(d, unitNodes.get(u), unitCluster.get(u) == null ? List.of() : List.of(unitCluster.get(u)),
                    x -> unit[x] == fu)).body();
            uw[u] = b.w();
            uh[u] = b.h();
        }
        List<List<Integer>> rows = Packing.rows(uw, uh, COLUMN_GAP, layerSpacing);
        if (rows.size() < 2) {
            return null;
        }
        int[] rowOf = new int[n];
        List<Body> bodies = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Integer> nodes = new ArrayList<>();
            List<Diagram.Cluster> clusters = new ArrayList<>();
            java.util.BitSet in = new java.util.BitSet(units);
            for (int u : rows.get(r)) {
                in.set(u);
                if (unitCluster.get(u) != null) {
                    clusters.add(unitCluster.get(u));
                }
            }
            for (int i = 0; i < n; i++) {
                if (in.get(unit[i])) {
                    nodes.add(i);
                    rowOf[i] = r;
                }
            }
            bodies.add(new Run(sub(d, nodes, clusters, x -> in.get(unit[x]))).body());
        }
        // the rows, top to bottom
        Map<String, LaidNode> laidNodes = new HashMap<>();
        Map<String, LaidEdge> laidEdges = new HashMap<>();
        List<LaidCluster> laidClusters = new ArrayList<>();
        double[] rowY = new double[rows.size()];
        double y = 0;
        double width = 0;
        double bottom = 0;
        for (int r = 0; r < rows.size(); r++) {
            Body b = bodies.get(r);
            double dy = y;
            rowY[r] = y;
            b.nodes().forEach(x -> laidNodes.put(x.node().id(), Packing.shift(x, 0, dy)));
            b.edges().forEach(x -> laidEdges.put(x.edge().id(), Packing.shift(x, 0, dy)));
            b.clusters().forEach(x -> laidClusters.add(Packing.shift(x, 0, dy)));
            width = Math.max(width, b.w());
            bottom = y + b.h();
            y += b.h() + layerSpacing;
        }
        // edges between rows: ports at the right of the node's side, lanes right of the rows
        List<Integer> cross = new ArrayList<>();
        for (int e = 0; e < d.edges().size(); e++) {
            Diagram.Edge edge = d.edges().get(e);
            if (rowOf[index.get(edge.from())] != rowOf[index.get(edge.to())]) {
                cross.add(e);
            }
        }
        Map<String, Integer> portCount = new HashMap<>();
        Map<String, Integer> portNext = new HashMap<>();
        for (int e : cross) {
            Diagram.Edge edge = d.edges().get(e);
            boolean down = rowOf[index.get(edge.from())] < rowOf[index.get(edge.to())];
            portCount.merge(edge.from() + (down ? "/bottom" : "/top"), 1, Integer::sum);
            portCount.merge(edge.to() + (down ? "/top" : "/bottom"), 1, Integer::sum);
        }
        double laneX0 = width + COLUMN_GAP / 2;
        int lane = 0;
        for (int e : cross) {
            Diagram.Edge edge = d.edges().get(e);
            int ra = rowOf[index.get(edge.from())];
            int rb = rowOf[index.get(edge.to())];
            boolean down = ra < rb;
            Box a = laidNodes.get(edge.from()).box();
            Box b = laidNodes.get(edge.to()).box();
            double[] cha = bodies.get(ra).channels();
            double[] chb = bodies.get(rb).channels();
            double pa = port(a, edge.from() + (down ? "/bottom" : "/top"), portCount, portNext);
            double pb = port(b, edge.to() + (down ? "/top" : "/bottom"), portCount, portNext);
            double ya = down ? a.bottom() : a.y();
            double yb = down ? b.y() : b.bottom();
            double ca = rowY[ra] + (down ? after(cha, a.bottom() - rowY[ra]) : before(cha, a.y() - rowY[ra]));
            double cb = rowY[rb] + (down ? before(chb, b.y() - rowY[rb]) : after(chb, b.bottom() - rowY[rb]));
            double lx = laneX0 + EDGE_GAP * lane++;
            laidEdges.put(edge.id(), new LaidEdge(edge, List.of(new Point(pa, ya), new Point(pa, ca), new Point(lx, ca),
                    new Point(lx, cb), new Point(pb, cb), new Point(pb, yb))));
        }
        if (lane > 0) {
            width = Math.ceil(laneX0 + (lane - 1) * EDGE_GAP + COLUMN_GAP / 2);
        }
        Map<String, LaidCluster> byId = new HashMap<>();
        laidClusters.forEach(c -> byId.put(c.cluster().id(), c));
        return new Body(Math.ceil(width), Math.ceil(bottom), d.nodes().stream().map(x -> laidNodes.get(x.id())).toList(),
                d.edges().stream().map(x -> laidEdges.get(x.id())).toList(),
                d.clusters().stream().map(c -> byId.get(c.id())).filter(c -> c != null).toList(), new double[0]);
    }

    /** The sub-diagram of the given nodes (model order) and clusters, with the edges whose both ends pass. */
    private static Diagram sub(Diagram d, List<Integer> nodes, List<Diagram.Cluster> clusters,
                               java.util.function.IntPredicate keep) {
        Map<String, Integer> index = new HashMap<>();
        for (int i : nodes) {
            index.put(d.nodes().get(i).id(), i);
        }
        List<Diagram.Edge> edges = d.edges().stream().filter(e -> index.containsKey(e.from()) && index.containsKey(e.to())
                && keep.test(index.get(e.from())) && keep.test(index.get(e.to()))).toList();
        return new Diagram(d.title(), null, null, d.direction(), nodes.stream().map(i -> d.nodes().get(i)).toList(),
                edges, clusters, List.of());
    }

    /** The x of the next port on a node's side for edges between rows: spread over its right fifth. */
    private static double port(Box b, String side, Map<String, Integer> count, Map<String, Integer> next) {
        int k = count.get(side);
        int j = next.merge(side, 1, Integer::sum) - 1;
        return b.x() + b.w() * (0.82 + 0.13 * (j + 0.5) / k);
    }

    /** The last channel above y. */
    private static double before(double[] channels, double y) {
        double best = channels[0];
        for (double c : channels) {
            if (c < y) {
                best = c;
            }
        }
        return best;
    }

    /** The first channel below y. */
    private static double after(double[] channels, double y) {
        for (double c : channels) {
            if (c > y) {
                return c;
            }
        }
        return channels[channels.length - 1];
    }

    /** The state of one layout: nodes (real ones first, then dummies) as parallel arrays. */
    private final class Run {
        private final Diagram d;
        private final int n;
        private final Shaping.Sized[] sized;
        private final Map<String, Integer> index = new HashMap<>();
        // columns: the diagram's clusters in order, then one for nodes outside any cluster
        private final int columns;
        private final int[] realColumn;

        // the layered graph (grown with dummies)
        private int count;
        private int[] column;
        private int[] layer;
        private double[] w;
        private double[] h;
        private int[][] preds;
        private int[][] succs;
        private final List<int[]> chains = new ArrayList<>(); // per edge: the nodes it passes, top to bottom
        private boolean[] flipped;                               // per edge: laid out against its drawing
        private boolean[] lane;                                  // per edge: routed round the side, no dummies

        private int[][] layers; // node indices per layer, in order
        private double[] x;     // centre, column-local until the columns are placed

        Run(Diagram d) {
            this.d = d;
            this.n = d.nodes().size();
            this.sized = new Shaping.Sized[n];
            Map<String, Integer> clusterIndex = new HashMap<>();
            for (Diagram.Cluster c : d.clusters()) {
                clusterIndex.put(c.id(), clusterIndex.size());
            }
            this.columns = d.clusters().size() + 1;
            this.realColumn = new int[n];
            for (int i = 0; i < n; i++) {
                Diagram.Node node = d.nodes().get(i);
                index.put(node.id(), i);
                sized[i] = shaping.size(node);
                realColumn[i] = node.cluster() == null ? columns - 1 : clusterIndex.get(node.cluster());
            }
        }

        Body body() {
            int[][] edges = orientEdges();
            int[] rank = layersByLongestPath(edges);
            buildLayeredGraph(edges, rank);
            order();
            place();
            return geometry();
        }

        /** The edges as (top, bottom) node pairs of an acyclic graph; self-loops stay as they are. */
        private int[][] orientEdges() {
            List<Diagram.Edge> es = d.edges();
            int m = es.size();
            int[][] out = new int[m][];
            flipped = new boolean[m];
            int[][] adjacency = adjacency(es);
            // depth-first search in model order: an edge to a node still on the stack closes a cycle
            int[] state = new int[n]; // 0 unseen, 1 on stack, 2 done
            int[] stack = new int[n];
            int[] next = new int[n];
            boolean[] backEdge = new boolean[m];
            for (int root = 0; root < n; root++) {
                if (state[root] != 0) {
                    continue;
                }
                int sp = 0;
                stack[sp++] = root;
                state[root] = 1;
                while (sp > 0) {
                    int v = stack[sp - 1];
                    if (next[v] < adjacency[v].length) {
                        int e = adjacency[v][next[v]++];
                        int t = target(es.get(e));
                        if (state[t] == 1) {
                            backEdge[e] = true;
                        } else if (state[t] == 0) {
                            state[t] = 1;
                            stack[sp++] = t;
                        }
                    } else {
                        state[v] = 2;
                        sp--;
                    }
                }
            }
            for (int e = 0; e < m; e++) {
                int a = source(es.get(e));
                int b = target(es.get(e));
                boolean back = backEdge[e] && a != b;
                out[e] = back ? new int[] {b, a} : new int[] {a, b};
                // a diagram edge is drawn from 'from' to 'to'; it is laid out from its source to its target
                flipped[e] = es.get(e).reversed() ^ back;
            }
            return out;
        }

        /** Per node, the indices of the edges leaving it in the layout's sense, in model order. */
        private int[][] adjacency(List<Diagram.Edge> es) {
            int[] deg = new int[n];
            for (Diagram.Edge e : es) {
                deg[source(e)]++;
            }
            int[][] adj = new int[n][];
            for (int i = 0; i < n; i++) {
                adj[i] = new int[deg[i]];
            }
            int[] fill = new int[n];
            for (int e = 0; e < es.size(); e++) {
                int s = source(es.get(e));
                adj[s][fill[s]++] = e;
            }
            return adj;
        }

        private int source(Diagram.Edge e) {
            return index.get(e.reversed() ? e.to() : e.from());
        }

        private int target(Diagram.Edge e) {
            return index.get(e.reversed() ? e.from() : e.to());
        }

        /**
         * Layer of each node: its longest path to a sink, counted from the last layer, so that all
         * sinks share the last layer. Layer 0 is the first in the flow.
         */
        private int[] layersByLongestPath(int[][] edges) {
            int[] outDeg = new int[n];
            List<List<Integer>> in = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                in.add(new ArrayList<>());
            }
            for (int[] e : edges) {
                if (e[0] != e[1]) {
                    outDeg[e[0]]++;
                    in.get(e[1]).add(e[0]);
                }
            }
            int[] height = new int[n];
            int[] queue = new int[n];
            int head = 0;
            int tail = 0;
            for (int i = 0; i < n; i++) {
                if (outDeg[i] == 0) {
                    queue[tail++] = i;
                }
            }
            while (head < tail) { // Kahn's order from the sinks backwards
                int v = queue[head++];
                for (int u : in.get(v)) {
                    height[u] = Math.max(height[u], height[v] + 1);
                    if (--outDeg[u] == 0) {
                        queue[tail++] = u;
                    }
                }
            }
            int max = 0;
            for (int i = 0; i < n; i++) {
                max = Math.max(max, height[i]);
            }
            int[] rank = new int[n];
            for (int i = 0; i < n; i++) {
                rank[i] = max - height[i];
            }
            return rank;
        }

        /** Adds a dummy node for each layer an edge passes; fills the arrays and the chains. */
        private void buildLayeredGraph(int[][] edges, int[] rank) {
            lane = new boolean[edges.length];
            long dummies = 0;
            for (int[] e : edges) {
                dummies += Math.max(0, rank[e[1]] - rank[e[0]] - 1);
            }
            // a map whose edges span many layers (a long chain of reasons, each also supporting the
            // thesis) would need a dummy per layer crossed, quadratically many: beyond a budget the
            // longest edges go round the side of the drawing instead
            long budget = DUMMY_BUDGET_PER_ELEMENT * (long) (n + edges.length);
            if (dummies > budget) {
                Integer[] bySpan = new Integer[edges.length];
                for (int e = 0; e < edges.length; e++) {
                    bySpan[e] = e;
                }
                Arrays.sort(bySpan, (p, q) -> {
                    int c = Integer.compare(rank[edges[q][1]] - rank[edges[q][0]], rank[edges[p][1]] - rank[edges[p][0]]);
                    return c != 0 ? c : Integer.compare(p, q);
                });
                for (int k = 0; k < bySpan.length && dummies > budget; k++) {
                    int e = bySpan[k];
                    int span = rank[edges[e][1]] - rank[edges[e][0]] - 1;
                    if (span <= 0) {
                        break;
                    }
                    lane[e] = true;
                    dummies -= span;
                }
            }
            int total = n + (int) dummies;
            column = new int[total];
            layer = new int[total];
            w = new double[total];
            h = new double[total];
            List<List<Integer>> p = new ArrayList<>(total);
            List<List<Integer>> s = new ArrayList<>(total);
            for (int i = 0; i < total; i++) {
                p.add(new ArrayList<>(2));
                s.add(new ArrayList<>(2));
            }
            for (int i = 0; i < n; i++) {
                column[i] = realColumn[i];
                layer[i] = rank[i];
                w[i] = sized[i].w();
                h[i] = sized[i].h();
            }
            count = n;
            for (int ei = 0; ei < edges.length; ei++) {
                int a = edges[ei][0];
                int b = edges[ei][1];
                if (a == b) {
                    chains.add(new int[] {a});
                    continue;
                }
                if (lane[ei]) { // no dummies, and no say in the ordering or the placement
                    chains.add(new int[] {a, b});
                    continue;
                }
                int[] chain = new int[rank[b] - rank[a] + 1];
                chain[0] = a;
                int prev = a;
                for (int l = rank[a] + 1; l < rank[b]; l++) {
                    int dn = count++;
                    column[dn] = column[a];
                    layer[dn] = l;
                    w[dn] = DUMMY_W;
                    chain[l - rank[a]] = dn;
                    s.get(prev).add(dn);
                    p.get(dn).add(prev);
                    prev = dn;
                }
                chain[chain.length - 1] = b;
                s.get(prev).add(b);
                p.get(b).add(prev);
                chains.add(chain);
            }
            preds = toArrays(p);
            succs = toArrays(s);
            int layerCount = 0;
            for (int i = 0; i < count; i++) {
                layerCount = Math.max(layerCount, layer[i] + 1);
            }
            int[] size = new int[layerCount];
            for (int i = 0; i < count; i++) {
                size[layer[i]]++;
            }
            layers = new int[layerCount][];
            for (int l = 0; l < layerCount; l++) {
                layers[l] = new int[size[l]];
            }
            int[] fill = new int[layerCount];
            for (int i = 0; i < count; i++) { // model order, then dummies in edge order
                layers[layer[i]][fill[layer[i]]++] = i;
            }
            for (int[] l : layers) {
                sortByColumn(l, null);
            }
        }

        private static int[][] toArrays(List<List<Integer>> lists) {
            int[][] out = new int[lists.size()][];
            for (int i = 0; i < out.length; i++) {
                out[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
            }
            return out;
        }

        /** Barycenter sweeps: each layer ordered by the mean position of its neighbours in the last one. */
        private void order() {
            double[] pos = new double[count];
            refreshPositions(pos);
            double[] key = new double[count];
            for (int round = 0; round < ORDER_ROUNDS; round++) {
                for (int l = 1; l < layers.length; l++) {
                    reorder(layers[l], preds, pos, key);
                }
                for (int l = layers.length - 2; l >= 0; l--) {
                    reorder(layers[l], succs, pos, key);
                }
            }
        }

        private void reorder(int[] lay, int[][] neighbours, double[] pos, double[] key) {
            for (int v : lay) {
                int[] nb = neighbours[v];
                if (nb.length == 0) {
                    key[v] = pos[v];
                } else {
                    double sum = 0;
                    for (int u : nb) {
                        sum += pos[u];
                    }
                    key[v] = sum / nb.length;
                }
            }
            sortByColumn(lay, key);
            for (int i = 0; i < lay.length; i++) {
                pos[lay[i]] = (double) i / Math.max(1, lay.length - 1);
            }
        }

        private void refreshPositions(double[] pos) {
            for (int[] lay : layers) {
                for (int i = 0; i < lay.length; i++) {
                    pos[lay[i]] = (double) i / Math.max(1, lay.length - 1);
                }
            }
        }

        /** Stable sort of a layer by column, then by key (when given). */
        private void sortByColumn(int[] lay, double[] key) {
            Integer[] boxed = new Integer[lay.length];
            for (int i = 0; i < lay.length; i++) {
                boxed[i] = lay[i];
            }
            Arrays.sort(boxed, (a, b) -> {
                int c = Integer.compare(column[a], column[b]);
                return c != 0 || key == null ? c : Double.compare(key[a], key[b]);
            });
            for (int i = 0; i < lay.length; i++) {
                lay[i] = boxed[i];
            }
        }

        /** Horizontal centres: per column and layer, nearest to the neighbours' mean within the spacing. */
        private void place() {
            x = new double[count];
            for (int[] lay : layers) { // packed start, column by column
                int from = 0;
                while (from < lay.length) {
                    int to = runEnd(lay, from);
                    double at = 0;
                    for (int i = from; i < to; i++) {
                        if (i > from) {
                            at += gap(lay[i - 1], lay[i]);
                        }
                        x[lay[i]] = at;
                    }
                    from = to;
                }
            }
            for (int round = 0; round < PLACE_ROUNDS; round++) {
                for (int l = 1; l < layers.length; l++) {
                    align(layers[l], preds, null);
                }
                for (int l = layers.length - 2; l >= 0; l--) {
                    align(layers[l], succs, null);
                }
            }
            for (int l = 0; l < layers.length; l++) {
                align(layers[l], preds, succs);
            }
        }

        /** The end (exclusive) of the run of one column's nodes starting at {@code from}. */
        private int runEnd(int[] lay, int from) {
            int to = from + 1;
            while (to < lay.length && column[lay[to]] == column[lay[from]]) {
                to++;
            }
            return to;
        }

        /** The least distance between the centres of two neighbours in a layer. */
        private double gap(int a, int b) {
            boolean da = a >= n;
            boolean db = b >= n;
            double space = da && db ? EDGE_GAP : da || db ? EDGE_NODE_GAP : nodeSpacing;
            return (w[a] + w[b]) / 2 + space;
        }

        /**
         * Moves each run of one column in the layer to the positions nearest (weighted least
         * squares) to the mean of its neighbours' centres, keeping order and spacing.
         */
        private void align(int[] lay, int[][] nbA, int[][] nbB) {
            int from = 0;
            while (from < lay.length) {
                int to = runEnd(lay, from);
                int len = to - from;
                double[] target = new double[len];
                double[] weight = new double[len];
                double offset = 0;
                for (int i = 0; i < len; i++) {
                    int v = lay[from + i];
                    if (i > 0) {
                        offset += gap(lay[from + i - 1], v);
                    }
                    double sum = 0;
                    int k = 0;
                    for (int u : nbA[v]) {
                        if (column[u] == column[v]) {
                            sum += x[u];
                            k++;
                        }
                    }
                    if (nbB != null) {
                        for (int u : nbB[v]) {
                            if (column[u] == column[v]) {
                                sum += x[u];
                                k++;
                            }
                        }
                    }
                    double want = k == 0 ? x[v] : sum / k;
                    target[i] = want - offset;
                    // dummies weigh more, so that long edges run straight and nodes make room
                    weight[i] = (v >= n ? 4 : 1) * (k == 0 ? 0.25 : 1);
                }
                double[] fit = isotonic(target, weight);
                offset = 0;
                for (int i = 0; i < len; i++) {
                    int v = lay[from + i];
                    if (i > 0) {
                        offset += gap(lay[from + i - 1], v);
                    }
                    x[v] = fit[i] + offset;
                }
                from = to;
            }
        }

        /** Weighted least-squares non-decreasing fit (pool adjacent violators). */
        private static double[] isotonic(double[] y, double[] wt) {
            int len = y.length;
            double[] mean = new double[len];
            double[] weight = new double[len];
            int[] size = new int[len];
            int blocks = 0;
            for (int i = 0; i < len; i++) {
                mean[blocks] = y[i];
                weight[blocks] = wt[i];
                size[blocks] = 1;
                blocks++;
                while (blocks > 1 && mean[blocks - 2] > mean[blocks - 1]) {
                    double ww = weight[blocks - 2] + weight[blocks - 1];
                    mean[blocks - 2] = (mean[blocks - 2] * weight[blocks - 2] + mean[blocks - 1] * weight[blocks - 1]) / ww;
                    weight[blocks - 2] = ww;
                    size[blocks - 2] += size[blocks - 1];
                    blocks--;
                }
            }
            double[] out = new double[len];
            int i = 0;
            for (int b = 0; b < blocks; b++) {
                for (int k = 0; k < size[b]; k++) {
                    out[i++] = mean[b];
                }
            }
            return out;
        }

        /** Columns side by side, layers top to bottom, then the boxes, lines and routes. */
        private Body geometry() {
            // column extents and titles
            double[] min = new double[columns];
            double[] max = new double[columns];
            Arrays.fill(min, Double.POSITIVE_INFINITY);
            Arrays.fill(max, Double.NEGATIVE_INFINITY);
            for (int i = 0; i < count; i++) {
                min[column[i]] = Math.min(min[column[i]], x[i] - w[i] / 2);
                max[column[i]] = Math.max(max[column[i]], x[i] + w[i] / 2);
            }
            List<List<Line>> titles = new ArrayList<>();
            double band = 0;
            for (Diagram.Cluster c : d.clusters()) {
                List<Line> lines = new ArrayList<>(shaping.lines(c.title(), Role.CLUSTER_TITLE, 420, CLUSTER_PAD, 10));
                if (c.subtitle() != null) {
                    lines.addAll(shaping.lines(c.subtitle(), Role.CLUSTER_SUBTITLE, 420, CLUSTER_PAD,
                            Shaping.bottom(lines, 10) + 1));
                }
                titles.add(lines);
                band = Math.max(band, Shaping.bottom(lines, 10) + 12);
            }
            double[] left = new double[columns];
            double[] boxW = new double[columns];
            double[] shift = new double[columns];
            double cursor = 0;
            for (int c = 0; c < columns; c++) {
                boolean framed = c < columns - 1;
                boolean empty = min[c] > max[c];
                if (!framed && empty) {
                    continue;
                }
                double content = empty ? 0 : max[c] - min[c];
                double pad = framed ? CLUSTER_PAD : 0;
                double titleW = framed ? Shaping.maxWidth(titles.get(c)) : 0;
                boxW[c] = Math.ceil(Math.max(content + 2 * pad, titleW + 2 * CLUSTER_PAD));
                left[c] = cursor;
                shift[c] = empty ? 0 : cursor + (boxW[c] - content) / 2 - min[c];
                cursor += boxW[c] + COLUMN_GAP;
            }
            double bodyW = Math.max(0, cursor - COLUMN_GAP);
            int lanes = 0;
            for (boolean l : lane) {
                lanes += l ? 1 : 0;
            }
            double laneX0 = bodyW + COLUMN_GAP / 2;
            if (lanes > 0) {
                bodyW = Math.ceil(laneX0 + (lanes - 1) * EDGE_GAP + COLUMN_GAP / 2);
            }
            for (int i = 0; i < count; i++) {
                x[i] += shift[column[i]];
            }
            // layers: each as high as its highest node, nodes centred in it
            double top = d.clusters().isEmpty() ? 0 : band;
            double[] rowTop = new double[layers.length];
            double[] rowH = new double[layers.length];
            double y = top;
            for (int l = 0; l < layers.length; l++) {
                for (int v : layers[l]) {
                    rowH[l] = Math.max(rowH[l], h[v]);
                }
                rowTop[l] = y;
                y += rowH[l] + layerSpacing;
            }
            double layersBottom = layers.length == 0 ? top : y - layerSpacing;
            double bodyH = layersBottom + (d.clusters().isEmpty() ? 0 : CLUSTER_PAD);
            boolean up = d.direction() == Diagram.Direction.UP;
            // mirrors the layers' band for a diagram that flows upwards
            java.util.function.DoubleUnaryOperator flip = v -> up ? top + layersBottom - v : v;

            double[] boxX = new double[n];
            double[] boxY = new double[n];
            List<LaidNode> nodes = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                double bx = x[i] - w[i] / 2;
                double byDown = rowTop[layer[i]] + Math.floor((rowH[layer[i]] - h[i]) / 2);
                double by = up ? flip.applyAsDouble(byDown + h[i]) : byDown;
                boxX[i] = bx;
                boxY[i] = by;
                double fx = bx;
                double fy = by;
                nodes.add(new LaidNode(d.nodes().get(i), new Box(bx, by, w[i], h[i]),
                        sized[i].lines().stream().map(l -> l.shift(fx, fy)).toList()));
            }
            List<LaidCluster> clusters = new ArrayList<>();
            for (int c = 0; c < d.clusters().size(); c++) {
                double cx = left[c];
                clusters.add(new LaidCluster(d.clusters().get(c), new Box(cx, 0, boxW[c], bodyH),
                        titles.get(c).stream().map(l -> l.shift(cx, 0)).toList()));
            }
            List<LaidEdge> edges = routes(rowTop, rowH, flip, up, boxX, boxY, laneX0);
            // free horizontal channels: between the title band and the first layer, between layers, under the last
            double[] channels = new double[layers.length + 1];
            channels[0] = top - 6;
            for (int l = 0; l + 1 < layers.length; l++) {
                channels[l + 1] = flip.applyAsDouble(rowTop[l] + rowH[l] + layerSpacing / 2);
            }
            channels[layers.length] = layersBottom + CLUSTER_PAD / 2;
            Arrays.sort(channels);
            return new Body(bodyW, bodyH, nodes, edges, clusters, channels);
        }

        /** Edge routes: ports spread along the node sides, polylines through the dummies. */
        private List<LaidEdge> routes(double[] rowTop, double[] rowH, java.util.function.DoubleUnaryOperator flip,
                                      boolean up, double[] boxX, double[] boxY, double laneX0) {
            int m = chains.size();
            // ports: per node, the edges leaving its far side (towards later layers) and entering its near side
            List<List<Integer>> outPorts = new ArrayList<>(n);
            List<List<Integer>> inPorts = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                outPorts.add(new ArrayList<>());
                inPorts.add(new ArrayList<>());
            }
            for (int e = 0; e < m; e++) {
                int[] chain = chains.get(e);
                if (chain.length > 1) {
                    outPorts.get(chain[0]).add(e);
                    inPorts.get(chain[chain.length - 1]).add(e);
                }
            }
            double[] startX = new double[m];
            double[] endX = new double[m];
            for (int v = 0; v < n; v++) { // an edge round the side leaves and enters on the right
                spread(outPorts.get(v), e -> lane[e] ? Double.POSITIVE_INFINITY : x[chains.get(e)[1]], v, startX);
                spread(inPorts.get(v), e -> lane[e] ? Double.POSITIVE_INFINITY : x[chains.get(e)[chains.get(e).length - 2]],
                        v, endX);
            }
            int laneIndex = 0;
            List<LaidEdge> out = new ArrayList<>(m);
            for (int e = 0; e < m; e++) {
                int[] chain = chains.get(e);
                Diagram.Edge edge = d.edges().get(e);
                List<Point> pts = new ArrayList<>();
                if (chain.length == 1) { // a self-loop: out of the right side and back in
                    int v = chain[0];
                    double r = boxX[v] + w[v];
                    double cy = boxY[v] + h[v] / 2;
                    pts.add(new Point(r, cy - 6));
                    pts.add(new Point(r + 14, cy - 6));
                    pts.add(new Point(r + 14, cy + 6));
                    pts.add(new Point(r, cy + 6));
                    out.add(new LaidEdge(edge, pts));
                    continue;
                }
                int a = chain[0];
                int b = chain[chain.length - 1];
                // in the downward frame: from a's bottom, through each dummy's layer, into b's top
                List<double[]> down = new ArrayList<>();
                double aBottom = rowTop[layer[a]] + Math.floor((rowH[layer[a]] - h[a]) / 2) + h[a];
                double bTop = rowTop[layer[b]] + Math.floor((rowH[layer[b]] - h[b]) / 2);
                down.add(new double[] {startX[e], aBottom});
                if (lane[e]) { // along the gap below a to its own lane right of everything, up it, and back to b
                    double below = rowTop[layer[a]] + rowH[layer[a]] + layerSpacing / 2;
                    double above = rowTop[layer[b]] - layerSpacing / 2;
                    double lx = laneX0 + EDGE_GAP * laneIndex++;
                    down.add(new double[] {startX[e], below});
                    down.add(new double[] {lx, below});
                    down.add(new double[] {lx, above});
                    down.add(new double[] {endX[e], above});
                    down.add(new double[] {endX[e], bTop});
                } else {
                    down.add(new double[] {startX[e], rowTop[layer[a]] + rowH[layer[a]]});
                    for (int k = 1; k < chain.length - 1; k++) {
                        int dn = chain[k];
                        down.add(new double[] {x[dn], rowTop[layer[dn]]});
                        down.add(new double[] {x[dn], rowTop[layer[dn]] + rowH[layer[dn]]});
                    }
                    down.add(new double[] {endX[e], rowTop[layer[b]]});
                    down.add(new double[] {endX[e], bTop});
                }
                for (double[] p : down) {
                    Point q = new Point(p[0], up ? flip.applyAsDouble(p[1]) : p[1]);
                    if (!pts.isEmpty() && pts.get(pts.size() - 1).equals(q)) {
                        continue;
                    }
                    int s = pts.size();
                    if (s >= 2 && pts.get(s - 1).x() == q.x() && pts.get(s - 2).x() == q.x()) {
                        pts.set(s - 1, q); // one vertical run, not two
                    } else {
                        pts.add(q);
                    }
                }
                if (pts.size() < 2) {
                    pts.add(pts.get(0));
                }
                if (flipped[e]) {
                    java.util.Collections.reverse(pts);
                }
                out.add(new LaidEdge(edge, pts));
            }
            return out;
        }

        /** Spreads the given edges' ports over the middle of node v's width, ordered by the other end. */
        private void spread(List<Integer> edges, java.util.function.IntToDoubleFunction otherEnd, int v, double[] into) {
            int k = edges.size();
            if (k == 0) {
                return;
            }
            Integer[] sorted = edges.toArray(new Integer[0]);
            Arrays.sort(sorted, (p, q) -> Double.compare(otherEnd.applyAsDouble(p), otherEnd.applyAsDouble(q)));
            double left = x[v] - w[v] / 2;
            for (int j = 0; j < k; j++) {
                into[sorted[j]] = k == 1 ? x[v] : left + w[v] * (0.2 + 0.6 * (j + 0.5) / k);
            }
        }
    }
}
