/**
 * Loading and validation: YAML read with locations ({@link org.argmap.load.YamlReader}), mapped
 * onto the model ({@link org.argmap.load.CorpusLoader}), quotes found in their texts
 * ({@link org.argmap.load.QuoteFinder}) and checked across files. Problems are returned as
 * {@link org.argmap.diag.Diagnostic}s, all of them, never thrown.
 */
package org.argmap.load;
