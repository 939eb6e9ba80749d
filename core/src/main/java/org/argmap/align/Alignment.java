package org.argmap.align;

import java.util.List;
import org.argmap.analysis.Quote;
import org.argmap.model.StanceType;

/**
 * What {@link Aligner} found in a corpus: candidate propositions the catalog misses, stance gaps,
 * compound propositions, and how many suggestions the analyst's dismissals removed. Immutable;
 * every list is in a deterministic order (best first, ties by claim or proposition reference).
 *
 * @param candidates groups of claims from several sources that say the same thing (or its
 *                   negation) but share no proposition, best first
 * @param gaps stances a claim's evidence and a parallel claim suggest but the claim does not take
 * @param compounds catalog propositions that bundle several assertions
 * @param dismissed how many suggestions (claim pairs and compound propositions) the corpus's
 *                  {@code dismissed:} entries removed
 * @param settings the thresholds used
 */
public record Alignment(List<Candidate> candidates, List<StanceGap> gaps, List<Compound> compounds, int dismissed,
                        Settings settings) {

    public Alignment {
        candidates = List.copyOf(candidates);
        gaps = List.copyOf(gaps);
        compounds = List.copyOf(compounds);
    }

    /**
     * The thresholds. Similarity is {@code (text + full) / 2}: the cosine of the claim texts alone
     * and the cosine of the texts with their quotes (or glosses), both TF-IDF over stemmed terms.
     *
     * @param candidate least similarity for two claims of different sources to be parallel
     * @param strong least similarity at which a parallel claim alone suggests a stance
     * @param evidence least cosine of a claim's quotes with a proposition's text for its evidence to support it
     */
    public record Settings(double candidate, double strong, double evidence) {
        public static final Settings DEFAULT = new Settings(0.15, 0.35, 0.15);
    }

    /**
     * A claim in a candidate.
     *
     * @param ref {@code source/claim}
     * @param source source id
     * @param text the claim's text
     * @param stance the stance it would take on the suggested proposition: {@code affirms} when its
     *               negation cues bearing on the shared terms have the parity of the central
     *               claim's, else {@code denies}
     * @param negations its number of negation cues bearing on the candidate's shared terms
     * @param propositions the propositions it takes a stance on today
     * @param quotes its quotes
     */
    public record Member(String ref, String source, String text, StanceType stance, int negations,
                         List<String> propositions, List<Quote> quotes) {
        public Member {
            propositions = List.copyOf(propositions);
            quotes = List.copyOf(quotes);
        }
    }

    /**
     * A candidate proposition.
     *
     * @param id a stable id: {@code c-} and a hash of the member refs
     * @param score mean pairwise similarity of the members
     * @param text the suggested proposition: the central member's text
     * @param central the member most similar to the others
     * @param members one claim per source, central first, then by similarity to it
     * @param terms the stemmed terms that contribute most to the members' similarity, best first
     */
    public record Candidate(String id, double score, String text, String central, List<Member> members, List<String> terms) {
        public Candidate {
            members = List.copyOf(members);
            terms = List.copyOf(terms);
        }

        public List<String> refs() {
            return members.stream().map(Member::ref).toList();
        }
    }

    /**
     * A claim that the catalog lets take a stance it does not take.
     *
     * @param claim {@code source/claim}
     * @param proposition the proposition
     * @param stance the stance suggested: the parallel claims' stance, turned when the negation
     *               cues' parity differs
     * @param evidenceScore the cosine of the claim's quotes with the proposition's text
     * @param parallels the claims of other sources that take a stance on the proposition, with
     *                  their similarity to this claim, best first
     * @param quotes the claim's quotes
     */
    public record StanceGap(String claim, String proposition, StanceType stance, double evidenceScore,
                            List<Parallel> parallels, List<Quote> quotes) {
        public StanceGap {
            parallels = List.copyOf(parallels);
            quotes = List.copyOf(quotes);
        }

        /** The best parallel's similarity. */
        public double score() {
            return parallels.isEmpty() ? 0 : parallels.get(0).score();
        }
    }

    /**
     * A parallel claim.
     *
     * @param ref {@code source/claim}
     * @param stance its stance on the proposition
     * @param implied whether that stance is implied
     * @param score its similarity to the claim
     */
    public record Parallel(String ref, StanceType stance, boolean implied, double score) {
    }

    /**
     * A proposition that bundles several assertions.
     *
     * @param proposition its id
     * @param text its text
     * @param signals what gave it away: {@code because} (a reason joined to the assertion),
     *                {@code list} (three or more items), {@code and} (two clauses)
     * @param parts the suggested split, in text order
     */
    public record Compound(String proposition, String text, List<String> signals, List<Part> parts) {
        public Compound {
            signals = List.copyOf(signals);
            parts = List.copyOf(parts);
        }
    }

    /**
     * One assertion of a compound, with the claims that state it.
     *
     * @param text the suggested proposition
     * @param covered the claims with a stance on the compound whose text or quotes hold at least
     *                half of the part's terms
     * @param uncovered the other claims with a stance on the compound: they claim more than they say
     */
    public record Part(String text, List<String> covered, List<String> uncovered) {
        public Part {
            covered = List.copyOf(covered);
            uncovered = List.copyOf(uncovered);
        }
    }
}
