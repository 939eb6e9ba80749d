/**
 * Geometry for drawings, apart from how they are drawn. A view builder describes what to draw as a
 * neutral {@link org.argmap.layout.Diagram} (nodes with text blocks, typed edges, clusters, a title
 * and a legend); a {@link org.argmap.layout.DiagramLayout} measures the text with real font metrics
 * ({@link org.argmap.layout.TextMeasurer}), wraps it, and computes an immutable
 * {@link org.argmap.layout.LaidOutDiagram} in absolute coordinates. Two layouts exist:
 * {@link org.argmap.layout.LayeredLayout} (Eclipse ELK's layered algorithm, one hierarchical node
 * per cluster, orthogonal edge routing) and {@link org.argmap.layout.GridLayout} (a table, for the
 * stance matrix). This package knows nothing of the argument model or of SVG: the dependencies
 * point one way, layout &larr; render.
 */
package org.argmap.layout;
