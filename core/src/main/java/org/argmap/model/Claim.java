package org.argmap.model;

import java.util.List;
import org.argmap.diag.Location;

/**
 * A claim of one source.
 *
 * @param source the source id
 * @param id the claim's slug, unique in its source
 * @param text the claim in English
 * @param kind its kind
 * @param tags tags
 * @param evidence its evidence, in file order
 * @param stances its stances on propositions, in file order
 * @param note optional analyst's note, or null
 * @param location where the claim is
 */
public record Claim(String source, String id, String text, ClaimKind kind, List<String> tags,
                    List<Evidence> evidence, List<Stance> stances, String note, Location location) {
    public Claim {
        tags = List.copyOf(tags);
        evidence = List.copyOf(evidence);
        stances = List.copyOf(stances);
    }

    /** The claim's corpus-wide reference, {@code source/id}. */
    public String ref() {
        return source + "/" + id;
    }
}
