package org.argmap.load;

/** The pinned size of the bundled corpus; change deliberately, in the same commit as the maps. */
final class CorpusCounts {
    static final int CLAIMS = 152;
    static final int QUOTES = 379;
    static final int PROPOSITIONS = 34;
    static final int STANCES = 118;
    static final int RELATIONS = 202;

    private CorpusCounts() {
    }
}
