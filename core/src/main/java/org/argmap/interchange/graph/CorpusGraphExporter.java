package org.argmap.interchange.graph;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.argmap.model.Claim;
import org.argmap.model.Corpus;
import org.argmap.model.Proposition;
import org.argmap.model.Relation;
import org.argmap.model.RelationType;
import org.argmap.model.Stance;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * Builds a JGraphT graph of the corpus and writes it as GraphML or DOT.
 *
 * <p>Vertices: every claim ({@code kind=claim}), every proposition that a stance or relation
 * uses ({@code kind=proposition}), and, for each relation that is undercut, an inference vertex
 * ({@code kind=inference}) that splits it in two, so that the undercut has something to point at
 * (as an AIF RA-node does). Edges: relations ({@code type} = supports, attacks, undercuts,
 * contradicts, contrary, entails, equivalent) and stances ({@code type} = affirms, denies,
 * qualifies). Vertex attributes: {@code label}, {@code kind}, {@code source}, {@code claimKind},
 * {@code tags}, {@code quotes} (integer); edge attributes: {@code type}, {@code relation} (the
 * relation id), {@code implied} (boolean). Insertion order is corpus order, so output is
 * deterministic.
 */
public final class CorpusGraphExporter {

    /** A vertex; {@code id} is the claim reference, proposition id or {@code inference:<relation id>}. */
    public record Vertex(String id, String kind, String label, String source, String claimKind, String tags, int quotes) {
    }

    /**
     * An edge; {@code relation} is the relation id (null for stances). A class, not a record: edges
     * are distinct by identity, as two stances or the two halves of a split relation may look alike.
     */
    public static final class Edge {
        private final String type;
        private final String relation;
        private final boolean implied;

        public Edge(String type, String relation, boolean implied) {
            this.type = type;
            this.relation = relation;
            this.implied = implied;
        }

        public String type() {
            return type;
        }

        public String relation() {
            return relation;
        }

        public boolean implied() {
            return implied;
        }
    }

    private CorpusGraphExporter() {
    }

    /** The corpus as a directed pseudograph (parallel edges and loops allowed). */
    public static Graph<Vertex, Edge> graph(Corpus c) {
        Graph<Vertex, Edge> g = new DirectedPseudograph<>(null, null, false);
        Map<String, Vertex> v = new LinkedHashMap<>();
        for (Claim cl : c.claims()) {
            Vertex x = new Vertex(cl.ref(), "claim", cl.text(), cl.source(), cl.kind().word(), String.join(", ", cl.tags()),
                    cl.evidence().size());
            v.put(x.id(), x);
            g.addVertex(x);
        }
        Set<String> used = new HashSet<>();
        c.stances().forEach(s -> used.add(s.proposition()));
        c.relations().stream().filter(r -> !r.type().betweenClaims()).forEach(r -> {
            used.add(r.from());
            used.add(r.to());
        });
        for (Proposition p : c.propositions()) {
            if (used.contains(p.id())) {
                Vertex x = new Vertex(p.id(), "proposition", p.text(), "", "", String.join(", ", p.tags()), 0);
                v.put(x.id(), x);
                g.addVertex(x);
            }
        }
        for (Stance s : c.stances()) {
            g.addEdge(v.get(s.claimRef()), v.get(s.proposition()), new Edge(s.type().word(), null, s.implied()));
        }
        Set<String> undercut = new HashSet<>();
        c.relations().stream().filter(r -> r.type() == RelationType.UNDERCUTS).forEach(r -> undercut.add(r.to()));
        Map<String, Vertex> inference = new HashMap<>();
        for (Relation r : c.relations()) {
            if (undercut.contains(r.id())) {
                Vertex x = new Vertex("inference:" + r.id(), "inference", r.type().word() + " " + r.id(), "", "", "", 0);
                inference.put(r.id(), x);
                g.addVertex(x);
            }
        }
        for (Relation r : c.relations()) {
            Vertex from = v.get(r.from());
            Vertex to = r.type() == RelationType.UNDERCUTS ? inference.get(r.to()) : v.get(r.to());
            if (from == null || to == null) {
                continue;
            }
            Edge e = new Edge(r.type().word(), r.id(), false);
            Vertex mid = inference.get(r.id());
            if (mid != null) {
                g.addEdge(from, mid, e);
                g.addEdge(mid, to, new Edge(r.type().word(), r.id(), false));
            } else {
                g.addEdge(from, to, e);
            }
        }
        return g;
    }

    /** GraphML with typed {@code <key>} declarations for every attribute. */
    public static String graphml(Corpus c) {
        Graph<Vertex, Edge> g = graph(c);
        Map<Vertex, String> ids = ids(g);
        GraphMLExporter<Vertex, Edge> ex = new GraphMLExporter<>(ids::get);
        ex.setExportEdgeLabels(false);
        ex.setExportVertexLabels(false);
        ex.registerAttribute("label", AttributeCategory.NODE, AttributeType.STRING);
        ex.registerAttribute("kind", AttributeCategory.NODE, AttributeType.STRING);
        ex.registerAttribute("source", AttributeCategory.NODE, AttributeType.STRING);
        ex.registerAttribute("claimKind", AttributeCategory.NODE, AttributeType.STRING);
        ex.registerAttribute("tags", AttributeCategory.NODE, AttributeType.STRING);
        ex.registerAttribute("quotes", AttributeCategory.NODE, AttributeType.INT);
        ex.registerAttribute("ref", AttributeCategory.NODE, AttributeType.STRING);
        ex.registerAttribute("type", AttributeCategory.EDGE, AttributeType.STRING);
        ex.registerAttribute("relation", AttributeCategory.EDGE, AttributeType.STRING);
        ex.registerAttribute("implied", AttributeCategory.EDGE, AttributeType.BOOLEAN);
        ex.setVertexAttributeProvider(x -> {
            Map<String, Attribute> m = new LinkedHashMap<>();
            m.put("label", DefaultAttribute.createAttribute(x.label()));
            m.put("kind", DefaultAttribute.createAttribute(x.kind()));
            m.put("source", DefaultAttribute.createAttribute(x.source()));
            m.put("claimKind", DefaultAttribute.createAttribute(x.claimKind()));
            m.put("tags", DefaultAttribute.createAttribute(x.tags()));
            m.put("quotes", DefaultAttribute.createAttribute(x.quotes()));
            m.put("ref", DefaultAttribute.createAttribute(x.id()));
            return m;
        });
        Map<Edge, String> edgeIds = new HashMap<>();
        int n = 0;
        for (Edge e : g.edgeSet()) {
            edgeIds.put(e, "e" + (++n));
        }
        ex.setEdgeIdProvider(edgeIds::get);
        ex.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> m = new LinkedHashMap<>();
            m.put("type", DefaultAttribute.createAttribute(e.type()));
            if (e.relation() != null) {
                m.put("relation", DefaultAttribute.createAttribute(e.relation()));
            }
            m.put("implied", DefaultAttribute.createAttribute(e.implied()));
            return m;
        });
        StringWriter w = new StringWriter();
        ex.exportGraph(g, w);
        return w.toString();
    }

    /** Graphviz DOT: claims as boxes labelled with their reference and text, propositions as ellipses, inferences as points; edges coloured by type. */
    public static String dot(Corpus c) {
        Graph<Vertex, Edge> g = graph(c);
        Map<Vertex, String> ids = ids(g);
        DOTExporter<Vertex, Edge> ex = new DOTExporter<>(ids::get);
        ex.setGraphIdProvider(() -> "argmap");
        ex.setGraphAttributeProvider(() -> {
            Map<String, Attribute> m = new LinkedHashMap<>();
            m.put("rankdir", DefaultAttribute.createAttribute("BT"));
            return m;
        });
        ex.setVertexAttributeProvider(x -> {
            Map<String, Attribute> m = new LinkedHashMap<>();
            m.put("label", DefaultAttribute.createAttribute(wrap(x.kind().equals("claim") ? x.id() + "\n" + x.label() : x.label())));
            m.put("shape", DefaultAttribute.createAttribute(switch (x.kind()) {
                case "claim" -> "box";
                case "proposition" -> "ellipse";
                default -> "point";
            }));
            m.put("tooltip", DefaultAttribute.createAttribute(x.id()));
            return m;
        });
        ex.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> m = new LinkedHashMap<>();
            m.put("label", DefaultAttribute.createAttribute(e.type()));
            m.put("color", DefaultAttribute.createAttribute(color(e.type())));
            if (e.implied() || e.type().equals("undercuts")) {
                m.put("style", DefaultAttribute.createAttribute("dashed"));
            }
            return m;
        });
        StringWriter w = new StringWriter();
        ex.exportGraph(g, w);
        return w.toString();
    }

    private static String color(String type) {
        return switch (type) {
            case "supports", "affirms", "entails", "equivalent" -> "darkgreen";
            case "attacks", "undercuts", "denies", "contradicts", "contrary" -> "red3";
            default -> "gray40";
        };
    }

    /** Vertex ids {@code n1}, {@code n2}, ... in insertion order: valid in GraphML and DOT whatever the claim ids are. */
    private static Map<Vertex, String> ids(Graph<Vertex, Edge> g) {
        Map<Vertex, String> ids = new HashMap<>();
        int n = 0;
        for (Vertex x : g.vertexSet()) {
            ids.put(x, "n" + (++n));
        }
        return ids;
    }

    /** Breaks a label into lines of about 40 characters for drawing. */
    static String wrap(String s) {
        StringBuilder sb = new StringBuilder();
        int col = 0;
        for (String w : s.split(" ")) {
            if (col > 0 && col + w.length() > 40) {
                sb.append('\n');
                col = 0;
            } else if (col > 0) {
                sb.append(' ');
                col++;
            }
            sb.append(w);
            col += w.length();
        }
        return sb.toString();
    }
}
