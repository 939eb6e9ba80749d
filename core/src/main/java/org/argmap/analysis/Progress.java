package org.argmap.analysis;

/**
 * Where a long analysis is: the stage it is in and how far along. The analysis calls it from its
 * own thread; an implementation must be cheap (the command line prints at most a few lines a
 * second, on the error stream).
 */
public interface Progress {

    /** Reports nothing. */
    Progress NONE = new Progress() {
        @Override
        public void stage(String name, long total) {
        }

        @Override
        public void advance(long steps) {
        }
    };

    /** A new stage begins, of {@code total} steps (0 when unknown). */
    void stage(String name, long total);

    /** {@code steps} more steps of the current stage are done. */
    void advance(long steps);
}
