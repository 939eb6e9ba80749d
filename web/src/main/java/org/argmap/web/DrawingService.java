package org.argmap.web;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Draws views of a snapshot's corpus, each distinct drawing of a corpus once, within bounds: a
 * small pool, a bounded queue and a per-drawing size and memory budget
 * ({@link DrawingConfiguration}).
 */
interface DrawingService {

    /** Why the drawing cannot be made (unknown sources), or an empty list. */
    List<String> problems(Snapshot s, Drawing d);

    /**
     * The drawing's bytes. Each distinct drawing of a corpus is rendered once, off the event loop:
     * concurrent requests for one drawing share one rendering, and later ones get the cached bytes.
     * The future fails with {@link Busy} when the server has no capacity left for it, with
     * {@link TooLarge} when it is over the size limits, with {@link AnalysisService.Unavailable}
     * when a view that needs the analysis cannot have it. Call {@link #problems} first.
     */
    CompletableFuture<Resource> draw(Snapshot s, Drawing d);

    /** The server is drawing all it can: try again later (503 with {@code Retry-After}). */
    final class Busy extends RuntimeException {
        private final long retryAfterSeconds;

        Busy(String message, long retryAfterSeconds) {
            super(message, null, false, false);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /** The drawing is larger than this server draws (422); the message says what to ask for instead. */
    final class TooLarge extends RuntimeException {
        TooLarge(String message) {
            super(message, null, false, false);
        }
    }
}
