package org.argmap.layout;

/**
 * Computes the geometry of a diagram. Implementations are deterministic: the same diagram always
 * gives an equal {@link LaidOutDiagram}. They guarantee that no two nodes overlap and that each
 * node's lines lie within its box.
 */
public interface DiagramLayout {

    /** Lays the diagram out. */
    LaidOutDiagram layout(Diagram diagram);
}
