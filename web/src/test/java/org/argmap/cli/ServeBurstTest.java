package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.argmap.web.ServerProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A burst of distinct drawings against the real server in a JVM of its own with a 512 MiB heap:
 * every comparison PNG of two or more of the bundled sources, with and without "disagreements
 * only", and comparison PDFs, 62 uncached drawings asked at once. Before the drawing work was
 * bounded this gave 44 answers 500 (OutOfMemoryError) of 52 on this machine; now every answer is a
 * drawing (200) or a refusal with {@code Retry-After} (503), and the server answers normally afterwards.
 */
class ServeBurstTest {

    private static final List<String> SOURCES = List.of("alcoy-2016", "red-flag-2020", "tengely-evans-2016", "trotsky-1935",
            "westerlund-2019");

    /** Every subset of two or more sources, as comma-separated ids. */
    private static List<String> subsets() {
        List<String> out = new ArrayList<>();
        for (int mask = 0; mask < 1 << SOURCES.size(); mask++) {
            if (Integer.bitCount(mask) >= 2) {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < SOURCES.size(); i++) {
                    if ((mask & 1 << i) != 0) {
                        ids.add(SOURCES.get(i));
                    }
                }
                out.add(String.join(",", ids));
            }
        }
        return out;
    }

    @Test
    void aBurstOfDistinctDrawingsGetsDrawingsOr503AndTheServerStaysUp(@TempDir Path dir) throws Exception {
        Path maps = CliTestSupport.copyCorpus(dir);
        try (ServerProcess server = ServerProcess.start(maps, "512m", dir.resolve("server.log"), 180)) {
            String base = server.url();
            List<String> paths = new ArrayList<>();
            for (String set : subsets()) {
                paths.add("compare.png?sources=" + set + "&disagreements=true");
                paths.add("compare.png?sources=" + set + "&disagreements=false");
            }
            for (String set : subsets().subList(0, 10)) {
                paths.add("compare.pdf?sources=" + set + "&disagreements=true");
            }
            assertTrue(paths.size() >= 50 && paths.stream().distinct().count() == paths.size());

            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(30)).build();
            long start = System.nanoTime();
            List<CompletableFuture<HttpResponse<byte[]>>> answers = new ArrayList<>();
            for (String p : paths) {
                answers.add(client.sendAsync(HttpRequest.newBuilder(URI.create(base + p)).timeout(Duration.ofMinutes(10)).build(),
                        HttpResponse.BodyHandlers.ofByteArray()));
            }
            Map<Integer, Integer> statuses = new TreeMap<>();
            List<String> wrong = new ArrayList<>();
            for (int i = 0; i < paths.size(); i++) {
                HttpResponse<byte[]> r = answers.get(i).get(12, TimeUnit.MINUTES);
                statuses.merge(r.statusCode(), 1, Integer::sum);
                String head = new String(r.body(), 0, Math.min(8, r.body().length), StandardCharsets.ISO_8859_1);
                boolean ok = switch (r.statusCode()) {
                    case 200 -> paths.get(i).startsWith("compare.png") ? head.startsWith("\u0089PNG") : head.startsWith("%PDF");
                    case 503 -> r.headers().firstValue("Retry-After").filter(v -> v.matches("\\d+")).isPresent();
                    default -> false;
                };
                if (!ok) {
                    wrong.add(r.statusCode() + " " + paths.get(i) + ": " + new String(r.body(), 0, Math.min(200, r.body().length),
                            StandardCharsets.UTF_8));
                }
            }
            System.out.printf("burst of %d distinct drawings at -Xmx512m: %s in %.1f s%n", paths.size(), statuses,
                    (System.nanoTime() - start) / 1e9);
            assertEquals(List.of(), wrong, "every answer a drawing (200) or a refusal with Retry-After (503)");
            assertTrue(statuses.getOrDefault(200, 0) >= 1, "some drawings were made: " + statuses);

            // and afterwards the server answers as usual: a page and a drawing not made before
            assertTrue(server.isAlive());
            HttpResponse<String> index = client.send(HttpRequest.newBuilder(URI.create(base)).timeout(Duration.ofMinutes(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, index.statusCode());
            assertTrue(index.body().contains("data-source=\"trotsky-1935\""));
            HttpResponse<String> svg = client.send(HttpRequest.newBuilder(URI.create(base + "maps/trotsky-1935.svg"))
                    .timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, svg.statusCode(), svg.body());
            assertTrue(svg.body().strip().endsWith("</svg>"));
            assertTrue(!server.log().contains("OutOfMemoryError"), server.log());
        }
    }
}
