package org.argmap.graph;

import java.util.Objects;
import org.argmap.model.StanceType;

/**
 * A proposition or its negation: what a stance commits its claim to. {@code affirms P} commits to
 * the literal {@code P}, {@code denies P} to {@code not P}; {@code qualifies} commits to neither.
 *
 * @param proposition the proposition id
 * @param positive true for {@code P}, false for {@code not P}
 */
public record Literal(String proposition, boolean positive) implements Comparable<Literal> {

    public Literal {
        Objects.requireNonNull(proposition, "proposition");
    }

    /** {@code P}. */
    public static Literal of(String proposition) {
        return new Literal(proposition, true);
    }

    /** {@code not P}. */
    public static Literal not(String proposition) {
        return new Literal(proposition, false);
    }

    /**
     * The literal a stance commits to: {@code P} for affirms, {@code not P} for denies, and null
     * for qualifies, which accepts P only in part and so commits to neither.
     */
    public static Literal committedBy(StanceType stance, String proposition) {
        return switch (stance) {
            case AFFIRMS -> of(proposition);
            case DENIES -> not(proposition);
            case QUALIFIES -> null;
        };
    }

    /** The negation. */
    public Literal negate() {
        return new Literal(proposition, !positive);
    }

    /** The stance that commits to this literal: affirms for {@code P}, denies for {@code not P}. */
    public StanceType stance() {
        return positive ? StanceType.AFFIRMS : StanceType.DENIES;
    }

    /** Orders by proposition id, {@code P} before {@code not P}. */
    @Override
    public int compareTo(Literal o) {
        int c = proposition.compareTo(o.proposition);
        return c != 0 ? c : Boolean.compare(o.positive, positive);
    }

    /** {@code P} or {@code not P}. */
    @Override
    public String toString() {
        return positive ? proposition : "not " + proposition;
    }
}
