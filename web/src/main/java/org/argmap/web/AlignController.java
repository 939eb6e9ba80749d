package org.argmap.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/** {@code GET /align}: the alignment page, written off the event loop from one snapshot. */
@Controller
@Produces(MediaType.TEXT_HTML)
final class AlignController {

    private final CorpusService corpus;
    private final AlignPage page;
    private final ExecutorService blocking;

    AlignController(CorpusService corpus, AlignPage page, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.corpus = corpus;
        this.page = page;
        this.blocking = blocking;
    }

    @Get("/align")
    CompletableFuture<MutableHttpResponse<?>> align(HttpRequest<?> request) {
        Snapshot s = corpus.current();
        return CompletableFuture.supplyAsync(() -> Responses.of(request, page.page(s)), blocking);
    }
}
