/**
 * The argument model: immutable records for sources, claims, evidence, stances, relations,
 * propositions and expectations, each carrying the {@link org.argmap.diag.Location} it came from.
 * The model knows nothing of YAML, graphs or drawing.
 */
package org.argmap.model;
