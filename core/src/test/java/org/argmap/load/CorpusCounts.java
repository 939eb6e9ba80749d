package org.argmap.load;

/** The pinned size of the bundled corpus; change deliberately, in the same commit as the maps. */
final class CorpusCounts {
    static final int CLAIMS = 152;
    static final int QUOTES = 407;
    static final int PROPOSITIONS = 47; // 39 + 8 from the align review (issue 16): 6 shared, 2 split out
    static final int STANCES = 146; // 130 + 16 from the align review (issue 16)
    static final int RELATIONS = 211;

    private CorpusCounts() {
    }
}
