package org.argmap.web;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.argmap.analysis.AnalysisReport;

/**
 * The cross-source analysis of a snapshot's corpus, computed once per corpus version on a thread
 * of its own (never on a request's thread), started as soon as the version is loaded.
 */
interface AnalysisService {

    /**
     * The report, when it is ready: completes with it, or exceptionally with {@link Unavailable} when
     * the analysis failed on this corpus (remembered, not retried). Asking for it makes sure it is
     * computed even if the corpus has changed since. Never blocks.
     */
    CompletableFuture<AnalysisReport> future(Snapshot s);

    /**
     * The report if it is ready within {@code wait}, else empty (it goes on being computed).
     *
     * @throws Unavailable when the analysis failed on this corpus
     */
    Optional<AnalysisReport> report(Snapshot s, Duration wait);

    /**
     * Completes when the report (or its failure) is there, without asking for it: a version
     * replaced before its turn may never complete.
     */
    CompletableFuture<AnalysisReport> whenDone(Snapshot s);

    /** True when the report (or its failure) is there, without waiting. */
    boolean isDone(Snapshot s);

    /** The analysis could not be made; pages show the message, the API answers 503. */
    final class Unavailable extends RuntimeException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
