package org.argmap.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.argmap.analysis.Analysis;
import org.argmap.layout.Diagram;
import org.argmap.layout.LaidOutDiagram;
import org.argmap.model.Corpus;
import org.argmap.render.RenderPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The drawing bounds in one server: one rendering for concurrent identical requests, 503 with
 * {@code Retry-After} when the pool and its queue are full (pages show a note instead), 422 past
 * the node limit, PNGs scaled down to the pixel limit. The limits are set from the real sizes of
 * the mini corpus's drawings, measured with the core's pipeline.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DrawingBoundsTest implements TestPropertyProvider {

    static final Path MAPS = mini();
    static final Corpus C = MiniCorpus.load(MAPS).corpus();
    static final RenderPipeline PIPELINE = new RenderPipeline();
    static final LaidOutDiagram MAP_A = PIPELINE.layout(PIPELINE.view(C, RenderPipeline.Request.svg(RenderPipeline.View.MAP,
            List.of("a"))), RenderPipeline.View.MAP);
    static final Diagram COMPARISON = PIPELINE.view(C, Analysis.of(C), RenderPipeline.Request.svg(RenderPipeline.View.COMPARISON,
            List.of()));
    /** Room for map a at 96 dpi but not at 192. */
    static final long MAX_PIXELS = Math.round(2 * MAP_A.width() * MAP_A.height());
    /** One box fewer than the comparison of all sources has. */
    static final int MAX_NODES = COMPARISON.nodes().size() - 1;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    @Inject
    @Named(WorkExecutors.DRAWING)
    ThreadPoolExecutor pool;

    @Inject
    RenderingDrawingService drawings;

    private static Path mini() {
        try {
            Files.createDirectories(Path.of("target", "corpora"));
            return MiniCorpus.write(Files.createTempDirectory(Path.of("target", "corpora").toAbsolutePath(), "bounds-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of("argmap.paths", MAPS.toString(), "argmap.watch", "false", "argmap.page-wait", "60s",
                "micronaut.http.client.read-timeout", "120s",
                "argmap.drawing.threads", "1", "argmap.drawing.queue", "1", "argmap.drawing.retry-after", "7s",
                "argmap.drawing.max-pixels", Long.toString(MAX_PIXELS), "argmap.drawing.max-nodes", Integer.toString(MAX_NODES));
    }

    private Http.Response get(String path) {
        return Http.get(client, path);
    }

    @Test
    void concurrentIdenticalRequestsShareOneRendering() throws Exception {
        // the same drawing asked in three spellings of one set of sources, eight times at once
        List<String> paths = List.of("/compare.pdf?sources=a,b&disagreements=true", "/compare.pdf?sources=b,a&disagreements=on",
                "/compare.pdf?sources=b&sources=a&sources=b&disagreements=1");
        long before = drawings.renderings();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<Http.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String p = paths.get(i % paths.size());
                answers.add(clients.submit(() -> get(p)));
            }
            byte[] first = null;
            for (Future<Http.Response> f : answers) {
                Http.Response r = f.get(120, TimeUnit.SECONDS);
                assertEquals(200, r.status(), r.text());
                if (first == null) {
                    first = r.body();
                }
                assertArrayEquals(first, r.body());
            }
            assertTrue(new String(first, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        } finally {
            clients.shutdownNow();
        }
        assertEquals(before + 1, drawings.renderings(), "eight identical requests, one rendering");
    }

    @Test
    void aFullPoolAnswers503WithRetryAfterAndPagesSayTheFigureFollows() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        // occupy the one drawing thread and the one place in its queue
        pool.execute(() -> {
            running.countDown();
            await(release);
        });
        assertTrue(running.await(30, TimeUnit.SECONDS));
        pool.execute(() -> await(release));
        try {
            Http.Response busy = Http.raw(server.getURL(), "GET", "/maps/b.pdf", "localhost");
            assertEquals(503, busy.status(), busy.text());
            assertEquals("7", busy.header("Retry-After"));
            assertTrue(busy.text().contains("try again in 7 s"), busy.text());
            assertEquals("nosniff", busy.header("X-Content-Type-Options"));
            assertTrue(busy.header("Content-Security-Policy") != null);

            Http.Response page = get("/compare?sources=a,b&disagreements=true&x=busy");
            assertEquals(200, page.status());
            String html = page.text();
            assertTrue(html.contains("data-pending"), "the page fetches itself again");
            assertTrue(html.contains("The server is busy drawing; the figure appears here shortly."), html);
        } finally {
            release.countDown();
        }
        waitUntilIdle();
        Http.Response after = get("/maps/b.pdf");
        assertEquals(200, after.status(), "a refusal is not cached: the same drawing is made once there is room");
    }

    @Test
    void aDrawingOverTheNodeLimitIsRefusedWithTheReason() {
        assertTrue(MAX_NODES >= 2, "the mini corpus's comparison is larger than its maps");
        Http.Response r = get("/compare.svg");
        assertEquals(422, r.status());
        assertEquals("text/plain", r.header("Content-Type"));
        assertTrue(r.text().contains(String.format(java.util.Locale.ROOT, "would have %,d boxes", COMPARISON.nodes().size())), r.text());
        assertTrue(r.text().contains("argmap.drawing.max-nodes"), r.text());
        // the page shows the reason in place of the figure, and is complete
        Http.Response page = get("/compare");
        assertEquals(200, page.status());
        assertTrue(page.text().contains("argmap.drawing.max-nodes"));
        assertFalse(page.text().contains("data-pending"));
        assertEquals(200, get("/maps/a.svg").status());
    }

    @Test
    void aPngOverThePixelLimitAt192DpiIsDrawnSmallerAndOneOverItAt96DpiRefused() throws Exception {
        Http.Response r = get("/maps/a.png");
        assertEquals(200, r.status());
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(r.body()));
        long pixels = (long) png.getWidth() * png.getHeight();
        assertTrue(pixels <= MAX_PIXELS, pixels + " > " + MAX_PIXELS);
        assertTrue(png.getWidth() >= Math.floor(MAP_A.width()) && png.getWidth() < 2 * MAP_A.width(),
                png.getWidth() + " for a drawing " + MAP_A.width() + " px wide");
        // the same drawing four times larger in area would not fit even at 96 dpi
        var e = assertThrows(DrawingService.TooLarge.class, () -> drawings.pngWidth(2 * MAP_A.width() + 1, 2 * MAP_A.height()));
        assertTrue(e.getMessage().contains("argmap.drawing.max-pixels"), e.getMessage());
        assertEquals((int) Math.floor(2 * MAP_A.width() / 4), drawings.pngWidth(MAP_A.width() / 4, MAP_A.height() / 4),
                "a small drawing is drawn at 192 dpi");
    }

    private void waitUntilIdle() throws InterruptedException {
        long end = System.currentTimeMillis() + 30_000;
        while ((pool.getActiveCount() > 0 || !pool.getQueue().isEmpty()) && System.currentTimeMillis() < end) {
            Thread.sleep(20);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
