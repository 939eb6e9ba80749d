package org.argmap.dung;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.sat4j.core.VecInt;

/**
 * An {@link ExtensionSolver} backed by the Sat4j SAT solver, the way ICCMA solvers such as
 * ArgSemSAT, μ-toksia and CoQuiAAS work: the grounded labelling by linear propagation
 * ({@link Grounded}), everything else as SAT queries over the complete-labelling encoding
 * ({@link SatEncoding}), one query at a time instead of enumerating.
 *
 * <ul>
 *   <li>grounded: {@link Grounded} only, for every task;
 *   <li>DC-CO, DC-PR: one query "complete labelling with {@code a} IN" (an argument is in some
 *       preferred extension iff it is in some complete one);
 *   <li>DS-CO: membership in the grounded extension;
 *   <li>SE-CO: the grounded extension; SE-PR: a complete extension, then grown while a strict
 *       superset exists (each step one query), which ends in a preferred extension;
 *   <li>DS-PR: counter-example guided (as in Cegartix and μ-toksia): look for a complete extension
 *       without {@code a} that is not a subset of any preferred extension found so far; grow it to
 *       a preferred one; if that lacks {@code a} the answer is NO, else block its subsets and ask
 *       again; no such extension left means YES. Each round finds a new preferred extension;
 *   <li>SE-ST, DC-ST, DS-ST: one query each on the stable encoding (DS-ST: "a stable extension
 *       without {@code a}" unsatisfiable, which also makes it YES when there is none);
 *   <li>EE: all models with blocking clauses (complete, stable); for preferred, each found
 *       extension is grown to a preferred one and its subsets blocked.
 * </ul>
 * Extensions are returned like {@link LabellingSolver}'s (sorted names, {@link
 * ExtensionSolver#EXTENSION_ORDER}), so the two engines can be compared answer for answer. No
 * conflict limit: every answer is exact. Stateless and thread-safe; each call builds its own
 * solver.
 */
public final class SatSolver implements ExtensionSolver {

    private static final Map<Semantics, SatSolver> INSTANCES = new EnumMap<>(Semantics.class);

    static {
        for (Semantics s : Semantics.values()) {
            INSTANCES.put(s, new SatSolver(s));
        }
    }

    private final Semantics semantics;

    private SatSolver(Semantics semantics) {
        this.semantics = semantics;
    }

    /** The SAT-backed solver for one semantics. */
    public static SatSolver of(Semantics semantics) {
        return INSTANCES.get(Objects.requireNonNull(semantics, "semantics"));
    }

    @Override
    public Semantics semantics() {
        return semantics;
    }

    private SatEncoding encoding(ArgumentationFramework af) {
        return new SatEncoding(af, semantics == Semantics.STABLE, 0);
    }

    @Override
    public List<SortedSet<String>> extensions(ArgumentationFramework af) {
        List<SortedSet<String>> out = new ArrayList<>();
        if (semantics == Semantics.GROUNDED) {
            out.add(groundedNames(af));
            return Collections.unmodifiableList(out);
        }
        SatEncoding enc = encoding(af);
        try {
            BitSet m;
            while ((m = enc.solve(new VecInt())) != null) {
                if (semantics == Semantics.PREFERRED) {
                    m = enc.maximise(m);
                    out.add(names(af, m));
                    enc.permanent(enc.notSubsetOf(m));
                } else {
                    out.add(names(af, m));
                    enc.permanent(blockExact(enc, m));
                }
            }
        } catch (SatEncoding.Exhausted e) {
            throw new IllegalStateException("no conflict limit set", e);
        }
        out.sort(EXTENSION_ORDER);
        return Collections.unmodifiableList(out);
    }

    /** Clause excluding exactly this labelling (for complete: IN set plus OUT set; the IN set decides both). */
    private static VecInt blockExact(SatEncoding enc, BitSet in) {
        VecInt v = new VecInt();
        for (int a = 0; a < enc.n; a++) {
            if (enc.grounded[a] != Grounded.UNDEC) {
                continue;
            }
            v.push(in.get(a) ? -enc.in(a) : enc.in(a));
        }
        return v;
    }

    @Override
    public Optional<SortedSet<String>> someExtension(ArgumentationFramework af) {
        if (semantics == Semantics.GROUNDED || semantics == Semantics.COMPLETE) {
            return Optional.of(groundedNames(af));
        }
        SatEncoding enc = encoding(af);
        try {
            BitSet m = enc.solve(new VecInt());
            if (m == null) {
                return Optional.empty();
            }
            if (semantics == Semantics.PREFERRED) {
                m = enc.maximise(m);
            }
            return Optional.of(names(af, m));
        } catch (SatEncoding.Exhausted e) {
            throw new IllegalStateException("no conflict limit set", e);
        }
    }

    @Override
    public boolean isCredulouslyAccepted(ArgumentationFramework af, String argument) {
        int a = require(af, argument);
        if (semantics == Semantics.GROUNDED) {
            return Grounded.labelling(af)[a] == Grounded.IN;
        }
        SatEncoding enc = encoding(af);
        try {
            return enc.solve(new VecInt(new int[] {enc.in(a)})) != null;
        } catch (SatEncoding.Exhausted e) {
            throw new IllegalStateException("no conflict limit set", e);
        }
    }

    @Override
    public boolean isSkepticallyAccepted(ArgumentationFramework af, String argument) {
        int a = require(af, argument);
        if (semantics == Semantics.GROUNDED || semantics == Semantics.COMPLETE) {
            return Grounded.labelling(af)[a] == Grounded.IN;
        }
        SatEncoding enc = encoding(af);
        try {
            if (semantics == Semantics.STABLE) {
                return enc.solve(new VecInt(new int[] {-enc.in(a)})) == null;
            }
            return skepticalPreferred(enc, a);
        } catch (SatEncoding.Exhausted e) {
            throw new IllegalStateException("no conflict limit set", e);
        }
    }

    /** The CEGAR loop for DS-PR on a complete encoding; blocks subsets of each preferred extension found. */
    static boolean skepticalPreferred(SatEncoding enc, int a) throws SatEncoding.Exhausted {
        if (enc.grounded[a] != Grounded.UNDEC) {
            return enc.grounded[a] == Grounded.IN;
        }
        while (true) {
            BitSet e = enc.solve(new VecInt(new int[] {-enc.in(a)}));
            if (e == null) {
                return true;
            }
            BitSet p = enc.maximise(e);
            if (!p.get(a)) {
                return false;
            }
            enc.permanent(enc.notSubsetOf(p));
        }
    }

    private static SortedSet<String> groundedNames(ArgumentationFramework af) {
        byte[] g = Grounded.labelling(af);
        BitSet in = new BitSet();
        for (int i = 0; i < g.length; i++) {
            if (g[i] == Grounded.IN) {
                in.set(i);
            }
        }
        return names(af, in);
    }

    static SortedSet<String> names(ArgumentationFramework af, BitSet bits) {
        SortedSet<String> out = new TreeSet<>();
        for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
            out.add(af.name(i));
        }
        return Collections.unmodifiableSortedSet(out);
    }

    private static int require(ArgumentationFramework af, String argument) {
        int i = af.indexOf(Objects.requireNonNull(argument, "argument"));
        if (i < 0) {
            throw new IllegalArgumentException("unknown argument '" + argument + "'");
        }
        return i;
    }

    @Override
    public String toString() {
        return "SatSolver[" + semantics + "]";
    }
}
