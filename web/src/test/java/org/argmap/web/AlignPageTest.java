package org.argmap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code /align} on a real server over two sources that say the same thing, one of them with a
 * claim text that tries to inject a script.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlignPageTest implements TestPropertyProvider {

    static final Path DIR = corpus();

    static Path corpus() {
        try {
            Path base = Path.of("target", "corpora");
            Files.createDirectories(base);
            Path d = Files.createTempDirectory(base.toAbsolutePath(), "align-");
            Files.writeString(d.resolve("a.txt"), "In March the secret police arrested the striking miners in every coal town.\n");
            Files.writeString(d.resolve("a.yaml"), """
                    source:
                      id: alpha
                      title: Alpha
                      language: en
                      text: a.txt
                    claims:
                      - id: miners-arrested
                        text: "The secret police arrested the striking miners of the coal towns <script>alert(1)</script>."
                        evidence:
                          - quote: In March the secret police arrested the striking miners in every coal town.
                    """);
            Files.writeString(d.resolve("b.txt"), "Coal miners who went on strike were arrested by the secret police.\n");
            Files.writeString(d.resolve("b.yaml"), """
                    source:
                      id: beta
                      title: Beta
                      language: en
                      text: b.txt
                    claims:
                      - id: strikers-jailed
                        text: Striking coal miners were arrested by the secret police.
                        evidence:
                          - quote: Coal miners who went on strike were arrested by the secret police.
                    """);
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    public Map<String, String> getProperties() {
        // a busy two-core machine can take many seconds over a first page
        return Map.of("argmap.paths", DIR.toString(), "argmap.watch", "false", "micronaut.http.client.read-timeout", "120s");
    }

    @Test
    void listsTheCandidateWithBothClaimsAndTheirQuotesSideBySide() {
        Http.Response r = Http.get(client, "/align");
        assertEquals(200, r.status());
        String html = r.text();
        assertTrue(html.contains("data-candidate=\"c-"), html);
        int members = html.indexOf("class=\"align-members\"");
        assertTrue(members > 0);
        String side = html.substring(members);
        assertTrue(side.contains("data-ref=\"alpha/miners-arrested\"") && side.contains("data-ref=\"beta/strikers-jailed\""));
        assertTrue(side.contains("\u201cCoal miners who went on strike were arrested by the secret police.\u201d"));
        assertTrue(side.contains("\u201cIn March the secret police arrested the striking miners in every coal town.\u201d"));
    }

    @Test
    void escapesAScriptInAClaimText() {
        String html = Http.get(client, "/align").text();
        assertFalse(html.contains("<script>alert(1)</script>"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void theNavigationLinksToTheAlignPage() {
        assertTrue(Http.get(client, "/").text().contains("<a href=\"/align\">Align</a>"));
    }
}
