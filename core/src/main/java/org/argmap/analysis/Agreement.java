package org.argmap.analysis;

import java.util.List;
import org.argmap.model.StanceType;

/**
 * Two or more sources take the same clean stance on a proposition: their {@link StanceMatrix}
 * cells are {@code affirms}, or {@code denies} (a shared denial agrees on not-P). Every source
 * with that position is listed, whatever the others hold. {@code qualifies} cells never agree: a
 * qualification accepts a proposition only in part, and two qualifications may differ. A mixed
 * cell joins with the position its counted (explicit) stances give, citing only its claims with
 * that stance.
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
