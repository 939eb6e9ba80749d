package org.argmap.dung;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SortedSet;
import org.sat4j.core.VecInt;

/**
 * The acceptance of every argument of a framework at once, by SAT queries rather than by listing
 * extensions: grounded label; credulous and skeptical acceptance under preferred and under stable
 * semantics. Queries are batched the way ICCMA solvers do it:
 *
 * <ul>
 *   <li>grounded labelling by linear propagation ({@link Grounded}); a grounded IN argument is
 *       skeptically accepted under preferred, an OUT one is not credulously accepted, and so on,
 *       without any query;
 *   <li>credulous (preferred = complete): ask for a complete labelling with at least one of the
 *       still-unknown arguments IN; every IN argument of the answer is credulously accepted;
 *       unsatisfiable means no unknown argument is;
 *   <li>skeptical preferred: ask for a complete extension that leaves out at least one remaining
 *       candidate and is no subset of a preferred extension found so far; grow it into a preferred
 *       extension; every candidate it lacks is not skeptically accepted; block its subsets;
 *       unsatisfiable means every remaining candidate is in every preferred extension (the
 *       counter-example guided scheme of Cegartix and μ-toksia, for all arguments together).
 *       Before any query, an argument attacked by a credulously accepted one is not skeptically
 *       accepted (the extension holding the attacker leaves it out), which in frameworks of
 *       mutual attacks settles nearly everything. Rather than growing each counter-example into
 *       a preferred extension step by step, it is grown towards each candidate it leaves out:
 *       no complete superset holding the candidate settles it (not skeptically accepted) in one
 *       query; once it holds every remaining candidate its subsets are blocked (a preferred
 *       extension lacking a candidate cannot be one of them);
 *   <li>stable: the same two loops on the stable encoding (no blocking needed); when there is no
 *       stable extension, nothing is credulously and everything skeptically accepted.
 * </ul>
 * Each query is bounded by the {@link Budget}; when it runs out the remaining answers stay null
 * and {@link Result#exhausted()} is set, never guessed.
 */
public final class Acceptance {

    private Acceptance() {
    }

    /**
     * A deterministic budget shared by the queries of one analysis: at most {@code queries} SAT
     * calls in all and {@code conflictsPerQuery} conflicts in each.
     */
    public static final class Budget {
        private final int conflictsPerQuery;
        private long queries;

        public Budget(long queries, int conflictsPerQuery) {
            this.queries = queries;
            this.conflictsPerQuery = conflictsPerQuery;
        }

        /** No limit at all. */
        public static Budget unlimited() {
            return new Budget(Long.MAX_VALUE, 0);
        }

        /** SAT calls left. */
        public long queriesLeft() {
            return queries;
        }

        int conflictsPerQuery() {
            return conflictsPerQuery;
        }

        /**
         * Throws when no SAT call is left, without spending one: so an encoding is built only when
         * a query can follow (building a large one costs more than the queries it would answer).
         */
        void check() throws SatEncoding.Exhausted {
            if (queries <= 0) {
                throw new SatEncoding.Exhausted();
            }
        }

        void spend() throws SatEncoding.Exhausted {
            if (queries <= 0) {
                throw new SatEncoding.Exhausted();
            }
            queries--;
        }
    }

    /**
     * Per argument, by index. A null answer was not decided within the budget.
     *
     * @param grounded {@link Grounded#IN}, {@link Grounded#OUT} or {@link Grounded#UNDEC}
     * @param credulousPreferred in some preferred extension
     * @param skepticalPreferred in every preferred extension
     * @param credulousStable in some stable extension
     * @param skepticalStable in every stable extension (true when there is none)
     * @param exhausted whether some answer is null because the budget ran out
     */
    public record Result(byte[] grounded, Boolean[] credulousPreferred, Boolean[] skepticalPreferred,
                         Boolean[] credulousStable, Boolean[] skepticalStable, boolean exhausted) {
    }

    /** Decides every argument of {@code af} within {@code budget}. */
    public static Result of(ArgumentationFramework af, Budget budget) {
        return of(af, budget, true);
    }

    /**
     * Decides every argument of {@code af} within {@code budget}; the stable answers only when
     * {@code stable} (else they stay null, and {@link Result#exhausted()} does not count them).
     */
    public static Result of(ArgumentationFramework af, Budget budget, boolean stable) {
        int n = af.size();
        byte[] g = Grounded.labelling(af);
        Boolean[] cp = new Boolean[n];
        Boolean[] sp = new Boolean[n];
        Boolean[] cs = new Boolean[n];
        Boolean[] ss = new Boolean[n];
        boolean undecided = false;
        for (int a = 0; a < n; a++) {
            if (g[a] == Grounded.IN) {
                cp[a] = true;
                sp[a] = true;
            } else if (g[a] == Grounded.OUT) {
                cp[a] = false;
                sp[a] = false;
            } else {
                undecided = true;
                if (af.attackersBits(a).get(a)) {
                    cp[a] = false;
                    sp[a] = false;
                    cs[a] = false;
                }
            }
        }
        if (!undecided) {
            // the grounded extension is the only complete one, and it is stable
            for (int a = 0; a < n; a++) {
                cs[a] = g[a] == Grounded.IN;
                ss[a] = g[a] == Grounded.IN;
            }
            return new Result(g, cp, sp, cs, ss, false);
        }
        boolean exhausted = false;
        try {
            preferred(af, budget, cp, sp);
        } catch (SatEncoding.Exhausted e) {
            exhausted = true;
        }
        if (stable) {
            try {
                stable(af, budget, g, cs, ss);
            } catch (SatEncoding.Exhausted e) {
                exhausted = true;
            }
        }
        return new Result(g, cp, sp, cs, ss, exhausted);
    }

    private static BitSet ask(SatEncoding enc, Budget budget, VecInt clause) throws SatEncoding.Exhausted {
        budget.spend();
        return enc.solveWith(new VecInt(), clause);
    }

    private static void preferred(ArgumentationFramework af, Budget budget, Boolean[] cred, Boolean[] skep)
            throws SatEncoding.Exhausted {
        int n = af.size();
        // built on the first query only: when the budget is spent, or the pruning and the smaller
        // frameworks of the ancestors settle everything, the whole framework is never encoded
        SatEncoding enc = null;
        List<Integer> unknown = unknown(cred);
        List<BitSet> found = new ArrayList<>();
        while (!unknown.isEmpty()) {
            budget.check();
            if (enc == null) {
                enc = new SatEncoding(af, false, budget.conflictsPerQuery());
            }
            SatEncoding e = enc;
            VecInt some = new VecInt();
            unknown.forEach(a -> some.push(e.in(a)));
            BitSet m = ask(enc, budget, some);
            if (m == null) {
                unknown.forEach(a -> cred[a] = false);
                break;
            }
            found.add(m);
            unknown.removeIf(a -> {
                if (m.get(a)) {
                    cred[a] = true;
                    return true;
                }
                return false;
            });
        }
        prune(af, cred, skep);
        // Directionality (Baroni and Giacomin 2007): the preferred extensions of the framework
        // restricted to an argument's ancestors are those of the whole, cut to them. A candidate
        // whose ancestors are fewer than all is decided on that smaller framework.
        for (int a : unknown(skep)) {
            BitSet up = ancestors(af, a);
            if (up.cardinality() < n) {
                skep[a] = skepticalOn(af, up, a, budget);
            }
        }
        List<Integer> candidates = unknown(skep);
        if (!candidates.isEmpty()) {
            budget.check();
            if (enc == null) {
                enc = new SatEncoding(af, false, budget.conflictsPerQuery());
            }
            skeptical(enc, budget, candidates, skep);
        }
    }

    /** The arguments with a path of attacks to {@code a}, and {@code a}. */
    private static BitSet ancestors(ArgumentationFramework af, int a) {
        BitSet seen = new BitSet(af.size());
        java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
        seen.set(a);
        todo.add(a);
        while (!todo.isEmpty()) {
            BitSet att = af.attackersBits(todo.poll());
            for (int b = att.nextSetBit(0); b >= 0; b = att.nextSetBit(b + 1)) {
                if (!seen.get(b)) {
                    seen.set(b);
                    todo.add(b);
                }
            }
        }
        return seen;
    }

    /** Skeptical preferred acceptance of {@code a} on the framework restricted to {@code members}. */
    private static boolean skepticalOn(ArgumentationFramework af, BitSet members, int a, Budget budget)
            throws SatEncoding.Exhausted {
        ArgumentationFramework.Builder b = ArgumentationFramework.builder();
        for (int i = members.nextSetBit(0); i >= 0; i = members.nextSetBit(i + 1)) {
            b.addArgument(af.name(i));
        }
        for (int i = members.nextSetBit(0); i >= 0; i = members.nextSetBit(i + 1)) {
            BitSet att = af.attackersBits(i);
            for (int j = att.nextSetBit(0); j >= 0; j = att.nextSetBit(j + 1)) {
                b.addAttack(af.name(j), af.name(i));
            }
        }
        ArgumentationFramework sub = b.build();
        int local = sub.indexOf(af.name(a));
        Boolean[] skep = new Boolean[sub.size()];
        byte[] g = Grounded.labelling(sub);
        if (g[local] != Grounded.UNDEC) {
            return g[local] == Grounded.IN;
        }
        budget.check();
        SatEncoding enc = new SatEncoding(sub, false, budget.conflictsPerQuery());
        skeptical(enc, budget, new ArrayList<>(List.of(local)), skep);
        return skep[local];
    }

    /** The counter-example guided loop for the candidates, on a complete encoding; fills {@code skep}. */
    private static void skeptical(SatEncoding enc, Budget budget, List<Integer> candidates, Boolean[] skep)
            throws SatEncoding.Exhausted {
        while (!candidates.isEmpty()) {
            VecInt leaveOut = new VecInt();
            candidates.forEach(a -> leaveOut.push(-enc.in(a)));
            BitSet e = ask(enc, budget, leaveOut);
            if (e == null) {
                candidates.forEach(a -> skep[a] = true);
                break;
            }
            // Grow e towards the candidates it leaves out, one at a time: when no complete
            // superset of e holds candidate c, every preferred extension containing e (there is
            // one) lacks c, so c is not skeptically accepted; else e grows to hold c.
            while (true) {
                int c = -1;
                for (int a : candidates) {
                    if (!e.get(a)) {
                        c = a;
                        break;
                    }
                }
                if (c < 0) {
                    // e holds every candidate: a preferred extension lacking one is no subset of e
                    enc.permanent(enc.notSubsetOf(e));
                    break;
                }
                VecInt assume = enc.ins(e);
                assume.push(enc.in(c));
                budget.spend();
                BitSet grown = enc.solve(assume);
                if (grown == null) {
                    skep[c] = false;
                    int gone = c;
                    candidates.removeIf(a -> a == gone);
                    if (candidates.isEmpty()) {
                        break;
                    }
                } else {
                    e = grown;
                }
            }
        }
    }

    private static BitSet maximise(SatEncoding enc, Budget budget, BitSet start) throws SatEncoding.Exhausted {
        BitSet current = start;
        while (true) {
            VecInt more = new VecInt();
            VecInt assume = new VecInt();
            for (int a = 0; a < enc.n; a++) {
                if (current.get(a)) {
                    assume.push(enc.in(a));
                } else if (enc.grounded[a] == Grounded.UNDEC && !enc.af.attackersBits(a).get(a)) {
                    more.push(enc.in(a));
                }
            }
            if (more.isEmpty()) {
                return current;
            }
            budget.spend();
            BitSet next = enc.solveWith(assume, more);
            if (next == null) {
                return current;
            }
            current = next;
        }
    }

    private static void stable(ArgumentationFramework af, Budget budget, byte[] g, Boolean[] cred, Boolean[] skep)
            throws SatEncoding.Exhausted {
        int n = af.size();
        SatEncoding enc = new SatEncoding(af, true, budget.conflictsPerQuery());
        budget.spend();
        BitSet first = enc.solve(new VecInt());
        if (first == null) {
            for (int a = 0; a < n; a++) {
                cred[a] = false;
                skep[a] = true;
            }
            return;
        }
        for (int a = 0; a < n; a++) {
            if (g[a] != Grounded.UNDEC) {
                cred[a] = g[a] == Grounded.IN;
                skep[a] = g[a] == Grounded.IN;
            } else if (first.get(a)) {
                cred[a] = true;
            } else {
                skep[a] = false;
            }
        }
        List<Integer> unknown = unknown(cred);
        while (!unknown.isEmpty()) {
            VecInt some = new VecInt();
            unknown.forEach(a -> some.push(enc.in(a)));
            BitSet m = ask(enc, budget, some);
            if (m == null) {
                unknown.forEach(a -> cred[a] = false);
                break;
            }
            unknown.removeIf(a -> {
                if (m.get(a)) {
                    cred[a] = true;
                    return true;
                }
                return false;
            });
        }
        prune(af, cred, skep);
        List<Integer> candidates = unknown(skep);
        while (!candidates.isEmpty()) {
            VecInt leaveOut = new VecInt();
            candidates.forEach(a -> leaveOut.push(-enc.in(a)));
            BitSet m = ask(enc, budget, leaveOut);
            if (m == null) {
                candidates.forEach(a -> skep[a] = true);
                break;
            }
            candidates.removeIf(a -> {
                if (!m.get(a)) {
                    skep[a] = false;
                    return true;
                }
                return false;
            });
        }
    }

    /**
     * Up to {@code limit} extensions of one semantics, as sorted argument names in the order the
     * solver finds them, and whether that is all of them. Complete and stable: each
     * model is blocked exactly; preferred: each model is grown into a preferred extension whose
     * subsets are then blocked.
     *
     * @param complete true when every extension is listed; false when the limit or the budget
     *     stopped the listing
     */
    public record Listing(List<SortedSet<String>> extensions, boolean complete) {
    }

    /** Lists extensions of {@code semantics} (not grounded), at most {@code limit}, within the budget. */
    public static Listing extensions(ArgumentationFramework af, Semantics semantics, int limit, Budget budget) {
        List<SortedSet<String>> out = new ArrayList<>();
        if (semantics == Semantics.GROUNDED) {
            throw new IllegalArgumentException("grounded has one extension: use Grounded");
        }
        SatEncoding enc = new SatEncoding(af, semantics == Semantics.STABLE, budget.conflictsPerQuery());
        try {
            while (true) {
                budget.spend();
                BitSet m = enc.solve(new VecInt());
                if (m == null) {
                    return new Listing(out, true);
                }
                if (out.size() == limit) {
                    return new Listing(out, false);
                }
                if (semantics == Semantics.PREFERRED) {
                    m = maximise(enc, budget, m);
                    enc.permanent(enc.notSubsetOf(m));
                } else {
                    VecInt block = new VecInt();
                    for (int a = 0; a < enc.n; a++) {
                        if (enc.grounded[a] == Grounded.UNDEC) {
                            block.push(m.get(a) ? -enc.in(a) : enc.in(a));
                        }
                    }
                    enc.permanent(block);
                }
                out.add(SatSolver.names(af, m));
            }
        } catch (SatEncoding.Exhausted e) {
            return new Listing(out, false);
        }
    }

    /**
     * Skeptical answers that need no query: an argument in no extension is in not all of them,
     * and an argument attacked by a credulously accepted one is left out of the extension that
     * holds its attacker (extensions are conflict-free).
     */
    private static void prune(ArgumentationFramework af, Boolean[] cred, Boolean[] skep) {
        for (int a = 0; a < cred.length; a++) {
            if (skep[a] != null) {
                continue;
            }
            if (Boolean.FALSE.equals(cred[a])) {
                skep[a] = false;
                continue;
            }
            BitSet att = af.attackersBits(a);
            for (int b = att.nextSetBit(0); b >= 0; b = att.nextSetBit(b + 1)) {
                if (Boolean.TRUE.equals(cred[b])) {
                    skep[a] = false;
                    break;
                }
            }
        }
    }

    private static List<Integer> unknown(Boolean[] answers) {
        List<Integer> out = new ArrayList<>();
        for (int a = 0; a < answers.length; a++) {
            if (answers[a] == null) {
                out.add(a);
            }
        }
        return out;
    }
}
