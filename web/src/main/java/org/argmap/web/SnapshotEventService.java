package org.argmap.web;

import io.micronaut.http.sse.Event;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;

/** Announces each snapshot the corpus service swaps in. */
@Singleton
final class SnapshotEventService implements EventService {

    private static final Duration PING = Duration.ofSeconds(15);

    private final CorpusService corpus;

    SnapshotEventService(CorpusService corpus) {
        this.corpus = corpus;
    }

    @Override
    public Publisher<Event<String>> corpusEvents() {
        Flux<Event<String>> versions = Flux.concat(Flux.defer(() -> Flux.just(corpus.current())), Flux.from(corpus.changes()))
                .map(SnapshotEventService::event);
        Flux<Event<String>> pings = Flux.interval(PING, PING).map(i -> Event.of("{}").name("ping"));
        return Flux.merge(versions, pings).onBackpressureLatest();
    }

    static Event<String> event(Snapshot s) {
        return Event.of("{\"version\":\"" + s.version() + "\",\"errors\":" + s.errorCount() + ",\"stale\":" + s.stale() + "}")
                .name("corpus").id(Long.toString(s.sequence()));
    }
}
