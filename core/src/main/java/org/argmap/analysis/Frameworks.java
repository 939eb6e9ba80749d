package org.argmap.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.argmap.analysis.Acceptability.Attack;
import org.argmap.analysis.Acceptability.Extensions;
import org.argmap.analysis.Acceptability.Framework;
import org.argmap.analysis.Acceptability.Label;
import org.argmap.analysis.Acceptability.Status;
import org.argmap.analysis.Acceptability.StatusChange;
import org.argmap.analysis.Contradiction.Kind;
import org.argmap.dung.ArgumentationFramework;
import org.argmap.dung.ExtensionSolver;
import org.argmap.dung.Semantics;
import org.argmap.graph.CorpusGraph;
import org.argmap.graph.Edge;
import org.argmap.model.Claim;
import org.argmap.model.Source;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.Pseudograph;

/** Builds the claim-level Dung framework (rules in {@link Acceptability}) and solves it. */
final class Frameworks {

    private Frameworks() {
    }

    /** The attacks of the whole corpus, each once, with the first reason found. */
    static List<Attack> attacks(CorpusGraph graph, List<Contradiction> contradictions) {
        Map<List<String>, Attack> out = new LinkedHashMap<>();
        for (Edge e : graph.claimRelations()) {
            String from = graph.origin(e).ref();
            String to = graph.destination(e).ref();
            if (e.type() == Edge.Type.ATTACKS) {
                out.putIfAbsent(List.of(from, to), new Attack(from, to, "attacks (relation " + e.relation().id() + ")"));
            } else if (e.type() == Edge.Type.UNDERCUTS) {
                out.putIfAbsent(List.of(from, to), new Attack(from, to, "undercuts relation " + e.target().id()));
            }
        }
        for (Contradiction c : contradictions) {
            if (c.kind() == Kind.ATTACK || c.basis() == Kind.ATTACK) {
                continue;
            }
            Contradiction.Side one = c.sides().get(0);
            Contradiction.Side two = c.sides().get(1);
            String reason = c.basis().word() + ": " + lit(one) + " / " + lit(two);
            for (CitedClaim a : one.claims()) {
                for (CitedClaim b : two.claims()) {
                    out.putIfAbsent(List.of(a.ref(), b.ref()), new Attack(a.ref(), b.ref(), reason));
                    out.putIfAbsent(List.of(b.ref(), a.ref()), new Attack(b.ref(), a.ref(), reason));
                }
            }
        }
        return List.copyOf(out.values());
    }

    private static String lit(Contradiction.Side s) {
        return (s.stance().equals("denies") ? "not " : "") + s.proposition();
    }

    static Acceptability of(CorpusGraph graph, List<Contradiction> contradictions) {
        List<String> all = graph.corpus().claims().stream().map(Claim::ref).toList();
        List<Attack> attacks = attacks(graph, contradictions);
        Framework corpus = solve("corpus", all, attacks, true);
        List<Framework> perSource = new ArrayList<>();
        List<StatusChange> changes = new ArrayList<>();
        for (Source s : graph.corpus().sources()) {
            List<String> mine = all.stream().filter(r -> r.startsWith(s.id() + "/")).toList();
            perSource.add(solve(s.id(), mine, attacks, true));
            List<String> others = all.stream().filter(r -> !r.startsWith(s.id() + "/")).toList();
            Framework without = solve("without " + s.id(), others, attacks, false);
            for (Status st : without.statuses()) {
                Status with = corpus.status(st.claim());
                if (!with.equals(st)) {
                    changes.add(new StatusChange(s.id(), st.claim(), with, st));
                }
            }
        }
        return new Acceptability(corpus, perSource, changes);
    }

    /**
     * Solves the framework induced by {@code arguments}: grounded and preferred always (they give
     * the statuses), complete and stable when {@code full}.
     *
     * <p>The framework is split into its weakly connected components (JGraphT's {@link
     * ConnectivityInspector} on the undirected attack graph) and each is solved alone: the
     * complete, preferred and stable extensions of a framework are exactly the unions of one
     * extension of each component, so counts multiply and statuses are decided per component.
     * This keeps independent disagreements from multiplying the search: twenty unrelated
     * two-claim conflicts have 3^20 complete extensions, but each component has three.
     * Extensions are listed only when there are at most {@link Acceptability#LISTED_EXTENSIONS}.
     */
    static Framework solve(String scope, List<String> arguments, List<Attack> allAttacks, boolean full) {
        Set<String> in = new HashSet<>(arguments);
        List<Attack> attacks = allAttacks.stream().filter(a -> in.contains(a.from()) && in.contains(a.to())).toList();
        Graph<String, DefaultEdge> undirected = new Pseudograph<>(DefaultEdge.class);
        arguments.forEach(undirected::addVertex);
        attacks.forEach(a -> undirected.addEdge(a.from(), a.to()));
        Map<String, Set<String>> componentOf = new HashMap<>();
        List<Set<String>> components = new ConnectivityInspector<>(undirected).connectedSets();
        components.forEach(c -> c.forEach(a -> componentOf.put(a, c)));

        Set<String> grounded = new TreeSet<>();
        List<List<SortedSet<String>>> preferred = new ArrayList<>();
        List<List<SortedSet<String>>> complete = new ArrayList<>();
        List<List<SortedSet<String>>> stable = new ArrayList<>();
        Map<Set<String>, List<SortedSet<String>>> preferredOf = new HashMap<>();
        Set<Set<String>> done = new HashSet<>();
        for (String first : arguments) {
            Set<String> comp = componentOf.get(first);
            if (!done.add(comp)) {
                continue;
            }
            ArgumentationFramework.Builder b = ArgumentationFramework.builder();
            arguments.stream().filter(comp::contains).forEach(b::addArgument);
            attacks.stream().filter(a -> comp.contains(a.from())).forEach(a -> b.addAttack(a.from(), a.to()));
            ArgumentationFramework af = b.build();
            grounded.addAll(ExtensionSolver.of(Semantics.GROUNDED).extensions(af).get(0));
            List<SortedSet<String>> pr = ExtensionSolver.of(Semantics.PREFERRED).extensions(af);
            preferred.add(pr);
            preferredOf.put(comp, pr);
            if (full) {
                complete.add(ExtensionSolver.of(Semantics.COMPLETE).extensions(af));
                stable.add(ExtensionSolver.of(Semantics.STABLE).extensions(af));
            }
        }
        Map<String, List<String>> attackers = new HashMap<>();
        attacks.forEach(a -> attackers.computeIfAbsent(a.to(), k -> new ArrayList<>()).add(a.from()));
        List<Status> statuses = new ArrayList<>();
        for (String a : arguments) {
            Label l = grounded.contains(a) ? Label.IN
                    : attackers.getOrDefault(a, List.of()).stream().anyMatch(grounded::contains) ? Label.OUT : Label.UNDEC;
            List<SortedSet<String>> pr = preferredOf.get(componentOf.get(a));
            statuses.add(new Status(a, l, pr.stream().anyMatch(e -> e.contains(a)), pr.stream().allMatch(e -> e.contains(a))));
        }
        return new Framework(scope, arguments, attacks, List.copyOf(grounded), full ? combine(complete) : null,
                combine(preferred), full ? combine(stable) : null, statuses);
    }

    /** The extensions of the whole from those of its components: count them, list them if few. */
    private static Extensions combine(List<List<SortedSet<String>>> parts) {
        long count = 1;
        for (List<SortedSet<String>> p : parts) {
            count = p.isEmpty() ? 0 : multiply(count, p.size());
        }
        if (count == 0 || count > Acceptability.LISTED_EXTENSIONS) {
            return new Extensions(count, List.of());
        }
        List<SortedSet<String>> all = new ArrayList<>(List.of(new TreeSet<>()));
        for (List<SortedSet<String>> p : parts) {
            List<SortedSet<String>> next = new ArrayList<>();
            for (SortedSet<String> x : all) {
                for (SortedSet<String> y : p) {
                    SortedSet<String> z = new TreeSet<>(x);
                    z.addAll(y);
                    next.add(z);
                }
            }
            all = next;
        }
        all.sort(ExtensionSolver.EXTENSION_ORDER);
        return new Extensions(count, all.stream().map(List::copyOf).toList());
    }

    private static long multiply(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

}
