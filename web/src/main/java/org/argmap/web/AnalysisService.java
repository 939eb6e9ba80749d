package org.argmap.web;

import org.argmap.analysis.AnalysisReport;

/** The cross-source analysis of a snapshot's corpus. */
interface AnalysisService {

    /**
     * The report, computed once per corpus.
     *
     * @throws Unavailable when the analysis failed on this corpus (the message says why)
     */
    AnalysisReport report(Snapshot s);

    /** The analysis could not be made; pages show the message, the API answers 503. */
    final class Unavailable extends RuntimeException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
