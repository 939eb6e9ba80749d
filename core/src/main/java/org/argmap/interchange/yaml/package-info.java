/**
 * Writes maps in our own YAML format ({@code docs/format.md}), for the importers: deterministic
 * output that the {@link org.argmap.load.CorpusLoader} reads back unchanged.
 */
package org.argmap.interchange.yaml;
