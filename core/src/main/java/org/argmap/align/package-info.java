/**
 * Alignment: what the sources share that the proposition catalog misses. {@link org.argmap.align.Aligner}
 * turns a {@link org.argmap.model.Corpus} into an {@link org.argmap.align.Alignment} (candidate
 * propositions, stance gaps, compound propositions), honouring the analyst's
 * {@link org.argmap.model.Dismissal}s; {@link org.argmap.align.AlignmentJson} and
 * {@link org.argmap.align.AlignmentText} write it. Text analysis (tokenising, stop words,
 * stemming) is Apache Lucene's; similarity is TF-IDF cosine of our own over Lucene's terms.
 * Depends on {@code model} and {@code analysis} (for {@code Quote}); nothing depends on it but the
 * command line and the server. See docs/align.md.
 */
package org.argmap.align;
