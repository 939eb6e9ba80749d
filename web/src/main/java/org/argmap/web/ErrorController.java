package org.argmap.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;

/** The not-found page for a path that names nothing (JSON under {@code /api/}). */
@Controller
final class ErrorController {

    private final CorpusService corpus;
    private final PageService pages;

    ErrorController(CorpusService corpus, PageService pages) {
        this.corpus = corpus;
        this.pages = pages;
    }

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    MutableHttpResponse<?> notFound(HttpRequest<?> request) {
        if (request.getPath().startsWith("/api/")) {
            return HttpResponse.notFound().contentType(MediaType.APPLICATION_JSON_TYPE).body("{\"error\":\"not found\"}\n");
        }
        return Responses.of(request, pages.notFound(corpus.current(), request.getPath()), HttpStatus.NOT_FOUND);
    }
}
