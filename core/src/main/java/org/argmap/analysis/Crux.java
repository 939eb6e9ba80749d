package org.argmap.analysis;

import java.util.List;

/**
 * A proposition that separates the camps.
 *
 * <p>Each camp's mean position is the mean of its members' effective positions (+1 affirms, −1
 * denies, 0 qualifies; silent members left out). The separation is the largest difference
 * between two camps' means, halved so that it runs from 0 to 1; the coverage is the share of all
 * sources that take a position; the score is separation × coverage, so a proposition every source
 * speaks to and the camps answer oppositely scores 1.
 *
 * @param proposition the proposition
 * @param score separation × coverage
 * @param separation from 0 (camps agree) to 1 (opposite)
 * @param coverage share of sources with a position
 * @param camps each camp's view, in camp order
 */
public record Crux(String proposition, double score, double separation, double coverage, List<CampView> camps) {
    public Crux {
        camps = List.copyOf(camps);
    }

    /**
     * One camp's view of the proposition.
     *
     * @param camp the camp number
     * @param mean the mean position, or null when no member takes one
     * @param positions each member's effective position, in the camp's order
     */
    public record CampView(int camp, Double mean, List<Position> positions) {
        public CampView {
            positions = List.copyOf(positions);
        }
    }
}
