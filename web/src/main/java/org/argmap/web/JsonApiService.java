package org.argmap.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.argmap.analysis.ReportJson;
import org.argmap.export.CorpusJson;

/** Writes the API's JSON with the core's writers, so that it equals the command line's output. */
@Singleton
final class JsonApiService implements ApiService {

    private final Resource openApi;
    private final AnalysisService analysis;
    private final Duration wait;

    JsonApiService(AnalysisService analysis, ArgmapConfiguration config) {
        this.analysis = analysis;
        this.wait = config.pageWait();
        try (InputStream in = JsonApiService.class.getResourceAsStream("/openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("openapi.yaml is missing from the classpath");
            }
            openApi = Resource.of(in.readAllBytes(), Resource.YAML);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Resource corpus(Snapshot s) {
        return s.cache().computeIfAbsent("api/corpus", k -> CompletableFuture.completedFuture(
                Resource.json(s.corpusJson()))).join();
    }

    @Override
    public Optional<Resource> report(Snapshot s) {
        CompletableFuture<Resource> cached = s.cache().get("api/report");
        if (cached != null) {
            return Optional.of(cached.join());
        }
        return analysis.report(s, wait).map(r -> s.cache().computeIfAbsent("api/report", k -> CompletableFuture.completedFuture(
                Resource.json(ReportJson.write(s.paths().json(ReportJson.toJson(r))).getBytes(StandardCharsets.UTF_8)))).join());
    }

    @Override
    public Resource diagnostics(Snapshot s) {
        ObjectNode root = CorpusJson.mapper().createObjectNode();
        root.put("version", s.version());
        root.put("stale", s.stale());
        root.setAll(CorpusJson.diagnostics(s.diagnostics(), s.files()));
        s.paths().json(root);
        return Resource.json(CorpusJson.write(root).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Resource search(Snapshot s, Search.Query q) {
        Search.Result r = Search.run(s.corpus(), q);
        ObjectNode root = CorpusJson.mapper().createObjectNode();
        root.put("q", q.q());
        root.put("count", r.hits().size());
        ArrayNode hits = root.putArray("hits");
        for (Search.Hit h : r.hits()) {
            ObjectNode o = hits.addObject();
            o.put("type", h.type().word());
            o.put("id", h.id());
            o.put("source", h.source());
            o.put("kind", h.kind());
            o.put("text", h.title());
            o.put("href", h.href());
        }
        ObjectNode facets = root.putObject("facets");
        for (var e : Map.of("type", r.types(), "source", r.sources(), "kind", r.kinds()).entrySet()) {
            ObjectNode f = facets.putObject(e.getKey());
            e.getValue().forEach(f::put);
        }
        // "kind" mixes claim kinds, quote kinds and source languages; these three keep them apart.
        for (var e : List.of(Map.entry("claimKind", Search.Type.CLAIM), Map.entry("quoteKind", Search.Type.QUOTE),
                Map.entry("language", Search.Type.SOURCE))) {
            ObjectNode f = facets.putObject(e.getKey());
            r.kindsByType().get(e.getValue()).forEach(f::put);
        }
        return Resource.json(CorpusJson.write(root).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Resource openApi() {
        return openApi;
    }
}
