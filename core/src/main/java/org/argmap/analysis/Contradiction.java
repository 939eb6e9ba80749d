package org.argmap.analysis;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.argmap.graph.Chain;

/**
 * Two positions that cannot both hold, with who holds each and why they clash.
 *
 * <p>Kinds (stances on objections never count; {@code qualifies} never makes a contradiction of
 * the first three kinds, because it accepts a proposition only in part — it shows in the stance
 * matrix instead):
 * <ul>
 *   <li>{@link Kind#DIRECT}: one side affirms P, the other denies P.
 *   <li>{@link Kind#INCOMPATIBLE}: the sides commit to P and Q (affirming or denying each) and
 *       one contrary or contradicts relation excludes the pair, e.g. one affirms P, the other
 *       affirms Q, and P is contrary to Q.
 *   <li>{@link Kind#INDIRECT}: as incompatible, but through a chain of two or more implications,
 *       or of one entails or equivalent: A affirms P, P entails Q, B denies Q; or A affirms P, P
 *       entails Q, Q contrary R, B affirms R. {@link #chains()} holds the chains, shortest first.
 *   <li>{@link Kind#ATTACK}: an explicit attack or undercut from a claim of one source to a claim
 *       of another (sides: {@code attacks}/{@code undercuts} and {@code attacked}/{@code undercut}).
 *       An undercut's second side is the origin claim of the relation undercut, the argument it
 *       defeats; the relation's conclusion is named in the explanation only, and its propositions
 *       are not listed, since the undercut does not dispute it.
 *   <li>{@link Kind#INTERNAL}: one source at odds with itself by one of the rules above, given by
 *       {@link #basis()}; for an attack, only when neither claim is an objection (a rebuttal
 *       attacking an objection is the article's argument, not a contradiction).
 * </ul>
 * The sides of a propositional contradiction hold every claim committed to each literal, explicit
 * and implied stances alike, of any source (the matrix's explicit-outweighs-implied rule does not
 * apply). A propositional contradiction between sources that also has a source on both sides gives
 * one contradiction between the sources and one internal contradiction per such source.
 *
 * @param kind the kind
 * @param basis for an internal contradiction, the rule that makes it; else the kind itself
 * @param sides two sides
 * @param propositions the propositions involved: those the sides take stances on and those the chain passes through, in order of appearance
 * @param explanation sentences a reader can check, one per step, the shortest chain first
 * @param chains for direct, incompatible and indirect contradictions, the chains from the first side's commitment to the negation of the second's, shortest first; empty for attacks
 */
public record Contradiction(Kind kind, Kind basis, List<Side> sides, List<String> propositions, List<String> explanation,
                            List<Chain> chains) {

    /** The kinds, in report order. */
    public enum Kind {
        DIRECT, INCOMPATIBLE, INDIRECT, ATTACK, INTERNAL;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Parses a lower-case word, or returns null. */
        public static Kind parse(String word) {
            for (Kind k : values()) {
                if (k.word().equals(word)) {
                    return k;
                }
            }
            return null;
        }
    }

    /**
     * One side.
     *
     * @param stance {@code affirms} or {@code denies} (with {@link #proposition()}); for an attack
     *     {@code attacks}, {@code undercuts}, {@code attacked} or {@code undercut}
     * @param proposition the proposition the side affirms or denies, or null for an attack
     * @param sources the sources on this side, in corpus order
     * @param claims their claims, in corpus order, with quotes
     */
    public record Side(String stance, String proposition, List<String> sources, List<CitedClaim> claims) {
        public Side {
            sources = List.copyOf(sources);
            claims = List.copyOf(claims);
        }
    }

    public Contradiction {
        sides = List.copyOf(sides);
        propositions = List.copyOf(propositions);
        explanation = List.copyOf(explanation);
        chains = List.copyOf(chains);
    }

    /** Every source on either side, in side order. */
    public List<String> sources() {
        Set<String> s = new LinkedHashSet<>();
        sides.forEach(x -> s.addAll(x.sources()));
        return List.copyOf(s);
    }
}
