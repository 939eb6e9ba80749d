package org.argmap.interchange;

import java.util.List;
import org.argmap.diag.Diagnostic;
import org.argmap.model.Claim;
import org.argmap.model.Proposition;
import org.argmap.model.Relation;
import org.argmap.model.Source;

/**
 * What an importer made of a foreign file: one source map (a source, its claims, the
 * propositions the claims need and the relations) plus the source text the claims quote, and
 * every problem found. Relation endpoints are claim references {@code source/claim}, proposition
 * ids, or (for undercuts) relation ids, as in {@link org.argmap.model.Relation}.
 *
 * @param source the source; its {@code textPath} is where the caller should write {@link #text}
 * @param claims the claims, with evidence quoting {@link #text}
 * @param propositions propositions made for relations our model only has between propositions
 * @param relations relations, undercuts after the relations they target
 * @param text the source text to write next to the map
 * @param diagnostics errors (nothing usable) and warnings (something was dropped or repaired)
 */
public record ImportedMap(Source source, List<Claim> claims, List<Proposition> propositions,
                          List<Relation> relations, String text, List<Diagnostic> diagnostics) {
    public ImportedMap {
        claims = List.copyOf(claims);
        propositions = List.copyOf(propositions);
        relations = List.copyOf(relations);
        diagnostics = List.copyOf(diagnostics);
    }

    /** True when an error makes the result unusable. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
