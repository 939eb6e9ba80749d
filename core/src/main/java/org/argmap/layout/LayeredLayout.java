package org.argmap.layout;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.argmap.layout.Diagram.Role;
import org.argmap.layout.LaidOutDiagram.Box;
import org.argmap.layout.LaidOutDiagram.LaidCluster;
import org.argmap.layout.LaidOutDiagram.LaidEdge;
import org.argmap.layout.LaidOutDiagram.LaidNode;
import org.argmap.layout.LaidOutDiagram.Line;
import org.argmap.layout.LaidOutDiagram.Point;
import org.eclipse.elk.alg.layered.options.CrossingMinimizationStrategy;
import org.eclipse.elk.alg.layered.options.FixedAlignment;
import org.eclipse.elk.alg.layered.options.GreedySwitchType;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * A layered (Sugiyama-style) layout by Eclipse ELK's {@code org.eclipse.elk.layered}: nodes in
 * layers along the diagram's direction, crossings minimised by layer sweeps, nodes placed by
 * Brandes-Köpf, edges routed orthogonally between the layers so that they pass around nodes. Each
 * cluster is an ELK hierarchical node laid out together with its contents
 * ({@code hierarchyHandling=INCLUDE_CHILDREN}), so edges between clusters are routed too; a
 * cluster's top padding holds its title.
 *
 * <p>Clusters that no edge joins (sources that share no relation) are laid out apart, one ELK
 * run per group of joined clusters, and packed in rows towards a page ({@link Packing}); ELK
 * itself would set them side by side in one row. When ELK layers joined clusters into a strip
 * (sources answering each other in a chain stack up into a tower) of more than 2.5:1, the
 * automatic choice (a threshold below {@link Integer#MAX_VALUE}) takes the banded layout's rows
 * instead, if they are nearer square.
 *
 * <p>Node sizes come from the text wrapped with real font metrics ({@link TextMeasurer}). Model
 * order is the diagram's order, and ELK's random seed is fixed: the same diagram always
 * gives the same geometry.
 *
 * <p>A diagram of more than {@link #LARGE} nodes that flows up or down goes to the
 * {@link BandedLayeredLayout} instead (unless the threshold given to the constructor says
 * otherwise): on a cold JVM ELK spends about a second on 1,000 nodes, mostly loading and
 * interpreting its own code, the banded layout a tenth of that. Cost otherwise: ELK layered is
 * roughly O(n·e) per sweep; for horizontal diagrams above {@link #LARGE} nodes cheaper strategies
 * are used, chosen by profiling ELK's phases on a 1,000-claim map: one crossing-minimisation sweep
 * (thoroughness 1) without the greedy switch, and Brandes-Köpf computing one alignment (left-up)
 * instead of balancing four; this took the layout of 1,000 claims from about 1.3 s to under 0.3 s.
 */
public final class LayeredLayout implements DiagramLayout {

    /** Node count above which a vertical diagram goes to the banded layout, a horizontal one to cheaper ELK settings. */
    public static final int LARGE = 300;

    private static final double CLUSTER_PAD = 14;
    /**
     * The most stretch (longer side over shorter) of ELK's drawing of several joined clusters
     * that {@code auto} keeps; beyond it the banded layout's rows are tried.
     */
    private static final double MAX_STRETCH = 2.5;
    /** The space between two groups of clusters packed in a row (ELK's space between components). */
    private static final double GROUP_GAP = 30;
    private static final boolean PROFILE = Boolean.getBoolean("argmap.layout.profile");

    private final TextMeasurer measurer;
    private final Shaping shaping;
    private final double nodeSpacing;
    private final double layerSpacing;
    private final BandedLayeredLayout banded;
    private final int bandedAbove;

    /** A layered layout with the standard typography and spacing. */
    public LayeredLayout() {
        this(new TextMeasurer(Typography.standard()), 22, 46);
    }

    /**
     * @param measurer measures text
     * @param nodeSpacing space between two nodes of one layer, in px
     * @param layerSpacing space between two layers, in px
     */
    public LayeredLayout(TextMeasurer measurer, double nodeSpacing, double layerSpacing) {
        this(measurer, nodeSpacing, layerSpacing, LARGE);
    }

    /**
     * @param measurer measures text
     * @param nodeSpacing space between two nodes of one layer, in px
     * @param layerSpacing space between two layers, in px
     * @param bandedAbove node count above which a vertical diagram goes to {@link BandedLayeredLayout}
     *     ({@link Integer#MAX_VALUE}: always ELK)
     */
    public LayeredLayout(TextMeasurer measurer, double nodeSpacing, double layerSpacing, int bandedAbove) {
        this.measurer = measurer;
        this.shaping = new Shaping(measurer);
        this.nodeSpacing = nodeSpacing;
        this.layerSpacing = layerSpacing;
        this.banded = new BandedLayeredLayout(measurer, nodeSpacing, layerSpacing);
        this.bandedAbove = bandedAbove;
    }

    public TextMeasurer measurer() {
        return measurer;
    }

    /** False when the diagram goes to the {@link BandedLayeredLayout}: a vertical one above the threshold. */
    public boolean usesElk(Diagram d) {
        return !(d.nodes().size() > bandedAbove && BandedLayeredLayout.suits(d));
    }

    @Override
    public LaidOutDiagram layout(Diagram d) {
        if (!usesElk(d)) {
            return banded.layout(d);
        }
        if (!d.clusters().isEmpty()) {
            // clusters that no edge joins are laid out apart and packed in rows (ELK would set them side by side)
            List<Diagram> groups = Packing.groups(d);
            if (groups.size() > 1) {
                List<Packing.Part> parts = new ArrayList<>();
                double[] w = new double[groups.size()];
                double[] h = new double[groups.size()];
                for (int g = 0; g < groups.size(); g++) {
                    parts.add(elk(groups.get(g)));
                    w[g] = parts.get(g).w();
                    h[g] = parts.get(g).h();
                }
                List<List<Integer>> rows = Packing.rows(w, h, GROUP_GAP, layerSpacing);
                if (rows.size() > 1) {
                    Packing.Part all = Packing.place(d, parts, rows, GROUP_GAP, layerSpacing);
                    return shaping.frame(d, all.w(), all.h(), all.nodes(), all.edges(), all.clusters());
                }
            }
        }
        Packing.Part b = elk(d);
        if (bandedAbove != Integer.MAX_VALUE && d.clusters().size() > 1 && BandedLayeredLayout.suits(d)
                && stretch(b.w(), b.h()) > MAX_STRETCH) {
            // clusters joined by edges, which ELK layered into a strip (a chain of sources, each
            // answering the one before, makes a tower): the banded layout packs them in rows
            LaidOutDiagram rows = banded.layout(d);
            if (stretch(rows.width(), rows.height()) < stretch(b.w(), b.h())) {
                return rows;
            }
        }
        return shaping.frame(d, b.w(), b.h(), b.nodes(), b.edges(), b.clusters());
    }

    /** How far a w × h area is from square: the longer side over the shorter. */
    private static double stretch(double w, double h) {
        return Math.max(w, h) / Math.max(1, Math.min(w, h));
    }

    /** ELK's layout of the diagram's body, from (0, 0). */
    private Packing.Part elk(Diagram d) {
        long t0 = System.nanoTime();
        ElkNode root = ElkGraphUtil.createGraph();
        boolean large = d.nodes().size() > LARGE;
        configure(root, d.direction(), large);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(0));
        if (!d.clusters().isEmpty()) {
            root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        }

        Map<String, ElkNode> clusterNodes = new HashMap<>();
        Map<String, List<Line>> clusterLines = new HashMap<>();
        for (Diagram.Cluster c : d.clusters()) {
            List<Line> lines = new ArrayList<>(shaping.lines(c.title(), Role.CLUSTER_TITLE, 420, CLUSTER_PAD, 10));
            if (c.subtitle() != null) {
                lines.addAll(shaping.lines(c.subtitle(), Role.CLUSTER_SUBTITLE, 420, CLUSTER_PAD,
                        Shaping.bottom(lines, 10) + 1));
            }
            double titleBottom = Shaping.bottom(lines, 10);
            ElkNode cn = ElkGraphUtil.createNode(root);
            cn.setIdentifier(c.id());
            configure(cn, d.direction(), large);
            cn.setProperty(CoreOptions.PADDING, new ElkPadding(titleBottom + 12, CLUSTER_PAD, CLUSTER_PAD, CLUSTER_PAD));
            cn.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
            cn.setProperty(CoreOptions.NODE_SIZE_MINIMUM,
                    new KVector(Math.ceil(Shaping.maxWidth(lines) + 2 * CLUSTER_PAD), titleBottom + 12 + CLUSTER_PAD));
            clusterNodes.put(c.id(), cn);
            clusterLines.put(c.id(), lines);
        }

        Map<String, ElkNode> elkNodes = new HashMap<>();
        Map<String, Shaping.Sized> sizes = new HashMap<>();
        for (Diagram.Node n : d.nodes()) {
            Shaping.Sized s = shaping.size(n);
            ElkNode parent = n.cluster() == null ? root : clusterNodes.get(n.cluster());
            ElkNode en = ElkGraphUtil.createNode(parent);
            en.setIdentifier(n.id());
            en.setDimensions(s.w(), s.h());
            elkNodes.put(n.id(), en);
            sizes.put(n.id(), s);
        }
        Map<ElkEdge, Diagram.Edge> edges = new IdentityHashMap<>();
        List<ElkEdge> edgeOrder = new ArrayList<>();
        for (Diagram.Edge e : d.edges()) {
            ElkNode a = elkNodes.get(e.reversed() ? e.to() : e.from());
            ElkNode b = elkNodes.get(e.reversed() ? e.from() : e.to());
            ElkEdge ee = ElkGraphUtil.createSimpleEdge(a, b);
            ee.setIdentifier(e.id());
            edges.put(ee, e);
            edgeOrder.add(ee);
        }

        long t1 = System.nanoTime();
        BasicProgressMonitor monitor = new BasicProgressMonitor().withExecutionTimeMeasurement(PROFILE);
        new RecursiveGraphLayoutEngine().layout(root, monitor);
        long t2 = System.nanoTime();
        if (PROFILE) {
            printPhases(monitor, 0);
        }

        List<LaidNode> laidNodes = new ArrayList<>();
        for (Diagram.Node n : d.nodes()) {
            ElkNode en = elkNodes.get(n.id());
            Point at = absolute(en);
            Shaping.Sized s = sizes.get(n.id());
            laidNodes.add(new LaidNode(n, new Box(at.x(), at.y(), en.getWidth(), en.getHeight()),
                    s.lines().stream().map(l -> l.shift(at.x(), at.y())).toList()));
        }
        List<LaidCluster> laidClusters = new ArrayList<>();
        for (Diagram.Cluster c : d.clusters()) {
            ElkNode cn = clusterNodes.get(c.id());
            Point at = absolute(cn);
            laidClusters.add(new LaidCluster(c, new Box(at.x(), at.y(), cn.getWidth(), cn.getHeight()),
                    clusterLines.get(c.id()).stream().map(l -> l.shift(at.x(), at.y())).toList()));
        }
        List<LaidEdge> laidEdges = new ArrayList<>();
        for (ElkEdge ee : edgeOrder) {
            Diagram.Edge e = edges.get(ee);
            List<Point> pts = route(ee);
            if (e.reversed()) {
                pts = new ArrayList<>(pts);
                java.util.Collections.reverse(pts);
            }
            laidEdges.add(new LaidEdge(e, pts));
        }
        Packing.Part out = new Packing.Part(root.getWidth(), root.getHeight(), laidNodes, laidEdges, laidClusters);
        if (PROFILE) {
            System.err.printf(java.util.Locale.ROOT, "build+measure %.1f ms, ELK %.1f ms, read back+frame %.1f ms%n",
                    (t1 - t0) / 1e6, (t2 - t1) / 1e6, (System.nanoTime() - t2) / 1e6);
        }
        return out;
    }

    /** ELK's phases with their times, on standard error (with {@code -Dargmap.layout.profile=true}). */
    private static void printPhases(org.eclipse.elk.core.util.IElkProgressMonitor m, int depth) {
        for (var sub : m.getSubMonitors()) {
            System.err.printf(java.util.Locale.ROOT, "%s%-50s %7.1f ms%n", "  ".repeat(depth), sub.getTaskName(),
                    sub.getExecutionTime() * 1000);
            printPhases(sub, depth + 1);
        }
    }

    private void configure(ElkNode n, Diagram.Direction dir, boolean large) {
        n.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        n.setProperty(CoreOptions.DIRECTION, switch (dir) {
            case UP -> Direction.UP;
            case DOWN -> Direction.DOWN;
            case LEFT -> Direction.LEFT;
            case RIGHT -> Direction.RIGHT;
        });
        n.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        n.setProperty(LayeredOptions.SPACING_NODE_NODE, nodeSpacing);
        n.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, layerSpacing);
        n.setProperty(LayeredOptions.SPACING_EDGE_NODE, 12.0);
        n.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);
        n.setProperty(LayeredOptions.SPACING_EDGE_EDGE, 8.0);
        n.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 8.0);
        n.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, 30.0);
        n.setProperty(LayeredOptions.RANDOM_SEED, 1);
        n.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, NodePlacementStrategy.BRANDES_KOEPF);
        n.setProperty(LayeredOptions.CROSSING_MINIMIZATION_STRATEGY, CrossingMinimizationStrategy.LAYER_SWEEP);
        if (large) {
            n.setProperty(LayeredOptions.THOROUGHNESS, 1);
            n.setProperty(LayeredOptions.CROSSING_MINIMIZATION_GREEDY_SWITCH_TYPE, GreedySwitchType.OFF);
            n.setProperty(LayeredOptions.CROSSING_MINIMIZATION_GREEDY_SWITCH_HIERARCHICAL_TYPE, GreedySwitchType.OFF);
            n.setProperty(LayeredOptions.NODE_PLACEMENT_BK_FIXED_ALIGNMENT, FixedAlignment.LEFTUP);
        }
    }

    /** The node's top-left corner in root coordinates. */
    private static Point absolute(ElkNode n) {
        double x = 0;
        double y = 0;
        for (ElkNode p = n; p != null && p.getParent() != null; p = p.getParent()) {
            x += p.getX();
            y += p.getY();
        }
        return new Point(x, y);
    }

    /** The edge's route in root coordinates: ELK gives it relative to the edge's containing node. */
    private static List<Point> route(ElkEdge e) {
        ElkNode container = e.getContainingNode();
        Point off = container == null ? new Point(0, 0) : absolute(container);
        List<Point> pts = new ArrayList<>();
        if (e.getSections().isEmpty()) {
            ElkNode a = ElkGraphUtil.connectableShapeToNode(e.getSources().get(0));
            ElkNode b = ElkGraphUtil.connectableShapeToNode(e.getTargets().get(0));
            Point pa = absolute(a);
            Point pb = absolute(b);
            pts.add(new Point(pa.x() + a.getWidth() / 2, pa.y() + a.getHeight() / 2));
            pts.add(new Point(pb.x() + b.getWidth() / 2, pb.y() + b.getHeight() / 2));
            return pts;
        }
        ElkEdgeSection s = e.getSections().get(0);
        pts.add(new Point(s.getStartX() + off.x(), s.getStartY() + off.y()));
        for (ElkBendPoint b : s.getBendPoints()) {
            pts.add(new Point(b.getX() + off.x(), b.getY() + off.y()));
        }
        pts.add(new Point(s.getEndX() + off.x(), s.getEndY() + off.y()));
        return pts;
    }
}
