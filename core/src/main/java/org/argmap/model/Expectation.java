package org.argmap.model;

import java.util.List;
import org.argmap.diag.Location;

/**
 * A finding the analyst expects the analysis to show.
 *
 * @param type agreement or contradiction
 * @param kind for a contradiction, its kind (direct, incompatible, indirect, attack, internal) or null for any
 * @param proposition for an agreement, the proposition
 * @param stance for an agreement, the shared stance
 * @param sources the sources that must take part
 * @param propositions for a contradiction, propositions that must be involved (may be empty)
 * @param location where it is
 */
public record Expectation(Type type, String kind, String proposition, StanceType stance, List<String> sources,
                          List<String> propositions, Location location) {
    public enum Type { AGREEMENT, CONTRADICTION }

    public Expectation {
        sources = List.copyOf(sources);
        propositions = List.copyOf(propositions);
    }
}
