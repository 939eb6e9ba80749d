package org.argmap.model;

/** What a piece of evidence is. */
public enum EvidenceKind {
    /** The article's own assertion. */
    STATEMENT,
    /** A witness or participant quoted. */
    TESTIMONY,
    /** An authority or author quoted. */
    QUOTATION,
    STATISTIC,
    HISTORICAL_FACT,
    /** A letter, a resolution, a decree. */
    DOCUMENT;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
