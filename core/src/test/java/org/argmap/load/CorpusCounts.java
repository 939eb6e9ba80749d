package org.argmap.load;

/** The pinned size of the bundled corpus; change deliberately, in the same commit as the maps. */
final class CorpusCounts {
    static final int CLAIMS = 150;
    static final int QUOTES = 350;
    static final int PROPOSITIONS = 34;
    static final int STANCES = 115;
    static final int RELATIONS = 198;

    private CorpusCounts() {
    }
}
