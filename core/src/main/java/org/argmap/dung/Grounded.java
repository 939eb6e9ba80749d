package org.argmap.dung;

import java.util.BitSet;

/**
 * The grounded labelling in time linear in arguments plus attacks: the standard propagation
 * (e.g. Modgil and Caminada 2009, algorithm 6.1). An argument whose attackers are all OUT is IN;
 * an argument with an IN attacker is OUT; what is left is UNDEC. Each argument keeps a count of
 * attackers not yet OUT and enters the queue once when it reaches zero; each attack is looked at
 * a bounded number of times.
 */
public final class Grounded {

    /** Labels of {@link #labelling}. */
    public static final byte UNDEC = 0;
    public static final byte IN = 1;
    public static final byte OUT = 2;

    private Grounded() {
    }

    /** The grounded label of every argument, by index ({@link #IN}, {@link #OUT}, {@link #UNDEC}). */
    public static byte[] labelling(ArgumentationFramework af) {
        int n = af.size();
        byte[] label = new byte[n];
        int[] pending = new int[n];
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int a = 0; a < n; a++) {
            pending[a] = af.attackersBits(a).cardinality();
            if (pending[a] == 0) {
                label[a] = IN;
                queue[tail++] = a;
            }
        }
        while (head < tail) {
            int a = queue[head++];
            BitSet targets = af.attackedBits(a);
            for (int t = targets.nextSetBit(0); t >= 0; t = targets.nextSetBit(t + 1)) {
                if (label[t] != UNDEC) {
                    continue;
                }
                label[t] = OUT;
                BitSet next = af.attackedBits(t);
                for (int u = next.nextSetBit(0); u >= 0; u = next.nextSetBit(u + 1)) {
                    if (label[u] == UNDEC && --pending[u] == 0) {
                        label[u] = IN;
                        queue[tail++] = u;
                    }
                }
            }
        }
        return label;
    }
}
