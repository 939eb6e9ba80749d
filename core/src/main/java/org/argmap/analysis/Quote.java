package org.argmap.analysis;

import org.argmap.model.Evidence;

/**
 * A quote backing a claim, as shown in a report.
 *
 * @param id the evidence id, {@code source/claim#n}
 * @param text the words, as in the source's text
 * @param gloss the English gloss of a non-English quote, or null
 * @param speaker who speaks when the article quotes someone, or null for the article's own voice
 */
public record Quote(String id, String text, String gloss, String speaker) {

    static Quote of(Evidence e) {
        return new Quote(e.id(), e.quote(), e.gloss(), e.speaker());
    }
}
