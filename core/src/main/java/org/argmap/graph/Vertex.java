package org.argmap.graph;

/**
 * A vertex of the {@link CorpusGraph}: a source, a claim, a piece of evidence or a proposition.
 * Vertices are values: two vertices are equal when they have the same kind and id.
 */
public sealed interface Vertex {

    /** The vertex kinds. */
    enum Kind { SOURCE, CLAIM, EVIDENCE, PROPOSITION }

    /** The id: a source id, a claim reference {@code source/claim}, an evidence id or a proposition id. */
    String id();

    /** The kind of vertex. */
    Kind kind();

    /** An article. */
    record SourceVertex(String id) implements Vertex {
        @Override
        public Kind kind() {
            return Kind.SOURCE;
        }
    }

    /** A claim, named by its reference {@code source/claim}. */
    record ClaimVertex(String id) implements Vertex {
        @Override
        public Kind kind() {
            return Kind.CLAIM;
        }
    }

    /** A quote backing a claim, named by its evidence id {@code source/claim#n}. */
    record EvidenceVertex(String id) implements Vertex {
        @Override
        public Kind kind() {
            return Kind.EVIDENCE;
        }
    }

    /** A proposition of the catalog. */
    record PropositionVertex(String id) implements Vertex {
        @Override
        public Kind kind() {
            return Kind.PROPOSITION;
        }
    }
}
