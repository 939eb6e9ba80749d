package org.argmap.analysis;

import java.util.List;

/**
 * A group of sources that agree with one another: clustered by average linkage on the {@link
 * SourceAgreement} scores (see {@link Analysis#CAMP_THRESHOLD}).
 *
 * <p>Two camps merge only when every source of one shares a proposition with every source of the
 * other, so the members of a camp all have something to agree on, and a source that shares
 * nothing with the others is a camp of its own.
 *
 * @param number 1, 2, ... in order of the camps' first members in the corpus
 * @param sources the members, in corpus order
 * @param cohesion the mean agreement score over the pairs of members that have one, or null for
 *     a single source
 * @param label the {@code tradition} all members share, or null when they do not share one
 * @param pairs how many pairs of members the cohesion is computed over (pairs that share at least
 *     one proposition; with the merge rule above, all n(n−1)/2 of them)
 */
public record Camp(int number, List<String> sources, Double cohesion, String label, int pairs) {
    public Camp {
        sources = List.copyOf(sources);
    }

    /** A camp whose pairs all have a score. */
    public Camp(int number, List<String> sources, Double cohesion, String label) {
        this(number, sources, cohesion, label, sources.size() * (sources.size() - 1) / 2);
    }
}
