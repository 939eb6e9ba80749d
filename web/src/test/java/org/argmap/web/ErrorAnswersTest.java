package org.argmap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The answers that are not the pages: refusals (403, 405), unknown paths (404) and their bodies
 * carry the same security headers as the pages; unknown pages get the site's HTML page, unknown
 * API routes JSON.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorAnswersTest implements TestPropertyProvider {

    static final Path MAPS = mini();

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    private static Path mini() {
        try {
            Files.createDirectories(Path.of("target", "corpora"));
            return MiniCorpus.write(Files.createTempDirectory(Path.of("target", "corpora").toAbsolutePath(), "errors-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of("argmap.paths", MAPS.toString(), "argmap.watch", "false", "argmap.page-wait", "60s");
    }

    private static void assertSecurityHeaders(Http.Response r, String what) {
        assertTrue(r.header("Content-Security-Policy") != null && r.header("Content-Security-Policy").contains("default-src"),
                what + ": " + r.headers());
        assertEquals("nosniff", r.header("X-Content-Type-Options"), what);
        assertEquals("no-referrer", r.header("Referrer-Policy"), what);
        assertEquals("DENY", r.header("X-Frame-Options"), what);
    }

    @Test
    void refusalsAndNotFoundAnswersCarryTheSecurityHeadersOfThePages() throws IOException {
        Http.Response page = Http.raw(server.getURL(), "GET", "/", "localhost");
        assertEquals(200, page.status());
        assertSecurityHeaders(page, "the index");

        Http.Response forbidden = Http.raw(server.getURL(), "GET", "/api/corpus", "evil.example");
        assertEquals(403, forbidden.status());
        assertSecurityHeaders(forbidden, "403");

        for (String method : List.of("POST", "PUT", "DELETE", "OPTIONS")) {
            Http.Response notAllowed = Http.raw(server.getURL(), method, "/maps/a", "localhost");
            assertEquals(405, notAllowed.status(), method);
            assertEquals("GET, HEAD", notAllowed.header("Allow"), method);
            assertSecurityHeaders(notAllowed, method + " 405");
        }

        for (String path : List.of("/no/such/page", "/api/nothing", "/maps/no-such-source", "/maps/no-such-source.svg",
                "/static/no-such.js", "/contradictions/99")) {
            Http.Response notFound = Http.raw(server.getURL(), "GET", path, "localhost");
            assertEquals(404, notFound.status(), path);
            assertSecurityHeaders(notFound, path + " 404");
        }
    }

    @Test
    void unknownPagesGetTheSitesHtmlNotFoundPage() {
        for (String path : List.of("/no/such/page", "/static/no-such.js", "/maps/a/extra", "/compare/x")) {
            Http.Response r = Http.exchange(client, HttpRequest.GET(path).accept("application/json"));
            assertEquals(404, r.status(), path);
            assertEquals("text/html;charset=utf-8", r.header("Content-Type"), path);
            String html = r.text();
            assertTrue(html.startsWith("<!DOCTYPE html>"), path);
            assertTrue(html.contains("data-page=\"not-found\""), path);
            assertTrue(html.contains("<nav aria-label=\"Main\">"), path);
            assertTrue(html.contains("<code>" + path + "</code>"), path);
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode json(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void unknownApiRoutesGetAJsonError() {
        for (String path : List.of("/api/nothing", "/api/corpus/extra", "/api")) {
            Http.Response r = Http.exchange(client, HttpRequest.GET(path).accept("text/html"));
            assertEquals(404, r.status(), path);
            assertEquals("application/json", r.header("Content-Type"), path);
            assertEquals("no such route: " + path, json(r.text()).get("error").asText(), path);
            assertFalse(r.text().contains("<html"), path);
        }
    }
}
