package org.argmap.analysis;

import java.util.Locale;
import org.argmap.model.StanceType;

/** What a source holds on a proposition, as shown in one cell of the {@link StanceMatrix}. */
public enum Position {
    AFFIRMS(1.0), DENIES(-1.0), QUALIFIES(0.0), SILENT(Double.NaN);

    private final double value;

    Position(double value) {
        this.value = value;
    }

    /** The position a stance type gives. */
    public static Position of(StanceType t) {
        return switch (t) {
            case AFFIRMS -> AFFIRMS;
            case DENIES -> DENIES;
            case QUALIFIES -> QUALIFIES;
        };
    }

    /** The numeric value used for camp means and cruxes: +1, −1, 0; NaN for silent. */
    public double value() {
        return value;
    }

    /** True unless silent. */
    public boolean taken() {
        return this != SILENT;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
