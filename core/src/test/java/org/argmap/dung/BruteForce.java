package org.argmap.dung;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Test oracle: the semantics straight from their definitions, by trying every subset of the
 * arguments (bit masks, so at most 62 arguments; meant for a dozen). Shares nothing with the
 * labelling search.
 */
final class BruteForce {

    private final ArgumentationFramework af;
    private final int n;
    /** attackersOf[i]: mask of the arguments attacking i. */
    private final long[] attackersOf;

    BruteForce(ArgumentationFramework af) {
        if (af.size() > 20) {
            throw new IllegalArgumentException("too large for brute force: " + af.size());
        }
        this.af = af;
        this.n = af.size();
        this.attackersOf = new long[n];
        List<String> names = af.arguments();
        for (ArgumentationFramework.Attack t : af.attacks()) {
            attackersOf[names.indexOf(t.to())] |= 1L << names.indexOf(t.from());
        }
    }

    /** Mask of the arguments attacked by some member of s. */
    long attackedBy(long s) {
        long out = 0;
        for (int i = 0; i < n; i++) {
            if ((attackersOf[i] & s) != 0) {
                out |= 1L << i;
            }
        }
        return out;
    }

    boolean conflictFree(long s) {
        return (attackedBy(s) & s) == 0;
    }

    /** The characteristic function: the arguments all of whose attackers s attacks. */
    long defended(long s) {
        long hit = attackedBy(s);
        long out = 0;
        for (int i = 0; i < n; i++) {
            if ((attackersOf[i] & ~hit) == 0) {
                out |= 1L << i;
            }
        }
        return out;
    }

    List<Long> complete() {
        List<Long> out = new ArrayList<>();
        for (long s = 0; s < 1L << n; s++) {
            if (conflictFree(s) && defended(s) == s) {
                out.add(s);
            }
        }
        return out;
    }

    long grounded() {
        long s = 0;
        while (true) {
            long next = defended(s);
            if (next == s) {
                return s;
            }
            s = next;
        }
    }

    List<Long> preferred() {
        List<Long> complete = complete();
        List<Long> out = new ArrayList<>();
        for (long s : complete) {
            boolean maximal = complete.stream().noneMatch(t -> t != s && (s & ~t) == 0);
            if (maximal) {
                out.add(s);
            }
        }
        return out;
    }

    List<Long> stable() {
        long all = (1L << n) - 1;
        List<Long> out = new ArrayList<>();
        for (long s = 0; s <= all; s++) {
            if (conflictFree(s) && (s | attackedBy(s)) == all) {
                out.add(s);
            }
        }
        return out;
    }

    List<SortedSet<String>> extensions(Semantics semantics) {
        List<Long> masks = switch (semantics) {
            case GROUNDED -> List.of(grounded());
            case COMPLETE -> complete();
            case PREFERRED -> preferred();
            case STABLE -> stable();
        };
        return masks.stream().map(this::names).sorted(ExtensionSolver.EXTENSION_ORDER).toList();
    }

    SortedSet<String> names(long mask) {
        SortedSet<String> out = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            if ((mask >>> i & 1) != 0) {
                out.add(af.arguments().get(i));
            }
        }
        return out;
    }

    long mask(java.util.Collection<String> names) {
        Map<String, Integer> index = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(af.arguments().get(i), i);
        }
        long m = 0;
        for (String s : names) {
            m |= 1L << index.get(s);
        }
        return m;
    }
}
