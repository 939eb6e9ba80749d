package org.argmap.dung;

import java.util.Arrays;
import java.util.Optional;

/**
 * Dung's extension-based semantics, each with its ICCMA abbreviation. For a framework (A, R),
 * a set S of arguments is
 *
 * <ul>
 *   <li><em>conflict-free</em> if no member attacks a member;
 *   <li><em>complete</em> ({@link #COMPLETE}) if it is conflict-free and equals the set of
 *       arguments it defends (a fixed point of the characteristic function F(S) = {a | every
 *       attacker of a is attacked by S});
 *   <li><em>grounded</em> ({@link #GROUNDED}) if it is the least fixed point of F, equivalently
 *       the ⊆-least complete extension (there is exactly one);
 *   <li><em>preferred</em> ({@link #PREFERRED}) if it is a ⊆-maximal complete (equivalently
 *       admissible) extension (there is at least one);
 *   <li><em>stable</em> ({@link #STABLE}) if it is conflict-free and attacks every argument
 *       outside it (there may be none).
 * </ul>
 */
public enum Semantics {
    GROUNDED("GR"),
    COMPLETE("CO"),
    PREFERRED("PR"),
    STABLE("ST");

    private final String iccma;

    Semantics(String iccma) {
        this.iccma = iccma;
    }

    /** The ICCMA abbreviation: {@code GR}, {@code CO}, {@code PR} or {@code ST}. */
    public String iccmaCode() {
        return iccma;
    }

    /** The semantics with this exact ICCMA abbreviation, if any. */
    public static Optional<Semantics> fromIccmaCode(String code) {
        return Arrays.stream(values()).filter(s -> s.iccma.equals(code)).findFirst();
    }
}
