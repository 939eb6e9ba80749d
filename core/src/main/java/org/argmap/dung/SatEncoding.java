package org.argmap.dung;

import java.util.BitSet;
import org.sat4j.core.VecInt;
import org.sat4j.minisat.SolverFactory;
import org.sat4j.minisat.core.ICDCL;
import org.sat4j.minisat.orders.PositiveLiteralSelectionStrategy;
import org.sat4j.minisat.orders.VarOrderHeap;
import org.sat4j.specs.ContradictionException;
import org.sat4j.specs.IConstr;
import org.sat4j.specs.ISolver;
import org.sat4j.specs.IVecInt;
import org.sat4j.specs.TimeoutException;

/**
 * One framework as a CNF formula for Sat4j, with incremental queries: the complete-labelling
 * encoding of Besnard and Doutre (2004) as used by ArgSemSAT and μ-toksia.
 *
 * <p>Argument {@code a} (index {@code 0..n-1}) has two variables, {@code in(a) = a+1} and
 * {@code out(a) = n+a+1} (UNDEC is neither). The clauses say, for every argument:
 * <pre>
 *   in(a)  → ¬out(a)
 *   in(a)  ↔ ⋀_{b attacks a} out(b)
 *   out(a) ↔ ⋁_{b attacks a} in(b)
 * </pre>
 * whose models are exactly the complete labellings (Caminada 2006); for stable semantics also
 * {@code in(a) ∨ out(a)}. The grounded labelling, computed first in linear time ({@link
 * Grounded}), is added as unit clauses: every complete extension contains the grounded one and
 * excludes what it attacks, so this only removes search, never a model.
 *
 * <p>Temporary constraints (a superset of a set, at least one of some arguments) are assumptions
 * and removable clauses, so one solver instance answers every query about the framework and
 * keeps what it learned.
 *
 * <p>Each call to {@link #solve} may stop after {@link #conflictLimit} conflicts; it then throws
 * {@link Exhausted}. Not thread-safe.
 */
final class SatEncoding {

    /** The SAT solver gave up within its budget of conflicts. */
    static final class Exhausted extends Exception {
        Exhausted() {
            super("SAT budget exhausted", null, false, false);
        }
    }

    final ArgumentationFramework af;
    final int n;
    final byte[] grounded;
    private final ISolver solver;
    private boolean unsat;
    private int conflictLimit;

    /**
     * @param stable also require every argument to be IN or OUT
     * @param conflictLimit conflicts per query before {@link Exhausted}; {@code <= 0} for none
     */
    SatEncoding(ArgumentationFramework af, boolean stable, int conflictLimit) {
        this.af = af;
        this.n = af.size();
        this.grounded = Grounded.labelling(af);
        this.conflictLimit = conflictLimit;
        ICDCL<?> cdcl = SolverFactory.newDefaultMS21PhaseSaving();
        // IN first: models with large IN sets cover many arguments per credulous query and
        // leave few steps to grow a complete extension into a preferred one
        cdcl.setOrder(new VarOrderHeap(new PositiveLiteralSelectionStrategy()));
        this.solver = cdcl;
        solver.newVar(2 * n);
        solver.setKeepSolverHot(true);
        try {
            for (int a = 0; a < n; a++) {
                BitSet att = af.attackersBits(a);
                clause(-in(a), -out(a));
                if (grounded[a] == Grounded.IN) {
                    clause(in(a));
                } else if (grounded[a] == Grounded.OUT) {
                    clause(out(a));
                }
                VecInt allOut = new VecInt();
                allOut.push(in(a));
                VecInt someIn = new VecInt();
                someIn.push(-out(a));
                for (int b = att.nextSetBit(0); b >= 0; b = att.nextSetBit(b + 1)) {
                    clause(-in(a), out(b));
                    clause(-in(b), out(a));
                    allOut.push(-out(b));
                    someIn.push(in(b));
                }
                solver.addClause(allOut);
                solver.addClause(someIn);
                if (stable) {
                    clause(in(a), out(a));
                }
            }
        } catch (ContradictionException e) {
            unsat = true;
        }
    }

    int in(int a) {
        return a + 1;
    }

    int out(int a) {
        return n + a + 1;
    }

    private void clause(int... lits) throws ContradictionException {
        solver.addClause(new VecInt(lits));
    }

    /**
     * Solves with a temporary clause "one of {@code lits}" besides the assumptions; the clause is
     * removed afterwards (a one-literal clause is passed as an assumption instead). Sat4j keeps
     * clauses of two or more literals removable.
     */
    BitSet solveWith(VecInt assumptions, VecInt lits) throws Exhausted {
        if (lits.isEmpty()) {
            return null;
        }
        if (lits.size() == 1) {
            VecInt a = new VecInt();
            assumptions.copyTo(a);
            a.push(lits.get(0));
            return solve(a);
        }
        IConstr c;
        try {
            c = solver.addClause(lits);
        } catch (ContradictionException e) {
            throw new IllegalStateException(e);
        }
        try {
            return solve(assumptions);
        } finally {
            if (c != null) {
                solver.removeConstr(c);
            }
        }
    }

    /** Adds a permanent clause. */
    void permanent(VecInt lits) {
        try {
            solver.addClause(lits);
        } catch (ContradictionException e) {
            unsat = true;
        }
    }

    /**
     * The IN set of some model under the assumptions, or null when there is none.
     *
     * @throws Exhausted when the conflict budget ran out first
     */
    BitSet solve(IVecInt assumptions) throws Exhausted {
        if (unsat) {
            return null;
        }
        if (conflictLimit > 0) {
            solver.setTimeoutOnConflicts(conflictLimit);
        }
        try {
            if (!solver.isSatisfiable(assumptions)) {
                return null;
            }
        } catch (TimeoutException e) {
            throw new Exhausted();
        }
        BitSet in = new BitSet(n);
        for (int a = 0; a < n; a++) {
            if (solver.model(in(a))) {
                in.set(a);
            }
        }
        return in;
    }

    /**
     * A model that is a ⊆-maximal one containing {@code start} (itself a model): repeatedly asks
     * for a model holding all of the current set and at least one argument more. For complete
     * labellings this ends in a preferred extension.
     */
    BitSet maximise(BitSet start) throws Exhausted {
        BitSet current = start;
        while (true) {
            VecInt more = new VecInt();
            VecInt assume = new VecInt();
            for (int a = 0; a < n; a++) {
                if (current.get(a)) {
                    assume.push(in(a));
                } else if (grounded[a] == Grounded.UNDEC && !af.attackersBits(a).get(a)) {
                    more.push(in(a));
                }
            }
            if (more.isEmpty()) {
                return current;
            }
            BitSet next = solveWith(assume, more);
            if (next == null) {
                return current;
            }
            current = next;
        }
    }

    /** Positive literals {@code in(a)} for the set bits. */
    VecInt ins(BitSet s) {
        VecInt v = new VecInt();
        for (int a = s.nextSetBit(0); a >= 0; a = s.nextSetBit(a + 1)) {
            v.push(in(a));
        }
        return v;
    }

    /** Clause "some argument outside {@code s} is IN": the model is not a subset of s. */
    VecInt notSubsetOf(BitSet s) {
        VecInt v = new VecInt();
        for (int a = 0; a < n; a++) {
            if (!s.get(a) && grounded[a] == Grounded.UNDEC) {
                v.push(in(a));
            }
        }
        return v;
    }
}
