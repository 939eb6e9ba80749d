package org.argmap.analysis;

import java.util.List;
import org.argmap.model.StanceType;

/**
 * Two or more sources take the same clean stance on a proposition: their {@link StanceMatrix}
 * cells are all {@code affirms}, or all {@code denies}. Qualified and mixed cells never agree:
 * a qualification accepts a proposition only in part, and two qualifications may differ.
 *
 * @param proposition the proposition
 * @param stance affirms or denies
 * @param sources the sources, in corpus order
 * @param claims their claims with that stance, in corpus order, with quotes
 */
public record Agreement(String proposition, StanceType stance, List<String> sources, List<CitedClaim> claims) {
    public Agreement {
        sources = List.copyOf(sources);
        claims = List.copyOf(claims);
    }
}
