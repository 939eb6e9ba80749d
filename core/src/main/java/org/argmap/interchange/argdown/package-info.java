/**
 * Argdown: a hand-written parser ({@link org.argmap.interchange.argdown.ArgdownParser}) for the
 * syntax of the Argdown examples and argdown-core's parser tests, giving an
 * {@link org.argmap.interchange.argdown.ArgdownDocument} much like argdown-core's own model
 * (equivalence classes, arguments with premise-conclusion structures, relations, sections);
 * the mapping onto our model ({@link org.argmap.interchange.argdown.ArgdownImporter}); and an
 * exporter that writes a corpus as Argdown ({@link org.argmap.interchange.argdown.ArgdownExporter}).
 * There is no Java Argdown library (the reference implementation is TypeScript on Chevrotain),
 * hence the hand-written parser.
 */
package org.argmap.interchange.argdown;
