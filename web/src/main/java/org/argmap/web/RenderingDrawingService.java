package org.argmap.web;

import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.argmap.analysis.AnalysisReport;
import org.argmap.render.RenderPipeline;

/**
 * Draws with the core's {@link RenderPipeline} (view, ELK layout, Batik SVG, PNG/PDF export) on the
 * blocking executor, caching each drawing's future in the snapshot's cache: concurrent requests for
 * a drawing not yet made wait for one rendering, later ones get the bytes at once. A failed
 * rendering is dropped from the cache so that the next request tries again.
 */
@Singleton
final class RenderingDrawingService implements DrawingService {

    private final RenderPipeline pipeline = new RenderPipeline();
    private final ExecutorService blocking;
    private final AnalysisService analysis;

    RenderingDrawingService(@Named(TaskExecutors.BLOCKING) ExecutorService blocking, AnalysisService analysis) {
        this.blocking = blocking;
        this.analysis = analysis;
    }

    @Override
    public List<String> problems(Snapshot s, Drawing d) {
        return pipeline.problems(s.corpus(), request(d));
    }

    @Override
    public CompletableFuture<Resource> draw(Snapshot s, Drawing d) {
        String key = "drawing:" + d.key();
        CompletableFuture<Resource> f = s.cache().get(key);
        if (f != null) {
            return f;
        }
        CompletableFuture<Resource> mine = new CompletableFuture<>();
        f = s.cache().putIfAbsent(key, mine);
        if (f != null) {
            return f;
        }
        blocking.execute(() -> {
            try {
                mine.complete(render(s, d));
            } catch (RuntimeException | Error e) {
                s.cache().remove(key, mine);
                mine.completeExceptionally(e);
            }
        });
        return mine;
    }

    private Resource render(Snapshot s, Drawing d) {
        byte[] bytes;
        if (d.disagreementsOnly()) {
            // a narrowed corpus has an analysis of its own
            bytes = pipeline.render(Disagreements.narrow(s.corpus(), d.sources()), request(d));
        } else {
            // comparison and matrix reuse the snapshot's analysis, computed once per corpus
            AnalysisReport report = d.view() == Drawing.View.MAP ? null : analysis.report(s);
            bytes = pipeline.render(s.corpus(), report, request(d));
        }
        Resource r = Resource.of(bytes, d.format().type());
        return d.format() == Drawing.Format.SVG ? r.withCsp(Security.DRAWING) : r.asDownload(d.fileName());
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
