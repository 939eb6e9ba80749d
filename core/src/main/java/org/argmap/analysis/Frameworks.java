package org.argmap.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
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
     */
    static Framework solve(String scope, List<String> arguments, List<Attack> allAttacks, boolean full) {
        Set<String> in = new HashSet<>(arguments);
        ArgumentationFramework.Builder b = ArgumentationFramework.builder();
        arguments.forEach(b::addArgument);
        List<Attack> attacks = new ArrayList<>();
        for (Attack a : allAttacks) {
            if (in.contains(a.from()) && in.contains(a.to())) {
                b.addAttack(a.from(), a.to());
                attacks.add(a);
            }
        }
        ArgumentationFramework af = b.build();
        SortedSet<String> grounded = ExtensionSolver.of(Semantics.GROUNDED).extensions(af).get(0);
        List<SortedSet<String>> preferred = ExtensionSolver.of(Semantics.PREFERRED).extensions(af);
        Extensions complete = full ? extensions(ExtensionSolver.of(Semantics.COMPLETE).extensions(af)) : null;
        Extensions stable = full ? extensions(ExtensionSolver.of(Semantics.STABLE).extensions(af)) : null;
        List<Status> statuses = new ArrayList<>();
        for (String a : arguments) {
            Label l = grounded.contains(a) ? Label.IN
                    : af.attackers(a).stream().anyMatch(grounded::contains) ? Label.OUT : Label.UNDEC;
            boolean cred = preferred.stream().anyMatch(e -> e.contains(a));
            boolean skep = preferred.stream().allMatch(e -> e.contains(a));
            statuses.add(new Status(a, l, cred, skep));
        }
        return new Framework(scope, arguments, attacks, List.copyOf(grounded), complete, extensions(preferred), stable, statuses);
    }

    private static Extensions extensions(List<SortedSet<String>> es) {
        List<List<String>> listed = es.stream().limit(Acceptability.LISTED_EXTENSIONS).map(List::copyOf).toList();
        return new Extensions(es.size(), listed);
    }
}
