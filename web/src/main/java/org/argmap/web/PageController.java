package org.argmap.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

/**
 * The HTML pages, and a source's drawings under {@code /maps/{sourceId}.svg|png|pdf}. Pages are
 * written off the event loop (they may wait for a drawing); each request reads one snapshot.
 */
@Controller
@Produces(MediaType.TEXT_HTML)
final class PageController {

    private final CorpusService corpus;
    private final PageService pages;
    private final DrawingService drawings;
    private final ExecutorService blocking;

    PageController(CorpusService corpus, PageService pages, DrawingService drawings,
                   @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.corpus = corpus;
        this.pages = pages;
        this.drawings = drawings;
        this.blocking = blocking;
    }

    @Get("/")
    CompletableFuture<MutableHttpResponse<?>> index(HttpRequest<?> request) {
        return page(request, s -> Optional.of(pages.index(s)));
    }

    /** {@code /maps/ID} is the page, {@code /maps/ID.svg} (or .png, .pdf) the drawing. */
    @Get("/maps/{name}")
    @Produces({MediaType.TEXT_HTML, "image/svg+xml", MediaType.IMAGE_PNG, "application/pdf"})
    CompletableFuture<MutableHttpResponse<?>> map(HttpRequest<?> request, @PathVariable String name) {
        int dot = name.lastIndexOf('.');
        Drawing.Format format = dot < 0 ? null : Drawing.Format.ofExtension(name.substring(dot + 1));
        if (format == null) {
            return page(request, s -> pages.map(s, name));
        }
        Snapshot s = corpus.current();
        Drawing d = Drawing.map(name.substring(0, dot), format);
        if (s.corpus().source(d.sources().get(0)).isEmpty()) {
            return page(request, s, x -> Optional.empty());
        }
        return DrawingController.respond(request, drawings, s, d);
    }

    @Get("/compare")
    CompletableFuture<MutableHttpResponse<?>> compare(HttpRequest<?> request, @Nullable @QueryValue String disagreements) {
        List<String> sources = DrawingController.sources(request);
        return page(request, s -> Optional.of(pages.compare(s, sources, DrawingController.isTrue(disagreements))));
    }

    @Get("/matrix")
    CompletableFuture<MutableHttpResponse<?>> matrix(HttpRequest<?> request) {
        return page(request, s -> Optional.of(pages.matrix(s)));
    }

    @Get("/contradictions/{id}")
    CompletableFuture<MutableHttpResponse<?>> contradiction(HttpRequest<?> request, @PathVariable String id) {
        return page(request, s -> pages.contradiction(s, id));
    }

    @Get("/search")
    CompletableFuture<MutableHttpResponse<?>> search(HttpRequest<?> request, @Nullable @QueryValue String q,
                                                     @Nullable @QueryValue String type, @Nullable @QueryValue String source,
                                                     @Nullable @QueryValue String kind) {
        Search.Query query = new Search.Query(q, Search.Type.parse(type), source, kind);
        return page(request, s -> Optional.of(pages.search(s, query)));
    }

    private CompletableFuture<MutableHttpResponse<?>> page(HttpRequest<?> request, Function<Snapshot, Optional<Resource>> make) {
        return page(request, corpus.current(), make);
    }

    private CompletableFuture<MutableHttpResponse<?>> page(HttpRequest<?> request, Snapshot s,
                                                          Function<Snapshot, Optional<Resource>> make) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return make.apply(s)
                        .<MutableHttpResponse<?>>map(r -> Responses.of(request, r))
                        .orElseGet(() -> Responses.of(request, pages.notFound(s, request.getPath()), HttpStatus.NOT_FOUND));
            } catch (PageService.Unready e) {
                return Responses.unavailable(Responses.PENDING_RETRY_AFTER, e.page().type(), e.page().body());
            }
        }, blocking);
    }

}
