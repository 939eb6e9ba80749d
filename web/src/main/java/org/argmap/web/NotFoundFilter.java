package org.argmap.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteAttributes;
import java.nio.charset.StandardCharsets;
import org.argmap.export.CorpusJson;

/**
 * The answer to a path no route serves (a route miss, a static file that is not there): the
 * site's HTML "not found" page, or under {@code /api/} a JSON error like the API's others, in
 * place of the framework's JSON. A 404 that a route made itself (an unknown source's drawing, with
 * its reasons) is left as it is: that is why this is a filter on route misses and not a global
 * {@code @Error(status = NOT_FOUND)} route, which would replace those too.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class NotFoundFilter {

    private final CorpusService corpus;
    private final PageService pages;

    NotFoundFilter(CorpusService corpus, PageService pages) {
        this.corpus = corpus;
        this.pages = pages;
    }

    @ResponseFilter
    @SuppressWarnings("unchecked")
    void routeMiss(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.code() != HttpStatus.NOT_FOUND.getCode() || RouteAttributes.getRouteInfo(request).isPresent()) {
            return;
        }
        String path = request.getPath();
        if (path.equals("/api") || path.startsWith("/api/")) {
            String json = CorpusJson.write(CorpusJson.mapper().createObjectNode().put("error", "no such route: " + path));
            ((MutableHttpResponse<Object>) response).body(json.getBytes(StandardCharsets.UTF_8)).contentType(MediaType.APPLICATION_JSON_TYPE);
            return;
        }
        Resource page = pages.notFound(corpus.current(), path);
        ((MutableHttpResponse<Object>) response).body(page.body()).contentType(page.type());
        response.header(SecurityFilter.CSP, page.csp());
    }
}
