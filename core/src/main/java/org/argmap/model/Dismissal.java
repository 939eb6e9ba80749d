package org.argmap.model;

import java.util.List;
import org.argmap.diag.Location;

/**
 * The analyst's decision that what {@code argmap align} suggests does not hold: the listed claims
 * say different things (so no candidate proposition joins any two of them, and no stance gap is
 * inferred from one of them for another), or the listed proposition is one assertion, not a
 * compound. Written in a shared file under {@code dismissed:}.
 *
 * @param claims the claims judged distinct, as {@code source/claim} references (empty when the
 *               dismissal names a proposition)
 * @param proposition the proposition judged not compound, or null
 * @param reason why, in the analyst's words (required)
 * @param location where the dismissal is
 */
public record Dismissal(List<String> claims, String proposition, String reason, Location location) {
    public Dismissal {
        claims = List.copyOf(claims);
    }

    /** True when this dismissal names both claims. */
    public boolean separates(String claimRef, String otherRef) {
        return claims.contains(claimRef) && claims.contains(otherRef);
    }
}
