package org.argmap.load;

/** The pinned size of the bundled corpus; change deliberately, in the same commit as the maps. */
final class CorpusCounts {
    static final int CLAIMS = 152;
    static final int QUOTES = 407;
    static final int PROPOSITIONS = 39;
    static final int STANCES = 130;
    static final int RELATIONS = 211;

    private CorpusCounts() {
    }
}
