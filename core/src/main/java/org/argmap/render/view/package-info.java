/**
 * View builders: they turn a {@link org.argmap.model.Corpus} into a neutral
 * {@link org.argmap.layout.Diagram}. {@link org.argmap.render.view.MapView} draws sources' argument
 * maps, {@link org.argmap.render.view.ComparisonView} sets sources side by side around the
 * propositions they share, {@link org.argmap.render.view.MatrixView} draws the stance matrix. The
 * comparison facts they need (stance matrix, agreements, contradictions, camp order) come from
 * {@link org.argmap.render.view.ComparisonModel}: the analysis package's findings
 * ({@link org.argmap.analysis.Analysis#of}) restricted to the chosen sources, so that a figure
 * says what {@code argmap analyze} says. (render depends on analysis, never the reverse.)
 */
package org.argmap.render.view;
