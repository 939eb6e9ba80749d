package org.argmap.web;

import io.micronaut.http.sse.Event;
import org.reactivestreams.Publisher;

/** Server-sent events that announce corpus versions to open pages. */
interface EventService {

    /**
     * A stream that starts with the current version, then sends each new one (event name
     * {@code corpus}, data {@code {"version":..,"errors":n,"stale":b}}), with a comment-like
     * {@code ping} event every 15 seconds so that proxies and browsers keep the connection.
     */
    Publisher<Event<String>> corpusEvents();
}
