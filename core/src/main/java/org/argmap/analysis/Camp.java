package org.argmap.analysis;

import java.util.List;

/**
 * A group of sources that agree with one another: clustered by average linkage on the {@link
 * SourceAgreement} scores (see {@link Analysis#CAMP_THRESHOLD}).
 *
 * @param number 1, 2, ... in order of the camps' first members in the corpus
 * @param sources the members, in corpus order
 * @param cohesion the mean agreement score between members, or null for a single source
 * @param label the {@code tradition} all members share, or null when they do not share one
 */
public record Camp(int number, List<String> sources, Double cohesion, String label) {
    public Camp {
        sources = List.copyOf(sources);
    }
}
