package org.argmap.web;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Draws views of a snapshot's corpus, once per corpus. */
interface DrawingService {

    /** Why the drawing cannot be made (unknown sources), or an empty list. */
    List<String> problems(Snapshot s, Drawing d);

    /**
     * The drawing's bytes. Each distinct drawing of a corpus is rendered once, off the event loop;
     * the future is already complete when it is cached. Call {@link #problems} first.
     */
    CompletableFuture<Resource> draw(Snapshot s, Drawing d);
}
