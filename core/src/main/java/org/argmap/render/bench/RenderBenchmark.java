package org.argmap.render.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.argmap.layout.Diagram;
import org.argmap.layout.LaidOutDiagram;
import org.argmap.layout.LayeredLayout;
import org.argmap.layout.TextMeasurer;
import org.argmap.layout.Typography;
import org.argmap.load.CorpusLoader;
import org.argmap.load.LoadResult;
import org.argmap.render.RenderPipeline;
import org.argmap.render.RenderPipeline.Request;
import org.argmap.render.RenderPipeline.View;
import org.argmap.render.Theme;

/**
 * Times the map view of a synthetic map in one warm JVM: view, layout (as the pipeline chooses it,
 * then ELK's layered algorithm for reference) and drawing (Batik DOM and SVG text), after warm-up rounds; prints the median and the best of the measured rounds per
 * stage, and the median CPU time of the rendering thread (steadier than wall time on a shared machine). Usage: {@code java -cp argmap.jar org.argmap.render.bench.RenderBenchmark N [WARMUP] [ROUNDS]}.
 */
public final class RenderBenchmark {
    private RenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Path dir = Files.createTempDirectory("argmap-bench");
        new SyntheticMap(n).write(dir);
        LoadResult r = new CorpusLoader().load(List.of(dir.resolve("bench.yaml")));
        if (r.hasErrors()) {
            System.err.println(r.diagnostics());
            System.exit(1);
        }
        RenderPipeline p = new RenderPipeline();
        Request req = Request.svg(View.MAP, List.of());
        Diagram d = p.view(r.corpus(), req);
        // what the product does (for a large top-down map: the compact banded layout) ...
        double t = time("warm " + n + " claims", p, dd -> p.layout(dd, View.MAP), r, req, warmup, rounds);
        System.out.printf("  target <= 300 ms: %s%n", t <= 300 ? "ok" : "MISSED");
        // ... and, for reference, ELK's layered algorithm on the same diagram
        LayeredLayout elk = new LayeredLayout(new TextMeasurer(Typography.standard()), 22, 46, Integer.MAX_VALUE);
        time("  for reference, with ELK layered instead", p, elk::layout, r, req, warmup, rounds);
        System.out.printf("  (%d nodes, %d edges)%n", d.nodes().size(), d.edges().size());
    }

    /** Times view + layout + draw; prints and returns the median wall time in ms. */
    private static double time(String label, RenderPipeline p, Function<Diagram, LaidOutDiagram> layout, LoadResult r,
                               Request req, int warmup, int rounds) {
        long[] lay = new long[rounds];
        long[] draw = new long[rounds];
        long[] total = new long[rounds];
        long[] cpu = new long[rounds];
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        int size = 0;
        for (int i = 0; i < warmup + rounds; i++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            LaidOutDiagram laid = layout.apply(p.view(r.corpus(), req));
            long t1 = System.nanoTime();
            String svg = p.draw(laid, Theme.standard());
            long t2 = System.nanoTime();
            long c2 = mx.getCurrentThreadCpuTime();
            size = svg.length();
            if (i >= warmup) {
                lay[i - warmup] = t1 - t0;
                draw[i - warmup] = t2 - t1;
                total[i - warmup] = t2 - t0;
                cpu[i - warmup] = c2 - c0;
            }
        }
        double t = median(total);
        System.out.printf("%s: view+layout %.0f ms, draw %.0f ms, layout+draw %.0f ms wall (median of %d;"
                + " best %.0f ms), %.0f ms CPU; SVG %d kB%n", label, median(lay), median(draw), t,
                rounds, Arrays.stream(total).min().orElse(0) / 1e6, median(cpu), size / 1024);
        return t;
    }

    private static double median(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }
}
