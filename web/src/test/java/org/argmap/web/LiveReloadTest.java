package org.argmap.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.sse.SseClient;
import io.micronaut.http.sse.Event;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.argmap.diag.Diagnostic;
import org.argmap.load.CorpusLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

/**
 * The live server: edits to map and text files reload the corpus and are announced; a broken file
 * shows its diagnostics while the last good corpus is served; requests during reloads see one
 * snapshot. Each test restores the files it edits.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveReloadTest implements TestPropertyProvider {

    static final TestCorpus CORPUS = TestCorpus.create("live", false);
    static final Path TROTSKY = CORPUS.map("trotsky-1935");
    static final Path TROTSKY_TEXT = CORPUS.root.resolve("seeds/trotsky-1935.txt");
    static final String ORIGINAL = CORPUS.read(TROTSKY);
    static final String ORIGINAL_TEXT = CORPUS.read(TROTSKY_TEXT);
    static final String CLAIM = "Tarov, a Soviet Bolshevik-Leninist mechanic";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    @Client("/")
    SseClient sse;

    @Inject
    CorpusService corpus;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("argmap.paths", CORPUS.maps().toString(), "argmap.debounce", "50ms",
                "micronaut.http.client.read-timeout", "120s", "argmap.page-wait", "120s");
    }

    @AfterEach
    void restore() {
        CORPUS.write(TROTSKY, ORIGINAL);
        CORPUS.write(TROTSKY_TEXT, ORIGINAL_TEXT);
        waitFor(() -> corpus.current().errorCount() == 0 && corpus.current().corpus().claimsByRef()
                .get("trotsky-1935/tarov-persecuted").text().startsWith(CLAIM), 20_000);
    }

    private static void waitFor(BooleanSupplier condition, long millis) {
        long end = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("condition not met in " + millis + " ms");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private String get(String path) {
        return Http.get(client, path).text();
    }

    @Test
    void watchesTheMapFolderAndTheTextFolder() {
        assertEquals(java.util.Set.of(CORPUS.maps().toAbsolutePath().normalize(), CORPUS.root.resolve("seeds").toAbsolutePath().normalize()),
                ((LiveCorpusService) corpus).watched());
    }

    @Test
    void editingAMapFileReloadsAndAnnouncesTheNewVersion() throws Exception {
        LinkedBlockingQueue<Event<String>> events = new LinkedBlockingQueue<>();
        Disposable sub = Flux.from(sse.eventStream("/events", String.class)).subscribe(events::add);
        try {
            Event<String> first = events.poll(10, TimeUnit.SECONDS);
            String before = corpus.current().version();
            assertEquals("corpus", first.getName());
            assertTrue(first.getData().contains(before));
            long t0 = System.nanoTime();
            CORPUS.replace(TROTSKY, CLAIM, "Tarov, an EDITED Bolshevik-Leninist mechanic");
            Event<String> next;
            do {
                next = events.poll(10, TimeUnit.SECONDS);
            } while (next != null && !next.getName().equals("corpus"));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(next != null, "no event after the edit");
            String after = corpus.current().version();
            assertNotEquals(before, after);
            assertEquals("{\"version\":\"" + after + "\",\"errors\":0,\"stale\":false}", next.getData());
            System.out.println("edit announced after " + ms + " ms");
            assertTrue(get("/api/corpus").contains("Tarov, an EDITED Bolshevik-Leninist mechanic"));
            assertTrue(get("/maps/trotsky-1935.svg").contains("EDITED"));
            assertTrue(get("/maps/trotsky-1935").contains("data-version=\"" + after + "\""));
        } finally {
            sub.dispose();
        }
    }

    @Test
    void aBrokenFileShowsItsDiagnosticsWhileTheLastGoodMapStays() throws Exception {
        byte[] goodSvg = Http.get(client, "/maps/trotsky-1935.svg").body();
        byte[] goodJson = Http.get(client, "/api/corpus").body();
        CORPUS.replace(TROTSKY, "    kind: fact\n", "    kind: factoid\n");
        List<Diagnostic> expected = new CorpusLoader().load(List.of(CORPUS.maps())).diagnostics();
        assertFalse(expected.isEmpty());
        waitFor(() -> corpus.current().stale(), 20_000);

        JsonNode d = new ObjectMapper().readTree(Http.get(client, "/api/diagnostics").body());
        assertTrue(d.get("stale").asBoolean());
        assertEquals(expected.size(), d.get("diagnostics").size());
        Diagnostic e = expected.get(0);
        assertEquals(e.line(), d.get("diagnostics").get(0).get("line").asInt());

        String page = get("/maps/trotsky-1935");
        // shown relative to the corpus root, not as the server's absolute path
        String shown = CORPUS.root.relativize(Path.of(e.file())).toString().replace('\\', '/');
        assertTrue(page.contains("<code class=\"loc\">" + Html.esc(shown + ":" + e.line() + ":" + e.column()) + "</code>"), page);
        assertTrue(page.contains("[" + e.code() + "]"));
        assertTrue(page.contains("showing the last good maps until they are fixed"));
        assertTrue(page.contains(Inline.svg(new String(goodSvg, java.nio.charset.StandardCharsets.UTF_8))));
        assertArrayEquals(goodSvg, Http.get(client, "/maps/trotsky-1935.svg").body());
        assertArrayEquals(goodJson, Http.get(client, "/api/corpus").body());
        for (String path : List.of("/", "/maps/trotsky-1935", "/maps/alcoy-2016.svg", "/compare", "/matrix", "/matrix.svg",
                "/search?q=tarov", "/api/report", "/api/search?q=tarov", "/contradictions/1")) {
            assertEquals(200, Http.get(client, path).status(), path);
        }
    }

    @Test
    void changingATextFileReloadsToo() {
        // Drop a quoted sentence from the text: its quote is no longer found.
        CORPUS.replace(TROTSKY_TEXT, "He was more penetrating and far-sighted than the ruling upper crust.", "");
        waitFor(() -> corpus.current().stale(), 20_000);
        assertTrue(corpus.current().diagnostics().stream().anyMatch(x -> x.code().equals("quote-not-found")));
        assertTrue(get("/maps/trotsky-1935").contains("[quote-not-found]"));
    }

    @Test
    void requestsDuringReloadsSeeOneCorpusNeverAMix() throws Exception {
        String a = "Tarov, a ALPHAWORD Bolshevik-Leninist mechanic";
        String b = "Tarov, a BRAVOWORD Bolshevik-Leninist mechanic";
        AtomicBoolean done = new AtomicBoolean();
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> readers = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            readers.add(pool.submit(() -> {
                int n = 0;
                while (!done.get()) {
                    String page = get("/maps/trotsky-1935");
                    int svgEnd = page.indexOf("</svg>");
                    String drawing = page.substring(0, svgEnd);
                    String rest = page.substring(svgEnd);
                    boolean drawnA = drawing.contains("ALPHAWORD");
                    boolean drawnB = drawing.contains("BRAVOWORD");
                    boolean cardA = rest.contains("ALPHAWORD");
                    boolean cardB = rest.contains("BRAVOWORD");
                    if (drawnA != cardA || drawnB != cardB || (drawnA && drawnB)) {
                        problems.add("drawing " + drawnA + "/" + drawnB + ", cards " + cardA + "/" + cardB);
                    }
                    String json = get("/api/corpus");
                    if (json.contains("ALPHAWORD") && json.contains("BRAVOWORD")) {
                        problems.add("corpus JSON with both");
                    }
                    n++;
                }
                return n;
            }));
        }
        try {
            for (int i = 0; i < 16; i++) {
                CORPUS.write(TROTSKY, ORIGINAL.replace(CLAIM, i % 2 == 0 ? a : b));
                corpus.reload();
                Thread.sleep(60);
            }
        } finally {
            done.set(true);
        }
        int reads = 0;
        for (Future<Integer> f : readers) {
            reads += f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertEquals(List.of(), List.copyOf(problems));
        assertTrue(reads >= 3, "only " + reads + " reads");
        assertTrue(corpus.current().sequence() >= 16);
    }
}
