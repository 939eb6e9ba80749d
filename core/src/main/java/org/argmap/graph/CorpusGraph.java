package org.argmap.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.argmap.model.Claim;
import org.argmap.model.Corpus;
import org.argmap.model.Evidence;
import org.argmap.model.Proposition;
import org.argmap.model.Relation;
import org.argmap.model.RelationType;
import org.argmap.model.Source;
import org.argmap.model.Stance;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.graph.MaskSubgraph;

/**
 * The corpus as one typed, directed JGraphT multigraph: sources, claims, evidence and
 * propositions as {@link Vertex vertices}; authorship, quotes, stances and relations as
 * {@link Edge edges} (see {@link Edge} for the table of types). Built in corpus order, so vertex
 * and edge iteration is deterministic. Immutable once built; {@link #graph()} is an unmodifiable
 * view.
 *
 * <p>Relations whose ends are not in the corpus (the loader reports them) are left out. Building
 * costs O(V + E).
 */
public final class CorpusGraph {

    private final Corpus corpus;
    private final Graph<Vertex, Edge> graph;
    private final Map<String, Claim> claims;
    private final Map<String, Relation> relations;
    private final List<Edge> claimEdges;

    private CorpusGraph(Corpus corpus) {
        this.corpus = Objects.requireNonNull(corpus, "corpus");
        this.claims = corpus.claimsByRef();
        this.relations = new LinkedHashMap<>();
        for (Relation r : corpus.relations()) {
            relations.putIfAbsent(r.id(), r);
        }
        Graph<Vertex, Edge> g = new DirectedPseudograph<>(null, null, false);
        for (Source s : corpus.sources()) {
            g.addVertex(new Vertex.SourceVertex(s.id()));
        }
        for (Proposition p : corpus.propositions()) {
            g.addVertex(new Vertex.PropositionVertex(p.id()));
        }
        for (Claim c : claims.values()) {
            Vertex cv = new Vertex.ClaimVertex(c.ref());
            g.addVertex(cv);
            Vertex sv = new Vertex.SourceVertex(c.source());
            if (g.containsVertex(sv)) {
                g.addEdge(sv, cv, Edge.wrote());
            }
            for (Evidence e : c.evidence()) {
                Vertex ev = new Vertex.EvidenceVertex(e.id());
                g.addVertex(ev);
                g.addEdge(cv, ev, Edge.quotes(e));
            }
        }
        for (Claim c : claims.values()) {
            for (Stance s : c.stances()) {
                Vertex pv = new Vertex.PropositionVertex(s.proposition());
                if (g.containsVertex(pv)) {
                    g.addEdge(new Vertex.ClaimVertex(c.ref()), pv, Edge.stance(s));
                }
            }
        }
        List<Edge> ce = new ArrayList<>();
        for (Relation r : corpus.relations()) {
            if (r.type().betweenClaims()) {
                Vertex from = new Vertex.ClaimVertex(r.from());
                Relation target = r.type() == RelationType.UNDERCUTS ? relations.get(r.to()) : null;
                Vertex to = r.type() == RelationType.UNDERCUTS
                        ? (target == null ? null : new Vertex.ClaimVertex(target.from()))
                        : new Vertex.ClaimVertex(r.to());
                if (to != null && g.containsVertex(from) && g.containsVertex(to)) {
                    Edge e = Edge.relation(Edge.Type.valueOf(r.type().name()), r, target);
                    g.addEdge(from, to, e);
                    ce.add(e);
                }
            } else {
                Vertex from = new Vertex.PropositionVertex(r.from());
                Vertex to = new Vertex.PropositionVertex(r.to());
                if (g.containsVertex(from) && g.containsVertex(to)) {
                    g.addEdge(from, to, Edge.relation(Edge.Type.valueOf(r.type().name()), r, null));
                }
            }
        }
        this.claimEdges = List.copyOf(ce);
        this.graph = new AsUnmodifiableGraph<>(g);
    }

    /** Builds the graph of {@code corpus}. */
    public static CorpusGraph of(Corpus corpus) {
        return new CorpusGraph(corpus);
    }

    /** The corpus the graph was built from. */
    public Corpus corpus() {
        return corpus;
    }

    /** The graph itself, unmodifiable. */
    public Graph<Vertex, Edge> graph() {
        return graph;
    }

    /** The claim with reference {@code source/claim}, if any. */
    public Optional<Claim> claim(String ref) {
        return Optional.ofNullable(claims.get(ref));
    }

    /** The relation with this id, if any. */
    public Optional<Relation> relation(String id) {
        return Optional.ofNullable(relations.get(id));
    }

    /** The supports, attacks and undercuts between claims, in corpus order. */
    public List<Edge> claimRelations() {
        return claimEdges;
    }

    /** The origin claim of a claim-relation edge. */
    public Claim origin(Edge e) {
        return claims.get(graph.getEdgeSource(e).id());
    }

    /**
     * The claim a claim-relation edge points at: for supports and attacks the target claim, for
     * an undercut the origin claim of the relation undercut.
     */
    public Claim destination(Edge e) {
        return claims.get(graph.getEdgeTarget(e).id());
    }

    /** The stance edges into a proposition, in corpus order. */
    public List<Stance> stancesOn(String proposition) {
        Vertex pv = new Vertex.PropositionVertex(proposition);
        if (!graph.containsVertex(pv)) {
            return List.of();
        }
        return graph.incomingEdgesOf(pv).stream().filter(e -> e.type() == Edge.Type.STANCE).map(Edge::stance).toList();
    }

    /**
     * Circular support: sets of two or more claims each of which supports, directly or through
     * the others, every other one (the non-trivial strongly connected components of the support
     * subgraph, by Kosaraju's algorithm, O(V + E)). Each set is sorted; the list is sorted by its
     * first member.
     */
    public List<List<String>> supportCycles() {
        Graph<Vertex, Edge> supports = new MaskSubgraph<>(graph, v -> v.kind() != Vertex.Kind.CLAIM,
                e -> e.type() != Edge.Type.SUPPORTS);
        List<List<String>> out = new ArrayList<>();
        for (Set<Vertex> scc : new KosarajuStrongConnectivityInspector<>(supports).stronglyConnectedSets()) {
            if (scc.size() > 1) {
                out.add(scc.stream().map(Vertex::id).sorted().toList());
            }
        }
        out.sort(Comparator.comparing(l -> l.get(0)));
        return List.copyOf(out);
    }
}
