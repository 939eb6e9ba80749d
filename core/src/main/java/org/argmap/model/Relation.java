package org.argmap.model;

import org.argmap.diag.Location;

/**
 * A typed relation. Between claims, {@code from} and {@code to} are claim references
 * ({@code source/claim}); for an undercut, {@code to} is a relation id. Between propositions
 * they are proposition ids.
 *
 * @param id the relation's id (given, or generated as {@code file-scope#n})
 * @param explicitId true when the id was written in the file
 * @param from resolved reference of the origin
 * @param to resolved reference of the target
 * @param type the relation type
 * @param source the source whose map holds it, or null for a shared file
 * @param note optional note, or null
 * @param location where the relation is
 */
public record Relation(String id, boolean explicitId, String from, String to, RelationType type,
                       String source, String note, Location location) {
}
