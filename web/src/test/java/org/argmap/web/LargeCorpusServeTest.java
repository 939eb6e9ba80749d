package org.argmap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages of a 500-source corpus (500 one-claim sources, {@link LargeCorpus}) from the real
 * server in a JVM of its own: each answers without waiting for the analysis, which runs on its own
 * thread (the index used to compute it on the request's thread: 55 s). Prints the latencies; the
 * bound asserted is generous (it catches a page that waits for the analysis, not a slow machine).
 * The figures of record come from {@code bench/web-scale-bench.sh}.
 */
class LargeCorpusServeTest {

    /** A page that waited for the analysis of this corpus would take minutes; a busy two-core machine takes a few seconds. */
    private static final double BOUND_SECONDS = 20;

    @Test
    void theIndexAndPagesOfA500SourceCorpusAnswerWithoutWaitingForTheAnalysis(@TempDir Path dir) throws Exception {
        Path maps = LargeCorpus.write(dir.resolve("maps"), 500, 40, 1);
        try (ServerProcess server = ServerProcess.start(maps, "1g", dir.resolve("server.log"), 300)) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<String> paths = List.of("", "maps/" + LargeCorpus.source(0), "maps/" + LargeCorpus.source(250) + ".svg",
                    "search?q=article+250", "compare?sources=" + LargeCorpus.source(1) + "," + LargeCorpus.source(2), "matrix",
                    "api/corpus", "api/diagnostics", "contradictions/1", "api/report");
            List<String> failures = new ArrayList<>();
            System.out.printf("500 one-claim sources, pages from a separate server JVM:%n%-40s %6s %9s %9s %10s%n",
                    "page", "status", "first s", "again s", "bytes");
            for (String p : paths) {
                long t0 = System.nanoTime();
                HttpResponse<String> first = client.send(HttpRequest.newBuilder(URI.create(server.url() + p))
                        .timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString());
                double firstSeconds = (System.nanoTime() - t0) / 1e9;
                double again = Double.MAX_VALUE;
                for (int i = 0; i < 3; i++) {
                    long t = System.nanoTime();
                    client.send(HttpRequest.newBuilder(URI.create(server.url() + p)).timeout(Duration.ofMinutes(5)).build(),
                            HttpResponse.BodyHandlers.discarding());
                    again = Math.min(again, (System.nanoTime() - t) / 1e9);
                }
                System.out.printf("%-40s %6d %9.3f %9.3f %10d%n", "/" + p, first.statusCode(), firstSeconds, again, first.body().length());
                boolean needsAnalysis = p.startsWith("contradictions") || p.equals("api/report");
                boolean ok = first.statusCode() == 200
                        || needsAnalysis && first.statusCode() == 503 && first.headers().firstValue("Retry-After").isPresent();
                if (!ok) {
                    failures.add("/" + p + " answered " + first.statusCode() + ": " + first.body());
                }
                if (firstSeconds > BOUND_SECONDS) {
                    failures.add("/" + p + " took " + firstSeconds + " s");
                }
                if (p.isEmpty()) {
                    Matcher rows = Pattern.compile("<tr data-source=").matcher(first.body());
                    int n = 0;
                    while (rows.find()) {
                        n++;
                    }
                    assertEquals(500, n, "the index lists every source");
                }
            }
            assertEquals(List.of(), failures);
            assertTrue(server.isAlive());
        }
    }
}
