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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.argmap.export.CorpusJson;

/** The JSON API and its OpenAPI description. */
@Controller
@Produces(MediaType.APPLICATION_JSON)
final class ApiController {

    private final CorpusService corpus;
    private final ApiService api;

    ApiController(CorpusService corpus, ApiService api) {
        this.corpus = corpus;
        this.api = api;
    }

    @Get("/api/corpus")
    MutableHttpResponse<?> corpus(HttpRequest<?> request) {
        return Responses.of(request, api.corpus(corpus.current()));
    }

    @Get("/api/report")
    @ExecuteOn(TaskExecutors.BLOCKING)
    MutableHttpResponse<?> report(HttpRequest<?> request) {
        try {
            return api.report(corpus.current()).<MutableHttpResponse<?>>map(r -> Responses.of(request, r))
                    .orElseGet(() -> Responses.unavailable(Responses.PENDING_RETRY_AFTER, MediaType.APPLICATION_JSON_TYPE,
                            CorpusJson.write(CorpusJson.mapper().createObjectNode().put("error",
                                    "the analysis of this version of the maps is being computed; try again in "
                                            + Responses.PENDING_RETRY_AFTER + " s")).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (AnalysisService.Unavailable e) {
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_JSON_TYPE)
                    .body(CorpusJson.write(CorpusJson.mapper().createObjectNode().put("error", e.getMessage())));
        }
    }

    @Get("/api/diagnostics")
    MutableHttpResponse<?> diagnostics(HttpRequest<?> request) {
        return Responses.of(request, api.diagnostics(corpus.current()));
    }

    @Get("/api/search")
    @ExecuteOn(TaskExecutors.BLOCKING)
    MutableHttpResponse<?> search(HttpRequest<?> request, @Nullable @QueryValue String q, @Nullable @QueryValue String type,
                                  @Nullable @QueryValue String source, @Nullable @QueryValue String kind) {
        return Responses.of(request, api.search(corpus.current(), new Search.Query(q, Search.Type.parse(type), source, kind)));
    }

    @Get("/openapi.yaml")
    @Produces("application/yaml")
    MutableHttpResponse<?> openApi(HttpRequest<?> request) {
        return Responses.of(request, api.openApi());
    }
}
