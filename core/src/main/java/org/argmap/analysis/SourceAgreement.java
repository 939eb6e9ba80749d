package org.argmap.analysis;

/**
 * How far two sources agree, over the propositions on which both take a position.
 *
 * <p>The measure is the normalised agreement of Betz's debate-dynamics model (G. Betz, <em>Debate
 * Dynamics: How Controversy Improves Our Beliefs</em>, Springer 2013): the share of the commonly
 * assessed propositions on which two positions agree, i.e. one minus their normalised Hamming
 * distance. Here a position on a proposition is the {@link StanceMatrix.Cell#effective()
 * effective} cell: the recorded stance, or for a silent cell what the source's commitments entail
 * (Betz compares positions closed under the debate's inferences; without this the two readings
 * of the USSR, stated as different propositions, would never meet). Qualifying is its own
 * category, half-way: same position 1, affirms against denies 0, qualifies against either 0.5.
 *
 * @param a a source
 * @param b another source, later in corpus order
 * @param shared the number of propositions on which both take a position
 * @param same how many of those they take the same position on
 * @param opposite how many they take opposite positions on (affirms against denies)
 * @param partial how many one qualifies and the other affirms or denies
 * @param score {@code (same + 0.5 * partial) / shared}, or null when nothing is shared
 */
public record SourceAgreement(String a, String b, int shared, int same, int opposite, int partial, Double score) {
}
