package org.argmap.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The comparison and the matrix as SVG, PNG and PDF. A cached drawing is answered on the event
 * loop; a new one is rendered on the drawing service's bounded pool, and past its capacity the
 * answer is 503 with {@code Retry-After}, never an error.
 */
@Controller
final class DrawingController {

    private final CorpusService corpus;
    private final DrawingService drawings;

    DrawingController(CorpusService corpus, DrawingService drawings) {
        this.corpus = corpus;
        this.drawings = drawings;
    }

    @Get("/compare.svg")
    @Produces("image/svg+xml")
    CompletableFuture<MutableHttpResponse<?>> compareSvg(HttpRequest<?> request, @Nullable @QueryValue String disagreements) {
        return compare(request, disagreements, Drawing.Format.SVG);
    }

    @Get("/compare.png")
    @Produces(MediaType.IMAGE_PNG)
    CompletableFuture<MutableHttpResponse<?>> comparePng(HttpRequest<?> request, @Nullable @QueryValue String disagreements) {
        return compare(request, disagreements, Drawing.Format.PNG);
    }

    @Get("/compare.pdf")
    @Produces("application/pdf")
    CompletableFuture<MutableHttpResponse<?>> comparePdf(HttpRequest<?> request, @Nullable @QueryValue String disagreements) {
        return compare(request, disagreements, Drawing.Format.PDF);
    }

    @Get("/matrix.svg")
    @Produces("image/svg+xml")
    CompletableFuture<MutableHttpResponse<?>> matrixSvg(HttpRequest<?> request) {
        return respond(request, drawings, corpus.current(), matrix(Drawing.Format.SVG));
    }

    @Get("/matrix.png")
    @Produces(MediaType.IMAGE_PNG)
    CompletableFuture<MutableHttpResponse<?>> matrixPng(HttpRequest<?> request) {
        return respond(request, drawings, corpus.current(), matrix(Drawing.Format.PNG));
    }

    @Get("/matrix.pdf")
    @Produces("application/pdf")
    CompletableFuture<MutableHttpResponse<?>> matrixPdf(HttpRequest<?> request) {
        return respond(request, drawings, corpus.current(), matrix(Drawing.Format.PDF));
    }

    private static Drawing matrix(Drawing.Format f) {
        return new Drawing(Drawing.View.MATRIX, List.of(), false, f);
    }

    private CompletableFuture<MutableHttpResponse<?>> compare(HttpRequest<?> request, String disagreements, Drawing.Format f) {
        Drawing d = new Drawing(Drawing.View.COMPARISON, sources(request), isTrue(disagreements), f);
        return respond(request, drawings, corpus.current(), d);
    }

    /**
     * The drawing; 404 with the reasons when it names an unknown source, 400 when it cannot be
     * drawn otherwise (a comparison of one source), 422 when it is over the server's size limits,
     * 503 with {@code Retry-After} when the server is drawing all it can.
     */
    static CompletableFuture<MutableHttpResponse<?>> respond(HttpRequest<?> request, DrawingService drawings, Snapshot s, Drawing d) {
        List<String> problems = drawings.problems(s, d);
        if (!problems.isEmpty()) {
            boolean unknown = s.corpus().sources().isEmpty() || d.sources().stream().anyMatch(id -> s.corpus().source(id).isEmpty());
            return CompletableFuture.completedFuture(HttpResponse.status(unknown ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST)
                    .contentType(MediaType.TEXT_PLAIN_TYPE).body(String.join("\n", problems) + "\n"));
        }
        return drawings.draw(s, d).<MutableHttpResponse<?>>thenApply(r -> Responses.of(request, r)).exceptionally(Responses::drawingFailure);
    }

    /**
     * The {@code sources} query values, repeated ({@code sources=a&sources=b}) or comma-separated,
     * sorted and without repeats: the comparison orders its sources by camp itself, so the order
     * asked for does not matter, and one set of sources is one cached drawing.
     */
    static List<String> sources(HttpRequest<?> request) {
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        for (String v : request.getParameters().getAll("sources")) {
            for (String id : v.split(",")) {
                if (!id.isBlank()) {
                    out.add(id.strip());
                }
            }
        }
        return List.copyOf(out);
    }

    static boolean isTrue(String v) {
        return v != null && (v.equals("true") || v.equals("on") || v.equals("1") || v.equals("yes"));
    }
}
