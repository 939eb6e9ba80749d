package org.argmap.model;

import java.util.Locale;

/** The relation types, between claims or between propositions. */
public enum RelationType {
    SUPPORTS(true), ATTACKS(true), UNDERCUTS(true),
    CONTRADICTS(false), CONTRARY(false), ENTAILS(false), EQUIVALENT(false);

    private final boolean betweenClaims;

    RelationType(boolean betweenClaims) {
        this.betweenClaims = betweenClaims;
    }

    /** True for supports, attacks and undercuts; false for relations between propositions. */
    public boolean betweenClaims() {
        return betweenClaims;
    }

    /** True for attacks and undercuts. */
    public boolean isAttack() {
        return this == ATTACKS || this == UNDERCUTS;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a lower-case word, or returns null. */
    public static RelationType parse(String word) {
        for (RelationType t : values()) {
            if (t.word().equals(word)) {
                return t;
            }
        }
        return null;
    }
}
