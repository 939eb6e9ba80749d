package org.argmap.analysis;

import java.util.List;
import org.argmap.model.Claim;
import org.argmap.model.ClaimKind;
import org.argmap.model.Stance;
import org.argmap.model.StanceType;

/**
 * A claim as a finding cites it: its words, its quotes and, when it is cited for a stance, that
 * stance.
 *
 * @param ref {@code source/claim}
 * @param source the source id
 * @param text the claim in English
 * @param kind its kind
 * @param stance the stance for which it is cited, or null (e.g. when cited for an attack)
 * @param implied whether that stance is implied rather than stated
 * @param note the stance's note, or null
 * @param quotes the claim's quotes, in file order
 */
public record CitedClaim(String ref, String source, String text, ClaimKind kind, StanceType stance,
                         boolean implied, String note, List<Quote> quotes) {

    public CitedClaim {
        quotes = List.copyOf(quotes);
    }

    static CitedClaim of(Claim c, Stance s) {
        return new CitedClaim(c.ref(), c.source(), c.text(), c.kind(), s == null ? null : s.type(),
                s != null && s.implied(), s == null ? null : s.note(), c.evidence().stream().map(Quote::of).toList());
    }

    static CitedClaim of(Claim c) {
        return of(c, null);
    }
}
