package org.argmap.diag;

/** How bad a {@link Diagnostic} is: errors fail validation (exit 1), warnings do not. */
public enum Severity {
    ERROR, WARNING;

    /** The lower-case word used in printed diagnostics. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
