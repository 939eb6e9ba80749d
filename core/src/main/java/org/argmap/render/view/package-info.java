/**
 * View builders: they turn a {@link org.argmap.model.Corpus} into a neutral
 * {@link org.argmap.layout.Diagram}. {@link org.argmap.render.view.MapView} draws sources' argument
 * maps, {@link org.argmap.render.view.ComparisonView} sets sources side by side around the
 * propositions they share, {@link org.argmap.render.view.MatrixView} draws the stance matrix. The
 * comparison facts they need (stance matrix, agreements, contradictions, camp order) come from
 * {@link org.argmap.render.view.ComparisonModel}, derived from the corpus alone so that it can be
 * swapped for the analysis package's results.
 */
package org.argmap.render.view;
