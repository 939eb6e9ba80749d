package org.argmap.model;

import java.util.List;
import org.argmap.diag.Location;

/**
 * What is asserted, independent of who asserts it.
 *
 * @param id global id
 * @param text the proposition in English
 * @param question optional id of the question it answers, or null
 * @param tags tags
 * @param note optional note
 * @param location where it is
 */
public record Proposition(String id, String text, String question, List<String> tags, String note,
                          Location location) {
    public Proposition {
        tags = List.copyOf(tags);
    }
}
