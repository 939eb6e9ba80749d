package org.argmap.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.argmap.model.Corpus;
import org.argmap.model.Proposition;
import org.argmap.model.Relation;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.traverse.BreadthFirstIterator;

/**
 * The relations between propositions (entails, equivalent, contrary, contradicts) as an
 * implication graph over literals, the construction of 2-SAT (Aspvall, Plass and Tarjan, "A
 * linear-time algorithm for testing the truth of certain quantified boolean formulas", 1979):
 * two vertices per proposition, {@code P} and {@code not P}, and one {@link Implication} edge per
 * implication a relation yields (see the table in {@link Implication}). Every edge has its
 * contrapositive, so a path from {@code A} to {@code B} exists exactly when one from {@code not B}
 * to {@code not A} does.
 *
 * <p>Two commitments {@code A} and {@code B} are incompatible under the catalog exactly when
 * there is a path from {@code A} to {@code not B}; the path is the explanation. Paths are found
 * with {@link BFSShortestPath} (O(V + E)) and, when several are wanted, {@link YenKShortestPath}.
 */
public final class ImplicationGraph {

    private final Graph<Literal, Implication> graph;

    private ImplicationGraph(Graph<Literal, Implication> graph) {
        this.graph = new AsUnmodifiableGraph<>(graph);
    }

    /** Builds the implication graph of the corpus's catalog and relations between propositions. */
    public static ImplicationGraph of(Corpus corpus) {
        Graph<Literal, Implication> g = new DirectedPseudograph<>(null, null, false);
        for (Proposition p : corpus.propositions()) {
            g.addVertex(Literal.of(p.id()));
            g.addVertex(Literal.not(p.id()));
        }
        int[] index = {0};
        for (Relation r : corpus.relations()) {
            if (r.type().betweenClaims()) {
                continue;
            }
            Literal p = Literal.of(r.from());
            Literal q = Literal.of(r.to());
            if (!g.containsVertex(p) || !g.containsVertex(q)) {
                continue;
            }
            switch (r.type()) {
                case ENTAILS -> {
                    add(g, index, p, q, r, false);
                    add(g, index, q.negate(), p.negate(), r, true);
                }
                case EQUIVALENT -> {
                    add(g, index, p, q, r, false);
                    add(g, index, p.negate(), q.negate(), r, false);
                    add(g, index, q, p, r, false);
                    add(g, index, q.negate(), p.negate(), r, false);
                }
                case CONTRARY -> {
                    add(g, index, p, q.negate(), r, false);
                    add(g, index, q, p.negate(), r, false);
                }
                case CONTRADICTS -> {
                    add(g, index, p, q.negate(), r, false);
                    add(g, index, p.negate(), q, r, false);
                    add(g, index, q, p.negate(), r, false);
                    add(g, index, q.negate(), p, r, false);
                }
                default -> throw new IllegalStateException(r.type().toString());
            }
        }
        return new ImplicationGraph(g);
    }

    private static void add(Graph<Literal, Implication> g, int[] index, Literal a, Literal b, Relation r, boolean contra) {
        g.addEdge(a, b, new Implication(index[0]++, a, b, r, contra));
    }

    /** The graph, unmodifiable: literals in catalog order ({@code P} then {@code not P}). */
    public Graph<Literal, Implication> graph() {
        return graph;
    }

    /** True when the literal's proposition is in the catalog. */
    public boolean contains(Literal l) {
        return graph.containsVertex(l);
    }

    /**
     * A shortest chain from {@code from} to {@code to} (the empty chain when they are equal), or
     * empty when {@code to} does not follow from {@code from}. Breadth-first search, O(V + E).
     */
    public Optional<Chain> shortest(Literal from, Literal to) {
        if (from.equals(to)) {
            return Optional.of(new Chain(from, to, List.of()));
        }
        if (!contains(from) || !contains(to)) {
            return Optional.empty();
        }
        GraphPath<Literal, Implication> path = new BFSShortestPath<>(graph).getPath(from, to);
        return path == null ? Optional.empty() : Optional.of(new Chain(from, to, path.getEdgeList()));
    }

    /**
     * Up to {@code k} loopless chains from {@code from} to {@code to}, sorted by {@link Chain#ORDER}
     * (shortest first). Yen's algorithm; each step counts 1.
     */
    public List<Chain> chains(Literal from, Literal to, int k) {
        if (from.equals(to)) {
            return List.of(new Chain(from, to, List.of()));
        }
        if (!contains(from) || !contains(to) || shortest(from, to).isEmpty()) {
            return List.of();
        }
        List<Chain> out = new ArrayList<>();
        for (GraphPath<Literal, Implication> p : new YenKShortestPath<>(graph).getPaths(from, to, k)) {
            out.add(new Chain(from, to, p.getEdgeList()));
        }
        out.sort(Chain.ORDER);
        return List.copyOf(out);
    }

    /**
     * Everything the given literals commit to: the literals reachable from them, the start
     * literals included, in breadth-first order.
     */
    public Set<Literal> consequences(Collection<Literal> start) {
        List<Literal> known = start.stream().filter(this::contains).distinct().toList();
        Set<Literal> out = new LinkedHashSet<>();
        if (known.isEmpty()) {
            return out;
        }
        new BreadthFirstIterator<>(graph, known).forEachRemaining(out::add);
        return out;
    }

    /**
     * Literals that can never hold under the relations: those from which their own negation
     * follows (e.g. P when P entails Q and P is contrary to Q). In catalog order.
     */
    public List<Literal> impossible() {
        List<Literal> out = new ArrayList<>();
        for (Literal l : graph.vertexSet()) {
            if (shortest(l, l.negate()).isPresent()) {
                out.add(l);
            }
        }
        return out;
    }

    /**
     * Propositions for which the relations are unsatisfiable: {@code P} and {@code not P} lie in
     * one strongly connected component, so each implies the other and no truth value fits (the
     * 2-SAT test; Kosaraju's algorithm, O(V + E)). In catalog order.
     */
    public List<String> inconsistent() {
        KosarajuStrongConnectivityInspector<Literal, Implication> scc = new KosarajuStrongConnectivityInspector<>(graph);
        List<Set<Literal>> sets = scc.stronglyConnectedSets();
        List<String> out = new ArrayList<>();
        for (Literal l : graph.vertexSet()) {
            if (l.positive()) {
                for (Set<Literal> s : sets) {
                    if (s.contains(l) && s.contains(l.negate())) {
                        out.add(l.proposition());
                    }
                }
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return "ImplicationGraph[" + graph.vertexSet().size() + " literals, " + graph.edgeSet().size() + " implications]";
    }
}
