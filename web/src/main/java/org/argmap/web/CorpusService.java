package org.argmap.web;

import org.reactivestreams.Publisher;

/** The live corpus: the current snapshot, reloads, and a stream of the snapshots that follow. */
interface CorpusService {

    /** The current snapshot; a request calls this once and reads only that snapshot. */
    Snapshot current();

    /** Loads the maps again now and swaps the snapshot in; returns it. Never throws for bad input. */
    Snapshot reload();

    /** Every snapshot swapped in from now on (a hot stream; late subscribers miss earlier ones). */
    Publisher<Snapshot> changes();
}
