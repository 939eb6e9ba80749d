package org.argmap.web;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.sse.Event;
import org.reactivestreams.Publisher;

/** {@code GET /events}: the corpus versions as server-sent events, for live pages. */
@Controller
final class EventController {

    private final EventService events;

    EventController(EventService events) {
        this.events = events;
    }

    @Get(value = "/events", produces = MediaType.TEXT_EVENT_STREAM)
    Publisher<Event<String>> events() {
        return events.corpusEvents();
    }
}
