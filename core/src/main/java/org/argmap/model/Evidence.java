package org.argmap.model;

import org.argmap.diag.Location;

/**
 * A verbatim quote backing a claim, found in the source text.
 *
 * @param id corpus-wide id, {@code source/claim#n} (n from 1, in file order)
 * @param source source id
 * @param claim claim id
 * @param quote the quote as written in the map
 * @param kind the kind of evidence
 * @param speaker who speaks when the article quotes a third party, or null for the article's own voice
 * @param gloss English gloss of a non-English quote, or null
 * @param note optional note, or null
 * @param start start offset of the quote in the text, in Unicode code points, or -1 when not found
 * @param end end offset (exclusive), in code points, or -1
 * @param exact true when the quote was found byte for byte; false when only after normalising
 * @param location where the quote is in the map file
 */
public record Evidence(String id, String source, String claim, String quote, EvidenceKind kind,
                       String speaker, String gloss, String note, int start, int end, boolean exact,
                       Location location) {
    public boolean found() {
        return start >= 0;
    }
}
