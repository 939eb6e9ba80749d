package org.argmap.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicLong;
import org.argmap.analysis.AnalysisReport;
import org.argmap.layout.Diagram;
import org.argmap.layout.LaidOutDiagram;
import org.argmap.model.Corpus;
import org.argmap.render.RenderPipeline;

/**
 * Draws with the core's {@link RenderPipeline} (view, layout, SVG, PNG/PDF export), stage by stage,
 * within the bounds of {@link DrawingConfiguration}:
 *
 * <ul>
 *   <li>one rendering per distinct drawing of a corpus (key: the corpus hash and
 *       {@link Drawing#key()}, whose sources are sorted): concurrent requests for it share the
 *       rendering in flight, later ones get the cached bytes; the cache is bounded by bytes
 *       (Caffeine, least recently used out first), and a failed rendering is not kept;</li>
 *   <li>renderings run on the {@value WorkExecutors#DRAWING} pool (a thread per core and a short
 *       queue); a drawing that finds both full fails at once with {@link Busy};</li>
 *   <li>a drawing of more than {@code max-nodes} boxes fails with {@link TooLarge} before layout;</li>
 *   <li>a PNG is drawn at 192 dpi when it fits in {@code max-pixels}, else at the resolution that
 *       fits, down to 96 dpi; below that it fails with {@link TooLarge};</li>
 *   <li>the raster of a PNG (about {@value #PNG_BYTES_PER_PIXEL} bytes a pixel, Batik's image and
 *       its copy) and the work of a PDF are reserved from a memory budget, a share of the maximum
 *       heap, before they are made; a rendering whose reservation does not fit yet waits on its
 *       thread for the others to finish, so that the drawings in progress together fit the heap.</li>
 * </ul>
 *
 * The comparison and the matrix wait for the corpus's analysis without holding a thread: they are
 * queued when it is ready.
 */
@Singleton
final class RenderingDrawingService implements DrawingService {

    /** Heap a PNG takes while it is made, per pixel: Batik's ARGB image, the copy it paints on, the encoder's rows. */
    static final long PNG_BYTES_PER_PIXEL = 12;
    /** Heap a PDF takes while it is made: a base and a multiple of the SVG's length (FOP's area tree and fonts). */
    static final long PDF_BASE_BYTES = 16L << 20;
    static final long PDF_BYTES_PER_SVG_CHAR = 32;
    private static final long MIB = 1L << 20;

    private final RenderPipeline pipeline = new RenderPipeline();
    private final DrawingConfiguration config;
    private final ThreadPoolExecutor pool;
    private final AnalysisService analysis;
    /** Finished drawings, bounded by bytes. */
    private final Cache<String, Resource> cache;
    /** Drawings being made, until they are finished (then in {@link #cache}) or have failed (then gone). */
    private final ConcurrentMap<String, CompletableFuture<Resource>> inFlight = new ConcurrentHashMap<>();
    private final Semaphore memory;
    private final long budgetBytes;
    private final AtomicLong renderings = new AtomicLong();

    RenderingDrawingService(DrawingConfiguration config, @Named(WorkExecutors.DRAWING) ThreadPoolExecutor pool,
                            AnalysisService analysis) {
        this.config = config;
        this.pool = pool;
        this.analysis = analysis;
        this.cache = Caffeine.newBuilder()
                .maximumWeight(config.cacheBytes())
                .weigher((String k, Resource r) -> (int) Math.min(Integer.MAX_VALUE, r.body().length + 2L * k.length()))
                .build();
        this.budgetBytes = (long) (Runtime.getRuntime().maxMemory() * Math.min(1.0, Math.max(0.05, config.heapShare())));
        this.memory = new Semaphore((int) Math.max(1, budgetBytes / MIB), true);
    }

    @Override
    public List<String> problems(Snapshot s, Drawing d) {
        return pipeline.problems(s.corpus(), request(d));
    }

    @Override
    public CompletableFuture<Resource> draw(Snapshot s, Drawing d) {
        String key = s.corpusHash() + "|" + d.key();
        Resource done = cache.getIfPresent(key);
        if (done != null) {
            return CompletableFuture.completedFuture(done);
        }
        CompletableFuture<Resource> mine = new CompletableFuture<>();
        CompletableFuture<Resource> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            return running;
        }
        done = cache.getIfPresent(key);
        if (done != null) {
            // finished between the two looks
            inFlight.remove(key, mine);
            mine.complete(done);
            return mine;
        }
        start(s, d).whenComplete((r, failure) -> {
            if (failure == null) {
                cache.put(key, r);
            }
            inFlight.remove(key, mine);
            if (failure == null) {
                mine.complete(r);
            } else {
                mine.completeExceptionally(failure);
            }
        });
        return mine;
    }

    /** How many renderings have started since the server started (each distinct drawing once, unless evicted or failed). */
    long renderings() {
        return renderings.get();
    }

    private CompletableFuture<Resource> start(Snapshot s, Drawing d) {
        // the comparison and the matrix order sources by camp: they reuse the snapshot's analysis
        // (a narrowed corpus has an analysis of its own, made while drawing)
        boolean needsReport = d.view() != Drawing.View.MAP && !d.disagreementsOnly();
        if (!needsReport) {
            return submit(s, d, null);
        }
        return analysis.future(s).thenCompose(report -> submit(s, d, report));
    }

    private CompletableFuture<Resource> submit(Snapshot s, Drawing d, AnalysisReport report) {
        CompletableFuture<Resource> f = new CompletableFuture<>();
        try {
            pool.execute(() -> {
                try {
                    f.complete(render(s, d, report));
                } catch (OutOfMemoryError e) {
                    // the budget is an estimate: if the heap ran short all the same, this is a busy
                    // server (the memory is free again now that the rendering is dropped), not a bug
                    f.completeExceptionally(new Busy("The server ran short of memory while drawing; try again in "
                            + config.retryAfterSeconds() + " s.", config.retryAfterSeconds()));
                } catch (RuntimeException | Error e) {
                    f.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            f.completeExceptionally(busy());
        }
        return f;
    }

    private Busy busy() {
        return new Busy("The server is drawing all it can (" + pool.getActiveCount() + " drawings in progress, "
                + pool.getQueue().size() + " waiting); try again in " + config.retryAfterSeconds() + " s.",
                config.retryAfterSeconds());
    }

    private Resource render(Snapshot s, Drawing d, AnalysisReport report) {
        renderings.incrementAndGet();
        Corpus corpus = d.disagreementsOnly() ? Disagreements.narrow(s.corpus(), d.sources()) : s.corpus();
        RenderPipeline.Request request = request(d);
        Diagram view = pipeline.view(corpus, report, request);
        if (view.nodes().size() > config.maxNodes()) {
            throw new TooLarge(String.format(Locale.ROOT, "This drawing would have %,d boxes, more than this server draws "
                    + "(argmap.drawing.max-nodes = %,d): choose fewer sources, or draw it with `argmap render`.",
                    view.nodes().size(), config.maxNodes()));
        }
        LaidOutDiagram laid = pipeline.layout(view, request.view());
        String svg = pipeline.draw(laid, request.theme());
        byte[] bytes = switch (d.format()) {
            case SVG -> svg.getBytes(StandardCharsets.UTF_8);
            case PNG -> {
                int width = pngWidth(laid.width(), laid.height());
                long height = Math.round(laid.height() * width / laid.width());
                try (Reservation x = reserve(width * height * PNG_BYTES_PER_PIXEL, d)) {
                    yield pipeline.export(svg, laid, request.withPngSize(width, 0));
                }
            }
            case PDF -> {
                try (Reservation x = reserve(PDF_BASE_BYTES + svg.length() * PDF_BYTES_PER_SVG_CHAR, d)) {
                    yield pipeline.export(svg, laid, request);
                }
            }
        };
        Resource r = Resource.of(bytes, d.format().type());
        return d.format() == Drawing.Format.SVG ? r.withCsp(Security.DRAWING) : r.asDownload(d.fileName());
    }

    /** The most pixels one PNG may have: {@code max-pixels}, and no more than the memory budget holds. */
    long maxPixels() {
        return Math.min(config.maxPixels(), budgetBytes / PNG_BYTES_PER_PIXEL);
    }

    /**
     * The width in pixels of the PNG of a drawing of {@code w} × {@code h} px: twice its size (192 dpi)
     * when that fits in {@link #maxPixels()}, else the largest that fits, down to its size (96 dpi).
     *
     * @throws TooLarge when even 96 dpi does not fit
     */
    int pngWidth(double w, double h) {
        long max = maxPixels();
        double scale = 192 / org.argmap.render.Exporter.CSS_DPI;
        if (w * h * scale * scale > max) {
            // slightly under the exact root: the height is rounded
            scale = Math.sqrt(max / (w * h)) * 0.999;
        }
        if (scale < 1) {
            throw new TooLarge(String.format(Locale.ROOT, "A PNG of this drawing would be %,d × %,d px even at 96 dpi, over "
                    + "this server's limit of %,d pixels (argmap.drawing.max-pixels and the memory budget): download the SVG "
                    + "or the PDF, choose fewer sources, or draw it with `argmap render --format png`.",
                    Math.round(w), Math.round(h), max));
        }
        return (int) Math.max(1, Math.floor(w * scale));
    }

    /** Reserves heap for a step, waiting for drawings in progress to release theirs. */
    private Reservation reserve(long bytes, Drawing d) {
        int mib = (int) Math.min(Integer.MAX_VALUE, (bytes + MIB - 1) / MIB);
        if (mib > Math.max(1, budgetBytes / MIB)) {
            throw new TooLarge(String.format(Locale.ROOT, "This %s would need about %,d MiB of memory to make, more than "
                    + "this server's budget for drawings (%,d MiB, argmap.drawing.heap-share of the heap): choose fewer "
                    + "sources, or draw it with `argmap render`.", d.format().extension().toUpperCase(Locale.ROOT), mib,
                    budgetBytes / MIB));
        }
        try {
            memory.acquire(mib);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
        return () -> memory.release(mib);
    }

    /** Heap reserved for a step; released on close. */
    private interface Reservation extends AutoCloseable {
        @Override
        void close();
    }

    private static RenderPipeline.Request request(Drawing d) {
        RenderPipeline.View view = switch (d.view()) {
            case MAP -> RenderPipeline.View.MAP;
            case COMPARISON -> RenderPipeline.View.COMPARISON;
            case MATRIX -> RenderPipeline.View.MATRIX;
        };
        RenderPipeline.Format format = switch (d.format()) {
            case SVG -> RenderPipeline.Format.SVG;
            case PNG -> RenderPipeline.Format.PNG;
            case PDF -> RenderPipeline.Format.PDF;
        };
        return RenderPipeline.Request.svg(view, d.sources()).withFormat(format);
    }
}
