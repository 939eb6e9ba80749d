package org.argmap.model;

import org.argmap.diag.Location;

/**
 * A claim's stance on a proposition.
 *
 * @param source source id
 * @param claim claim id
 * @param proposition proposition id
 * @param type affirms, denies or qualifies
 * @param implied true when the stance is implied rather than stated
 * @param note optional note, or null
 * @param location where the stance is
 */
public record Stance(String source, String claim, String proposition, StanceType type, boolean implied,
                     String note, Location location) {
    public String claimRef() {
        return source + "/" + claim;
    }
}
