package org.argmap.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Objects;
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
import org.argmap.dung.Acceptance;
import org.argmap.dung.Acceptance.Budget;
import org.argmap.dung.ArgumentationFramework;
import org.argmap.dung.Grounded;
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
        return of(graph, contradictions, Progress.NONE);
    }

    static Acceptability of(CorpusGraph graph, List<Contradiction> contradictions, Progress progress) {
        return of(graph, attacks(graph, contradictions), progress,
                new Budget(Acceptability.SAT_QUERIES, Acceptability.SAT_CONFLICTS));
    }

    /** With the attacks given and a budget of SAT queries. */
    static Acceptability of(CorpusGraph graph, List<Attack> attacks, Progress progress, Budget budget) {
        List<String> all = graph.corpus().claims().stream().map(Claim::ref).toList();
        Index index = new Index(all, attacks);
        int[] every = new int[all.size()];
        for (int i = 0; i < every.length; i++) {
            every[i] = i;
        }
        progress.stage("acceptability", 1 + 2L * graph.corpus().sources().size());
        Solved corpus = solve(index, "corpus", every, true, budget);
        progress.advance(1);
        List<Framework> perSource = new ArrayList<>();
        List<StatusChange> changes = new ArrayList<>();
        List<Acceptability.OpenChanges> open = new ArrayList<>();
        Budget changeBudget = new Budget(Acceptability.CHANGE_QUERIES, Acceptability.SAT_CONFLICTS);
        Map<String, int[]> bySource = new LinkedHashMap<>();
        graph.corpus().sources().forEach(s -> bySource.put(s.id(), index.of(s.id())));
        for (Source s : graph.corpus().sources()) {
            int[] mine = bySource.get(s.id());
            perSource.add(solve(index, s.id(), mine, true, budget).framework);
            progress.advance(1);
            // Only the components of the whole that hold a claim of s can change without it (the
            // others are the same frameworks); solve what is left of them.
            boolean[] touched = new boolean[corpus.componentCount];
            for (int a : mine) {
                touched[corpus.component[a]] = true;
            }
            List<Integer> rest = new ArrayList<>();
            Set<Integer> own = new HashSet<>();
            for (int a : mine) {
                own.add(a);
            }
            for (int a = 0; a < all.size(); a++) {
                if (touched[corpus.component[a]] && !own.contains(a)) {
                    rest.add(a);
                }
            }
            Solved without = solve(index, "without " + s.id(), rest.stream().mapToInt(Integer::intValue).toArray(), false,
                    changeBudget);
            List<Status> withoutStatuses = without.framework.statuses();
            int undecided = 0;
            for (int i = 0; i < rest.size(); i++) {
                Status st = withoutStatuses.get(i);
                Status with = corpus.framework.statuses().get(rest.get(i));
                boolean openHere = (st.credulous() == null || st.skeptical() == null) && st.grounded() == with.grounded();
                if (openHere) {
                    undecided++;
                } else if (changed(with, st)) {
                    changes.add(new StatusChange(s.id(), st.claim(), with, st));
                }
            }
            if (undecided > 0) {
                open.add(new Acceptability.OpenChanges(s.id(), undecided, "not decided: the SAT budget for the corpus"
                        + " without one source (" + Acceptability.CHANGE_QUERIES + " queries in all) ran out"));
            }
            progress.advance(1);
        }
        return new Acceptability(corpus.framework, perSource, changes, open);
    }

    /**
     * A status change is a different grounded label or a different preferred answer (credulous,
     * skeptical), as {@link Status#summary()} shows it; stable answers and open ones do not count.
     */
    private static boolean changed(Status a, Status b) {
        return a.grounded() != b.grounded() || !Objects.equals(a.credulous(), b.credulous())
                || !Objects.equals(a.skeptical(), b.skeptical());
    }

    /** The claims and attacks by index, built once per analysis. */
    private static final class Index {
        final List<String> names;
        final List<Attack> attacks;
        final int[] from;
        final int[] to;
        /** attacks by attacker, as indexes into {@link #attacks}. */
        final int[][] out;

        Index(List<String> names, List<Attack> attacks) {
            this.names = names;
            this.attacks = attacks;
            Map<String, Integer> idx = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                idx.put(names.get(i), i);
            }
            from = new int[attacks.size()];
            to = new int[attacks.size()];
            int[] degree = new int[names.size()];
            for (int k = 0; k < attacks.size(); k++) {
                from[k] = idx.get(attacks.get(k).from());
                to[k] = idx.get(attacks.get(k).to());
                degree[from[k]]++;
            }
            out = new int[names.size()][];
            for (int i = 0; i < out.length; i++) {
                out[i] = new int[degree[i]];
                degree[i] = 0;
            }
            for (int k = 0; k < attacks.size(); k++) {
                out[from[k]][degree[from[k]]++] = k;
            }
        }

        /** The claims of one source, in corpus order. */
        int[] of(String source) {
            String prefix = source + "/";
            return java.util.stream.IntStream.range(0, names.size()).filter(i -> names.get(i).startsWith(prefix)).toArray();
        }
    }

    private record Solved(Framework framework, int[] component, int componentCount) {
    }

    /**
     * Solves the framework induced by {@code members} (claim indexes in corpus order): grounded
     * labels, the preferred and stable answers of every claim ({@link Acceptance}), and when
     * {@code full} the complete, preferred and stable extensions, counted up to {@link
     * Acceptability#COUNTED_EXTENSIONS} per component and listed when few.
     *
     * <p>The framework is split into its weakly connected components (union-find over the attacks)
     * and each is solved alone: the complete, preferred and stable extensions of a framework are
     * exactly the unions of one extension of each component, so counts multiply and statuses are
     * decided per component. Within a component the grounded labelling settles what it can in
     * linear time and only the undecided rest goes to the SAT solver; a component the grounded
     * labelling settles entirely costs no query. Cost: linear in claims and attacks plus the SAT
     * queries, which the shared budget bounds.
     */
    private static Solved solve(Index index, String scope, int[] members, boolean full, Budget budget) {
        int n = index.names.size();
        int[] local = new int[n];
        Arrays.fill(local, -1);
        for (int i = 0; i < members.length; i++) {
            local[members[i]] = i;
        }
        int[] parent = new int[members.length];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        List<Integer> kept = new ArrayList<>();
        for (int a : members) {
            for (int k : index.out[a]) {
                if (local[index.to[k]] >= 0) {
                    kept.add(k);
                    union(parent, local[a], local[index.to[k]]);
                }
            }
        }
        kept.sort(null);
        List<Attack> attacks = new ArrayList<>(kept.size());
        kept.forEach(k -> attacks.add(index.attacks.get(k)));
        // components numbered in order of their first member
        int[] compOfLocal = new int[members.length];
        int[] rootNumber = new int[members.length];
        Arrays.fill(rootNumber, -1);
        int count = 0;
        for (int i = 0; i < members.length; i++) {
            int r = find(parent, i);
            if (rootNumber[r] < 0) {
                rootNumber[r] = count++;
            }
            compOfLocal[i] = rootNumber[r];
        }
        List<List<Integer>> comps = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            comps.add(new ArrayList<>());
        }
        for (int i = 0; i < members.length; i++) {
            comps.get(compOfLocal[i]).add(i);
        }
        List<List<Integer>> compAttacks = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            compAttacks.add(new ArrayList<>());
        }
        for (int k : kept) {
            compAttacks.get(compOfLocal[local[index.from[k]]]).add(k);
        }

        Status[] statuses = new Status[members.length];
        Set<String> grounded = new TreeSet<>();
        List<Listed> complete = new ArrayList<>();
        List<Listed> preferred = new ArrayList<>();
        List<Listed> stable = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            List<Integer> comp = comps.get(c);
            ArgumentationFramework.Builder b = ArgumentationFramework.builder();
            for (int i : comp) {
                b.addArgument(index.names.get(members[i]));
            }
            for (int k : compAttacks.get(c)) {
                b.addAttack(index.attacks.get(k).from(), index.attacks.get(k).to());
            }
            ArgumentationFramework af = b.build();
            // the statuses without one source are compared on grounded and preferred answers only
            Acceptance.Result r = Acceptance.of(af, budget, full);
            String why = r.exhausted() ? "not decided: the SAT budget (" + Acceptability.SAT_QUERIES + " queries of at most "
                    + Acceptability.SAT_CONFLICTS + " conflicts each) ran out, in a component of " + af.size()
                    + " claims and " + af.attackCount() + " attacks" : null;
            boolean settled = true;
            for (int j = 0; j < comp.size(); j++) {
                byte g = r.grounded()[j];
                Label label = g == Grounded.IN ? Label.IN : g == Grounded.OUT ? Label.OUT : Label.UNDEC;
                settled &= label != Label.UNDEC;
                if (label == Label.IN) {
                    grounded.add(af.arguments().get(j));
                }
                Boolean cp = r.credulousPreferred()[j];
                Boolean sp = r.skepticalPreferred()[j];
                Boolean cs = full ? r.credulousStable()[j] : null;
                Boolean ss = full ? r.skepticalStable()[j] : null;
                boolean open = cp == null || sp == null || full && (cs == null || ss == null);
                statuses[comp.get(j)] = new Status(af.arguments().get(j), label, cp, sp, cs, ss, open ? why : null);
            }
            if (full) {
                SortedSet<String> in = new TreeSet<>();
                for (int j = 0; j < comp.size(); j++) {
                    if (r.grounded()[j] == Grounded.IN) {
                        in.add(af.arguments().get(j));
                    }
                }
                complete.add(list(af, Semantics.COMPLETE, settled ? in : null, budget));
                preferred.add(list(af, Semantics.PREFERRED, settled ? in : null, budget));
                stable.add(list(af, Semantics.STABLE, settled ? in : null, budget));
            }
        }
        List<String> arguments = Arrays.stream(members).mapToObj(index.names::get).toList();
        int[] componentOfGlobal = new int[n];
        for (int i = 0; i < members.length; i++) {
            componentOfGlobal[members[i]] = compOfLocal[i];
        }
        Framework f = new Framework(scope, arguments, attacks, List.copyOf(grounded), full ? combine(complete) : null,
                full ? combine(preferred) : null, full ? combine(stable) : null, Arrays.asList(statuses));
        return new Solved(f, componentOfGlobal, count);
    }

    /** The extensions of one component, as sorted name sets, and whether that is all of them. */
    private record Listed(List<SortedSet<String>> extensions, boolean complete) {
    }

    /** {@code grounded}: the grounded extension when it labels every argument, else null. */
    private static Listed list(ArgumentationFramework af, Semantics s, SortedSet<String> grounded, Budget budget) {
        if (grounded != null) {
            // the grounded extension is the only complete, preferred and stable one
            return new Listed(List.of(grounded), true);
        }
        Acceptance.Listing l = Acceptance.extensions(af, s, Acceptability.COUNTED_EXTENSIONS, budget);
        return new Listed(l.extensions(), l.complete());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** The extensions of the whole from those of its components: count them, list them if few and exact. */
    private static Extensions combine(List<Listed> parts) {
        long count = 1;
        boolean exact = true;
        for (Listed p : parts) {
            if (p.complete() && p.extensions().isEmpty()) {
                return new Extensions(0, true, List.of()); // a component without extension: none at all
            }
            exact &= p.complete();
            count = multiply(count, p.extensions().size());
        }
        if (count == 0) {
            return new Extensions(0, false, List.of());
        }
        if (!exact || count > Acceptability.LISTED_EXTENSIONS) {
            return new Extensions(count, exact, List.of());
        }
        List<SortedSet<String>> all = new ArrayList<>(List.of(new TreeSet<>()));
        for (Listed p : parts) {
            List<SortedSet<String>> next = new ArrayList<>();
            for (SortedSet<String> x : all) {
                for (SortedSet<String> y : p.extensions()) {
                    SortedSet<String> z = new TreeSet<>(x);
                    z.addAll(y);
                    next.add(z);
                }
            }
            all = next;
        }
        all.sort(ExtensionSolver.EXTENSION_ORDER);
        return new Extensions(count, true, all.stream().map(List::copyOf).toList());
    }

    private static long multiply(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

}
