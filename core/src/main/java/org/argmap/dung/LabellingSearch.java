package org.argmap.dung;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Backtracking search for complete labellings of one framework, index-based.
 *
 * <p>Every argument has a domain, a subset of {IN, OUT, UNDEC} held as a 3-bit mask. For each
 * argument {@code h} there is one constraint over {@code h} and its attackers, Caminada's
 * complete-labelling condition:
 *
 * <pre>
 *   h = IN    iff every attacker is OUT
 *   h = OUT   iff some attacker is IN
 *   h = UNDEC iff no attacker is IN and some attacker is UNDEC
 * </pre>
 *
 * Propagation removes every value of {@code h} or of an attacker that has no support in the
 * current domains of that constraint (generalised arc consistency, constraint by constraint,
 * until nothing changes). Propagating from the full domains already yields the grounded
 * labelling. The search then picks an undecided argument (most attacks first), tries IN, OUT,
 * UNDEC in that order and propagates again; changes are undone from a trail on backtracking.
 * When every domain is a single value, propagation has checked every constraint, so the leaf is
 * a complete labelling, and since the branches split the domains, each labelling is met exactly
 * once.
 *
 * <p>Stable labellings are the complete ones without UNDEC, so the stable search starts with
 * UNDEC removed everywhere. Preferred extensions are found by the same search with a bound (see
 * {@link #preferred()}, which also explains why the first labelling found is a preferred one).
 *
 * <p>Not thread-safe (it owns the propagation queue and the trail); make one per task.
 */
final class LabellingSearch {

    static final byte IN = 1;
    static final byte OUT = 2;
    static final byte UNDEC = 4;
    static final byte ALL = IN | OUT | UNDEC;

    /** Stop or go on after a leaf. */
    interface LeafVisitor {
        /** Called with the (all-singleton) domains of a complete labelling; false stops. */
        boolean leaf(byte[] dom);
    }

    /** Cuts subtrees, checked at every node after propagation. */
    interface Bound {
        boolean prune(byte[] dom);
    }

    private final int n;
    private final int[][] attackers;
    private final int[][] targets;
    private final boolean[] selfAttacking;
    /** Branching order: most attacks (in + out) first, then index. */
    private final int[] order;

    private final int[] queue;
    private final boolean[] queued;
    private int head;
    private int size;

    /**
     * Undo log of domain changes below the root. Every entry strictly shrinks a domain of at most
     * three values, so a path holds at most two per argument.
     */
    private final int[] trailVar;
    private final byte[] trailOld;
    private int trail;

    LabellingSearch(ArgumentationFramework af) {
        n = af.size();
        attackers = new int[n][];
        targets = new int[n][];
        selfAttacking = new boolean[n];
        for (int i = 0; i < n; i++) {
            attackers[i] = af.attackersBits(i).stream().toArray();
            targets[i] = af.attackedBits(i).stream().toArray();
            selfAttacking[i] = af.attackersBits(i).get(i);
        }
        order = IntStream.range(0, n).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> -(attackers[i].length + targets[i].length))
                        .thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
        queue = new int[Math.max(n, 1)];
        queued = new boolean[n];
        trailVar = new int[2 * n + 1];
        trailOld = new byte[2 * n + 1];
    }

    // ---- grounded: direct least fixpoint, linear time ----

    /** The grounded extension: unattacked arguments IN, what they attack OUT, and so on. */
    BitSet grounded() {
        int[] live = new int[n]; // attackers not yet OUT
        byte[] lab = new byte[n];
        int[] stack = new int[n];
        int top = 0;
        for (int i = 0; i < n; i++) {
            live[i] = attackers[i].length;
            if (live[i] == 0) {
                stack[top++] = i;
            }
        }
        BitSet in = new BitSet(n);
        while (top > 0) {
            int a = stack[--top];
            lab[a] = IN;
            in.set(a);
            for (int t : targets[a]) {
                if (lab[t] == 0) {
                    lab[t] = OUT;
                    for (int u : targets[t]) {
                        if (--live[u] == 0 && lab[u] == 0) {
                            stack[top++] = u;
                        }
                    }
                }
            }
        }
        return in;
    }

    // ---- enumeration ----

    /** All complete extensions, in search order. */
    List<BitSet> complete() {
        return all(false);
    }

    /** All stable extensions, in search order. */
    List<BitSet> stable() {
        return all(true);
    }

    private List<BitSet> all(boolean stable) {
        List<BitSet> out = new ArrayList<>();
        byte[] dom = root(stable);
        if (propagateAll(dom)) {
            search(dom, null, d -> {
                out.add(inSet(d));
                return true;
            });
        }
        return out;
    }

    /**
     * All preferred extensions, by enumerating complete labellings with a bound.
     *
     * <p>Because values are tried in the order IN, OUT, UNDEC, a complete extension is always met
     * after every complete extension that strictly contains it. Take E ⊂ E' and the node where
     * their labellings part, branching on x. x is not IN for E (else it would be IN for E' as
     * well), nor OUT (an attacker of x in E is also in E'), so it is UNDEC for E, and IN or OUT,
     * hence tried earlier, for E'. So the first leaf is preferred, and a leaf is preferred
     * exactly when it is not inside an earlier preferred one. The bound cuts every subtree in
     * which all arguments that can still be IN lie inside one found extension.
     */
    List<BitSet> preferred() {
        List<BitSet> found = new ArrayList<>();
        byte[] dom = root(false);
        if (propagateAll(dom)) {
            search(dom, d -> insideAny(canBeIn(d), found), d -> {
                BitSet e = inSet(d);
                assert found.stream().noneMatch(c -> isSubset(c, e)) : "superset met after subset";
                found.add(e);
                return true;
            });
        }
        return found;
    }

    /** One preferred extension: the first complete one met (see {@link #preferred()}). */
    BitSet onePreferred() {
        return first(false, -1, ALL);
    }

    /**
     * The first complete (or, if {@code stable}, stable) labelling found in which {@code
     * argument} is labelled {@code value}, or null. {@code argument} -1 means no restriction.
     */
    BitSet first(boolean stable, int argument, byte value) {
        byte[] dom = root(stable);
        if (argument >= 0) {
            dom[argument] &= value;
            if (dom[argument] == 0) {
                return null;
            }
        }
        BitSet[] found = new BitSet[1];
        if (propagateAll(dom)) {
            search(dom, null, d -> {
                found[0] = inSet(d);
                return false;
            });
        }
        return found[0];
    }

    /** Initial domains: all values, minus IN for self-attackers, minus UNDEC for stable. */
    private byte[] root(boolean stable) {
        trail = 0;
        byte[] dom = new byte[n];
        for (int i = 0; i < n; i++) {
            dom[i] = stable ? (byte) (IN | OUT) : ALL;
            if (selfAttacking[i]) {
                dom[i] &= ~IN;
            }
        }
        return dom;
    }

    /**
     * Depth-first over the labellings below the (propagated) domains {@code dom}, which it
     * changes in place and restores from the trail; an explicit stack instead of recursion, so
     * depth is bounded by memory, not by the thread's stack. Returns false once the visitor
     * asked to stop.
     */
    private boolean search(byte[] dom, Bound bound, LeafVisitor visitor) {
        int[] var = new int[n + 1]; // the argument branched on, per depth
        int[] pos = new int[n + 1]; // its position in the branching order
        byte[] left = new byte[n + 1]; // its values not tried yet
        int[] mark = new int[n + 1]; // trail size when its node was entered
        int depth = 0;
        trail = 0; // what propagation did at the root is never undone
        boolean atNode = true;
        while (true) {
            if (atNode && (bound == null || !bound.prune(dom))) {
                // Arguments before the parent's in the order were already decided there.
                int p = choose(dom, depth == 0 ? 0 : pos[depth - 1] + 1);
                if (p < 0) {
                    if (!visitor.leaf(dom)) {
                        return false;
                    }
                } else {
                    var[depth] = order[p];
                    pos[depth] = p;
                    left[depth] = dom[order[p]];
                    mark[depth] = trail;
                    depth++;
                }
            }
            atNode = false;
            while (depth > 0 && !atNode) {
                int d = depth - 1;
                undo(dom, mark[d]);
                byte rest = left[d];
                if (rest == 0) {
                    depth--;
                    continue;
                }
                byte value = (byte) (rest & -rest); // lowest bit first: IN, then OUT, then UNDEC
                left[d] = (byte) (rest & ~value);
                narrow(dom, var[d], value);
                atNode = propagate(dom);
            }
            if (!atNode) {
                return true;
            }
        }
    }

    /** The position in {@link #order} of the first undecided argument from {@code from}, or -1. */
    private int choose(byte[] dom, int from) {
        for (int p = from; p < n; p++) {
            if (!single(dom[order[p]])) {
                return p;
            }
        }
        return -1;
    }

    /** Sets a smaller domain, remembering the old one, and queues the constraints concerned. */
    private void narrow(byte[] dom, int x, byte value) {
        trailVar[trail] = x;
        trailOld[trail] = dom[x];
        trail++;
        dom[x] = value;
        changed(x);
    }

    private void undo(byte[] dom, int to) {
        while (trail > to) {
            trail--;
            dom[trailVar[trail]] = trailOld[trail];
        }
    }

    // ---- propagation ----

    private boolean propagateAll(byte[] dom) {
        for (int i = 0; i < n; i++) {
            enqueue(i);
        }
        return propagate(dom);
    }

    /** Revises queued constraints until none is left; false (queue emptied) on a wipe-out. */
    private boolean propagate(byte[] dom) {
        while (size > 0) {
            int h = queue[head];
            head = (head + 1) % queue.length;
            size--;
            queued[h] = false;
            if (!revise(dom, h)) {
                while (size > 0) {
                    queued[queue[head]] = false;
                    head = (head + 1) % queue.length;
                    size--;
                }
                return false;
            }
        }
        return true;
    }

    /** Queues every constraint that mentions {@code x}: its own and those of what it attacks. */
    private void changed(int x) {
        enqueue(x);
        for (int y : targets[x]) {
            enqueue(y);
        }
    }

    private void enqueue(int h) {
        if (!queued[h]) {
            queued[h] = true;
            queue[(head + size) % queue.length] = h;
            size++;
        }
    }

    /**
     * Makes the constraint of {@code h} arc consistent. Counts are taken once per call; pruning
     * an attacker may leave them too generous for later attackers, which only weakens this pass
     * (never wrongly removes a value), and the change re-queues this constraint anyway.
     */
    private boolean revise(byte[] dom, int h) {
        int[] att = attackers[h];
        int noOut = 0; // attackers that cannot be OUT
        int canIn = 0; // attackers that can be IN
        int onlyIn = 0; // attackers that must be IN
        int canUndec = 0; // attackers that can be UNDEC
        for (int b : att) {
            byte d = dom[b];
            if ((d & OUT) == 0) {
                noOut++;
            }
            if ((d & IN) != 0) {
                canIn++;
            }
            if (d == IN) {
                onlyIn++;
            }
            if ((d & UNDEC) != 0) {
                canUndec++;
            }
        }
        byte dh = dom[h];
        byte nd = dh;
        if (noOut > 0) {
            nd &= ~IN;
        }
        if (canIn == 0) {
            nd &= ~OUT;
        }
        if (onlyIn > 0 || canUndec == 0) {
            nd &= ~UNDEC;
        }
        if (nd == 0) {
            return false;
        }
        if (nd != dh) {
            narrow(dom, h, nd);
            if (selfAttacking[h]) {
                return true; // h is also one of its attackers: the counts are stale, revise later
            }
        }
        for (int b : att) {
            byte d = dom[b];
            int oNoOut = noOut - ((d & OUT) == 0 ? 1 : 0);
            int oCanIn = canIn - ((d & IN) != 0 ? 1 : 0);
            int oOnlyIn = onlyIn - (d == IN ? 1 : 0);
            int oCanUndec = canUndec - ((d & UNDEC) != 0 ? 1 : 0);
            // Is there a value of h, with the other attackers free in their domains, that
            // agrees with b = v?
            boolean hIn = (nd & IN) != 0 && oNoOut == 0; // needs b = OUT
            boolean hOut = (nd & OUT) != 0; // any b if another can be IN, else b = IN
            boolean hUndec = (nd & UNDEC) != 0 && oOnlyIn == 0; // needs b != IN
            boolean supIn = hOut;
            boolean supOut = hIn || (hOut && oCanIn > 0) || (hUndec && oCanUndec > 0);
            boolean supUndec = (hOut && oCanIn > 0) || hUndec;
            byte nb = d;
            if (!supIn) {
                nb &= ~IN;
            }
            if (!supOut) {
                nb &= ~OUT;
            }
            if (!supUndec) {
                nb &= ~UNDEC;
            }
            if (nb == 0) {
                return false;
            }
            if (nb != d) {
                narrow(dom, b, nb);
            }
        }
        return true;
    }

    // ---- helpers ----

    private static boolean single(byte d) {
        return d == IN || d == OUT || d == UNDEC;
    }

    private BitSet inSet(byte[] dom) {
        BitSet in = new BitSet(n);
        for (int i = 0; i < n; i++) {
            if (dom[i] == IN) {
                in.set(i);
            }
        }
        return in;
    }

    private BitSet canBeIn(byte[] dom) {
        BitSet in = new BitSet(n);
        for (int i = 0; i < n; i++) {
            if ((dom[i] & IN) != 0) {
                in.set(i);
            }
        }
        return in;
    }

    private static boolean insideAny(BitSet s, List<BitSet> sets) {
        for (BitSet c : sets) {
            if (isSubset(s, c)) {
                return true;
            }
        }
        return false;
    }

    static boolean isSubset(BitSet a, BitSet b) {
        BitSet rest = (BitSet) a.clone();
        rest.andNot(b);
        return rest.isEmpty();
    }
}
