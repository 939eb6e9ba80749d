package org.argmap.model;

/** What part a claim plays in its article. */
public enum ClaimKind {
    /** A main conclusion of the article. */
    THESIS,
    /** A reason given for another claim. */
    PREMISE,
    /** A statement of fact the article relies on. */
    FACT,
    /** A view the article reports in order to reject it. */
    OBJECTION,
    /** The article's answer to an objection. */
    REBUTTAL,
    /** A reading of events or of another author. */
    INTERPRETATION,
    /** What ought to be done. */
    PRESCRIPTION;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
