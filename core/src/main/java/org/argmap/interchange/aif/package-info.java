/**
 * AIF (the Argument Interchange Format) in the JSON form of AIFdb and OVA: reading it with
 * line and column for every node, edge and locution ({@link org.argmap.interchange.aif.AifReader}),
 * mapping it onto our model ({@link org.argmap.interchange.aif.AifImporter}) and writing a corpus
 * back ({@link org.argmap.interchange.aif.AifExporter}). Accepts the plain AIFdb form
 * {@code {"nodes", "edges", "locutions"}}, the OVA3 wrapper {@code {"AIF": {...}}} and xAIF
 * (integer ids). Jackson does the JSON; the mapping is ours, as no maintained Java AIF library
 * exists.
 */
package org.argmap.interchange.aif;
