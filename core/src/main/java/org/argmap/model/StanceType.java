package org.argmap.model;

/** A stance on a proposition. */
public enum StanceType {
    AFFIRMS, DENIES, QUALIFIES;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
