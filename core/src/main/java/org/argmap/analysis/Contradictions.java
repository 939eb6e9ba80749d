package org.argmap.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.argmap.analysis.Commitments.Commit;
import org.argmap.analysis.Contradiction.Kind;
import org.argmap.analysis.Contradiction.Side;
import org.argmap.graph.Chain;
import org.argmap.graph.CorpusGraph;
import org.argmap.graph.Edge;
import org.argmap.graph.Implication;
import org.argmap.graph.ImplicationGraph;
import org.argmap.graph.Literal;
import org.argmap.model.Claim;
import org.argmap.model.Relation;
import org.argmap.model.Source;

/**
 * Finds the contradictions of a corpus (see {@link Contradiction} for the rules). For every
 * unordered pair of committed literals A, B it asks the {@link ImplicationGraph} for chains from A
 * to not B; the orientation with fewer contrapositive steps is kept (A first on a tie, in catalog
 * order). Cost: one breadth-first search per committed literal to find what it rules out, O(L (V + E))
 * for L committed literals, then chains (Yen's algorithm) only for the pairs that clash.
 */
final class Contradictions {

    /** How many chains a contradiction lists at most. */
    static final int CHAINS = 3;

    private final CorpusGraph graph;
    private final ImplicationGraph logic;
    private final Commitments commitments;
    private final List<String> sourceOrder;

    Contradictions(CorpusGraph graph, ImplicationGraph logic, Commitments commitments) {
        this.graph = graph;
        this.logic = logic;
        this.commitments = commitments;
        this.sourceOrder = graph.corpus().sources().stream().map(Source::id).toList();
    }

    private record Found(Contradiction c, int length, int p1, int p2, int source, int order) {
    }

    List<Contradiction> find() {
        List<Found> found = new ArrayList<>();
        List<Literal> lits = commitments.literals();
        for (int i = 0; i < lits.size(); i++) {
            for (int j = i; j < lits.size(); j++) {
                propositional(lits.get(i), lits.get(j), found);
            }
        }
        int order = 0;
        for (Edge e : graph.claimRelations()) {
            if (e.type() == Edge.Type.ATTACKS || e.type() == Edge.Type.UNDERCUTS) {
                attack(e, order++, found);
            }
        }
        found.sort(Comparator.comparing((Found f) -> f.c.kind())
                .thenComparingInt(f -> f.source)
                .thenComparing(f -> f.c.basis())
                .thenComparingInt(f -> f.length)
                .thenComparingInt(f -> f.p1)
                .thenComparingInt(f -> f.p2)
                .thenComparingInt(f -> f.order));
        return found.stream().map(Found::c).toList();
    }

    private final java.util.Map<Literal, Set<Literal>> reach = new java.util.HashMap<>();

    private void propositional(Literal a, Literal b, List<Found> out) {
        if (!a.equals(b.negate()) && !reach.computeIfAbsent(a, l -> logic.consequences(List.of(l))).contains(b.negate())) {
            return;
        }
        List<Chain> forward = logic.chains(a, b.negate(), CHAINS);
        if (forward.isEmpty()) {
            return;
        }
        if (!a.equals(b)) {
            List<Chain> backward = logic.chains(b, a.negate(), CHAINS);
            if (backward.get(0).contrapositives() < forward.get(0).contrapositives()) {
                Literal t = a;
                a = b;
                b = t;
                forward = backward;
            }
        }
        Chain best = forward.get(0);
        Kind kind = best.length() == 0 ? Kind.DIRECT
                : best.length() == 1 && !best.onlyEntailments() ? Kind.INCOMPATIBLE : Kind.INDIRECT;
        List<Commit> one = commitments.of(a);
        List<Commit> two = commitments.of(b);
        int p1 = commitments.index(a.proposition());
        int p2 = commitments.index(b.proposition());
        Set<String> s1 = sources(one);
        Set<String> s2 = sources(two);
        boolean across = !a.equals(b) && s1.stream().anyMatch(x -> s2.stream().anyMatch(y -> !x.equals(y)));
        if (across) {
            out.add(new Found(build(kind, kind, a, b, one, two, forward), best.length(), p1, p2, -1, 0));
        }
        for (String s : sourceOrder) {
            if (s1.contains(s) && s2.contains(s)) {
                Predicate<Commit> mine = c -> c.claim().source().equals(s);
                out.add(new Found(build(Kind.INTERNAL, kind, a, b, one.stream().filter(mine).toList(),
                        two.stream().filter(mine).toList(), forward), best.length(), p1, p2, sourceOrder.indexOf(s), 0));
            }
        }
    }

    private static Set<String> sources(List<Commit> cs) {
        Set<String> s = new LinkedHashSet<>();
        cs.forEach(c -> s.add(c.claim().source()));
        return s;
    }

    private Contradiction build(Kind kind, Kind basis, Literal a, Literal b, List<Commit> one, List<Commit> two,
                                List<Chain> chains) {
        Side first = side(a, one);
        Side second = side(b, two);
        Set<String> props = new LinkedHashSet<>();
        props.add(a.proposition());
        for (Chain ch : chains) {
            for (Implication i : ch.steps()) {
                props.add(i.from().proposition());
                props.add(i.to().proposition());
            }
        }
        props.add(b.proposition());
        List<String> why = new ArrayList<>();
        why.add(sentence(first) + ".");
        for (Implication i : chains.get(0).steps()) {
            why.add(step(i));
        }
        why.add(sentence(second) + ".");
        if (basis == Kind.DIRECT) {
            why.add(kind == Kind.INTERNAL ? "The source both affirms and denies " + a.proposition() + "."
                    : "One side affirms what the other denies.");
        } else {
            why.add("So whoever " + verb(a.stance().word(), 1) + " " + a.proposition() + " must "
                    + (b.positive() ? "deny " : "affirm ") + b.proposition() + ": the two cannot both hold.");
        }
        return new Contradiction(kind, basis, List.of(first, second), List.copyOf(props), why, chains);
    }

    private Side side(Literal l, List<Commit> cs) {
        List<String> srcs = List.copyOf(sources(cs));
        return new Side(l.stance().word(), l.proposition(), srcs,
                cs.stream().map(c -> CitedClaim.of(c.claim(), c.stance())).toList());
    }

    static String step(Implication i) {
        Relation r = i.relation();
        return i.sentence() + " [" + r.location() + "]." + note(r);
    }

    private static String note(Relation r) {
        return r.note() == null ? "" : " Note: " + oneLine(r.note());
    }

    private void attack(Edge e, int order, List<Found> out) {
        Claim from = graph.origin(e);
        Claim to = graph.destination(e);
        Relation r = e.relation();
        boolean undercut = e.type() == Edge.Type.UNDERCUTS;
        // the attacked side: for an attack the claim attacked; for an undercut the origin claim of
        // the relation undercut (the argument "X, therefore Y" defeated, as in the Dung frameworks),
        // not its conclusion Y, which the undercut does not dispute: Y's propositions are not listed
        List<Claim> attacked = List.of(to);
        Claim conclusion = undercut ? graph.claim(e.target().to()).orElse(to) : to;
        // an attack on (or from) an objection sets no two sources against each other: the
        // objection is a view its own source rejects, so attacking it is agreeing with that source
        if (!Commitments.counts(from) || !Commitments.counts(to) || !Commitments.counts(conclusion)) {
            return;
        }
        Kind kind = from.source().equals(to.source()) ? Kind.INTERNAL : Kind.ATTACK;
        // inside one source, an attack is the article's own dialectic (a rebuttal of a rebuttal, a
        // qualification, a reason weighed and set aside) unless both ends keep a position the
        // source holds: only then does the source assert two things that cannot both stand
        if (kind == Kind.INTERNAL && !(holds(from) && attacked.stream().allMatch(this::holds))) {
            return;
        }
        Set<String> props = new LinkedHashSet<>();
        for (Claim c : concat(List.of(from), attacked)) {
            c.stances().forEach(s -> props.add(s.proposition()));
        }
        Side one = new Side(undercut ? "undercuts" : "attacks", null, List.of(from.source()), List.of(CitedClaim.of(from)));
        Set<String> srcs = new LinkedHashSet<>();
        attacked.forEach(c -> srcs.add(c.source()));
        Side two = new Side(undercut ? "undercut" : "attacked", null, List.copyOf(srcs),
                attacked.stream().map(CitedClaim::of).toList());
        String what = undercut
                ? from.ref() + " undercuts relation " + r.to() + " (" + e.target().from() + " " + e.target().type().word()
                        + " " + e.target().to() + "): it denies that " + e.target().from() + " bears on " + e.target().to()
                : from.ref() + " attacks " + to.ref() + ": it is a reason against it";
        List<String> why = List.of(what + " [" + r.location() + "]." + note(r));
        out.add(new Found(new Contradiction(kind, Kind.ATTACK, List.of(one, two), List.copyOf(props), why, List.of()),
                0, 0, 0, kind == Kind.INTERNAL ? sourceOrder.indexOf(from.source()) : -1, order));
    }

    /**
     * Whether the claim commits its source to a position the source holds: an affirms or denies
     * stance whose literal the source is committed to and whose negation it is not.
     */
    private boolean holds(Claim c) {
        Set<Literal> mine = commitments.ofSource(c.source());
        for (org.argmap.model.Stance st : c.stances()) {
            Literal l = Literal.committedBy(st.type(), st.proposition());
            if (l != null && mine.contains(l) && !mine.contains(l.negate())) {
                return true;
            }
        }
        return false;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> l = new ArrayList<>(a);
        l.addAll(b);
        return l;
    }

    /** "a affirms p", "a and b affirm p", "a, b and c deny p". */
    static String sentence(Side s) {
        return names(s.sources()) + " " + verb(s.stance(), s.sources().size()) + " " + s.proposition();
    }

    static String names(List<String> xs) {
        if (xs.size() == 1) {
            return xs.get(0);
        }
        return String.join(", ", xs.subList(0, xs.size() - 1)) + " and " + xs.get(xs.size() - 1);
    }

    static String verb(String stance, int n) {
        String base = switch (stance) {
            case "affirms" -> "affirm";
            case "denies" -> "deny";
            case "qualifies" -> "qualify";
            default -> stance;
        };
        if (n != 1) {
            return base;
        }
        return base.endsWith("y") ? base.substring(0, base.length() - 1) + "ies" : base + "s";
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String oneLine(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

}
