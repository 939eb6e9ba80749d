package org.argmap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The server started on an absolute path shows files relative to the corpus root: in claim cards,
 * relation steps, the diagnostics panel and every JSON answer, never the server's absolute paths.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelativePathsTest implements TestPropertyProvider {

    static final TestCorpus CORPUS = TestCorpus.create("paths", false);

    static {
        // an error whose message and hint name another file: a second map with trotsky-1935's source id
        CORPUS.write(CORPUS.maps().resolve("zz-copy.yaml"), CORPUS.read(CORPUS.map("trotsky-1935")));
        CORPUS.write(CORPUS.maps().resolve("zz-refs.yaml"), "relations:\n  - {from: nobody/x, to: trotsky-1935/tarov-persecuted, type: supports}\n");
    }

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("argmap.paths", CORPUS.maps().toAbsolutePath().toString(), "argmap.watch", "false");
    }

    private List<String> absoluteForms() throws Exception {
        List<String> forms = new ArrayList<>(List.of(CORPUS.root.toAbsolutePath().toString(), CORPUS.root.toRealPath().toString()));
        forms.add(TestCorpus.REPO.toString());
        return forms;
    }

    private void assertNoAbsolutePath(String what, String body) throws Exception {
        for (String abs : absoluteForms()) {
            assertFalse(body.contains(abs), () -> what + " shows " + abs + ": "
                    + body.substring(Math.max(0, body.indexOf(abs) - 200), Math.min(body.length(), body.indexOf(abs) + 200)));
        }
    }

    @Test
    void claimCardsShowTheMapFileRelativeToTheCorpusRoot() throws Exception {
        String html = Http.get(client, "/maps/trotsky-1935").text();
        assertTrue(html.contains("<p class=\"where\">argmaps/trotsky-1935.yaml:"), "no relative location in the cards");
        assertNoAbsolutePath("the map page", html);
        assertNoAbsolutePath("the index", Http.get(client, "/").text());
    }

    @Test
    void theJsonApiShowsNoAbsolutePath() throws Exception {
        ObjectMapper m = new ObjectMapper();
        String corpus = Http.get(client, "/api/corpus").text();
        assertNoAbsolutePath("/api/corpus", corpus);
        JsonNode c = m.readTree(corpus);
        assertEquals("argmaps/alcoy-2016.yaml", c.get("sources").get(0).get("file").asText());
        assertTrue(c.get("claims").get(0).get("file").asText().startsWith("argmaps/"));
        String diags = Http.get(client, "/api/diagnostics").text();
        assertNoAbsolutePath("/api/diagnostics", diags);
        JsonNode d = m.readTree(diags);
        assertTrue(d.get("diagnostics").size() >= 2, diags);
        assertTrue(d.get("files").get(0).asText().startsWith("argmaps/"), diags);
        boolean duplicate = false;
        for (JsonNode x : d.get("diagnostics")) {
            assertTrue(x.get("file").asText().startsWith("argmaps/"), x::toString);
            if (x.get("code").asText().equals("duplicate-source")) {
                duplicate = true;
                assertTrue(x.get("message").asText().endsWith("already used by argmaps/trotsky-1935.yaml"), x::toString);
            }
        }
        assertTrue(duplicate, diags);
        assertNoAbsolutePath("/api/report", Http.get(client, "/api/report").text());
    }
}
