package org.argmap.graph;

import java.util.Comparator;
import java.util.List;

/**
 * A chain of implications from one literal to another, e.g. {@code P → Q → not R}. A chain of no
 * steps leads from a literal to itself.
 *
 * @param from the first literal
 * @param to the last literal
 * @param steps the implications, in order
 */
public record Chain(Literal from, Literal to, List<Implication> steps) {

    /**
     * Shortest first, then fewest contrapositive steps, then by the literals passed through: a
     * total, deterministic order.
     */
    public static final Comparator<Chain> ORDER = Comparator.comparingInt(Chain::length)
            .thenComparingInt(Chain::contrapositives)
            .thenComparing(Chain::key);

    public Chain {
        steps = List.copyOf(steps);
    }

    /** The number of implications. */
    public int length() {
        return steps.size();
    }

    /** The number of contrapositive steps. */
    public int contrapositives() {
        return (int) steps.stream().filter(Implication::contrapositive).count();
    }

    /** True when every step comes from entails or equivalent (no contrary or contradicts). */
    public boolean onlyEntailments() {
        return steps.stream().allMatch(s -> s.type() == org.argmap.model.RelationType.ENTAILS
                || s.type() == org.argmap.model.RelationType.EQUIVALENT);
    }

    private String key() {
        StringBuilder b = new StringBuilder(from.toString());
        for (Implication i : steps) {
            b.append(" > ").append(i.to()).append(" [").append(i.relation().id()).append(']');
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return key();
    }
}
