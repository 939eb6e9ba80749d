package org.argmap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The analysis runs once per corpus version on a thread of its own, never on a request's: while
 * it is being computed, pages that do not need it are complete, the index shows everything but
 * the findings (and says they follow), a contradiction page and {@code /api/report} answer 503
 * with {@code Retry-After}. The analysis thread is held back with a task of the test's own, so
 * that "not ready yet" is certain rather than a race.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalysisOffTheRequestThreadTest implements TestPropertyProvider {

    static final Path MAPS = mini();

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    CorpusService corpus;

    @Inject
    CoreAnalysisService analysis;

    @Inject
    @Named(WorkExecutors.ANALYSIS)
    ExecutorService analysisThread;

    private static Path mini() {
        try {
            Files.createDirectories(Path.of("target", "corpora"));
            return MiniCorpus.write(Files.createTempDirectory(Path.of("target", "corpora").toAbsolutePath(), "analysis-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of("argmap.paths", MAPS.toString(), "argmap.watch", "false", "argmap.page-wait", "200ms",
                "micronaut.http.client.read-timeout", "120s");
    }

    private Http.Response get(String path) {
        return Http.get(client, path);
    }

    private void edit(String from, String to) throws IOException {
        Path a = MAPS.resolve("a.yaml");
        String text = Files.readString(a);
        assertTrue(text.contains(from), from);
        Files.writeString(a, text.replace(from, to));
        corpus.reload();
    }

    @Test
    void pagesAnswerWhileTheAnalysisOfANewVersionIsComputedAndFillInWhenItIsReady() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        analysisThread.execute(() -> await(release));
        int runsBefore;
        try {
            runsBefore = analysis.runs();
            // two versions in a row while the analysis thread is held: the first is replaced before its turn
            edit("A fact about the fall.", "A fact about the fall, edited once.");
            edit("A fact about the fall, edited once.", "A fact about the fall, edited twice.");
            assertFalse(analysis.isDone(corpus.current()));

            Http.Response index = get("/");
            assertEquals(200, index.status());
            String html = index.text();
            assertTrue(html.contains("data-pending"), "the index fetches itself again");
            assertTrue(html.contains("is being computed; this part of the page fills in by itself"), html);
            assertTrue(html.contains("<tr data-source=\"a\">"), "the sources are listed without the analysis");
            assertFalse(html.contains("Contradictions ("));

            // a map and its page do not need the analysis: complete while it is held back (the
            // drawing itself may take longer than the page wait on a cold JVM: then the page says
            // so and is complete on a later fetch)
            assertEquals(200, get("/maps/a.svg").status());
            Http.Response map = get("/maps/a");
            long end = System.currentTimeMillis() + 60_000;
            while (map.text().contains("data-pending") && System.currentTimeMillis() < end) {
                Thread.sleep(100);
                map = get("/maps/a");
            }
            assertEquals(200, map.status());
            assertFalse(map.text().contains("data-pending"), "a map page does not need the analysis");
            assertTrue(map.text().contains("edited twice"));
            assertFalse(analysis.isDone(corpus.current()), "still held back");
            assertEquals(200, get("/search?q=fall").status());
            assertEquals(200, get("/api/corpus").status());

            Http.Response contradiction = get("/contradictions/1");
            assertEquals(503, contradiction.status());
            assertEquals(Long.toString(Responses.PENDING_RETRY_AFTER), contradiction.header("Retry-After"));
            assertTrue(contradiction.text().contains("is being computed"));

            Http.Response report = get("/api/report");
            assertEquals(503, report.status());
            assertEquals(Long.toString(Responses.PENDING_RETRY_AFTER), report.header("Retry-After"));
            assertTrue(report.text().contains("\"error\""), report.text());
        } finally {
            release.countDown();
        }

        long end = System.currentTimeMillis() + 60_000;
        Http.Response report = get("/api/report");
        while (report.status() == 503 && System.currentTimeMillis() < end) {
            Thread.sleep(50);
            report = get("/api/report");
        }
        assertEquals(200, report.status());
        Http.Response index = get("/");
        assertFalse(index.text().contains("data-pending"));
        assertTrue(index.text().contains("Contradictions ("));
        assertEquals(200, get("/contradictions/1").status());
        assertEquals(runsBefore + 1, analysis.runs(), "the replaced version was skipped; the current one analysed once");
        for (int i = 0; i < 3; i++) {
            get("/");
            get("/api/report");
            get("/contradictions/1");
        }
        assertEquals(runsBefore + 1, analysis.runs(), "and not again per request");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
