package org.argmap.render;


import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.argmap.analysis.AnalysisReport;
import org.argmap.layout.BandedLayeredLayout;
import org.argmap.layout.Diagram;
import org.argmap.layout.GridLayout;
import org.argmap.layout.LaidOutDiagram;
import org.argmap.layout.LayeredLayout;
import org.argmap.layout.TextMeasurer;
import org.argmap.layout.Typography;
import org.argmap.model.Corpus;
import org.argmap.model.Source;
import org.argmap.render.view.ComparisonView;
import org.argmap.render.view.MapView;
import org.argmap.render.view.MatrixView;

/**
 * The drawing pipeline, stage by stage: <b>view</b> (corpus &rarr; {@link Diagram}),
 * <b>layout</b> (&rarr; {@link LaidOutDiagram}), <b>draw</b> (&rarr; SVG text) and <b>export</b>
 * (&rarr; SVG, PNG or PDF bytes). Each stage is a public method taking and returning a typed value,
 * so callers (the command line, the server, tests, benchmarks) can stop at any stage.
 * Thread-safe and reusable; font metrics are measured once per JVM.
 */
public final class RenderPipeline {

    /** What to draw. */
    public enum View {
        MAP, COMPARISON, MATRIX;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Parses a lower-case word, or returns null. */
        public static View parse(String s) {
            for (View v : values()) {
                if (v.word().equals(s)) {
                    return v;
                }
            }
            return null;
        }
    }

    /** The file format to produce. */
    public enum Format {
        SVG, PNG, PDF;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Parses a lower-case word, or returns null. */
        public static Format parse(String s) {
            for (Format f : values()) {
                if (f.word().equals(s)) {
                    return f;
                }
            }
            return null;
        }
    }

    /**
     * A drawing request.
     *
     * @param view the view
     * @param sources source ids to draw, in the order given (empty: all sources); for the matrix,
     *     the order of its columns when {@code keepOrder}
     * @param keepOrder for comparison and matrix: keep the given source order instead of ordering by camp
     * @param format the output format
     * @param theme the theme
     * @param widthPx PNG width in px, or 0 to use {@code dpi}
     * @param dpi PNG resolution (96 = one pixel per SVG px), used when {@code widthPx} is 0
     * @param evidence map view: draw quotes as nodes
     */
    public record Request(View view, List<String> sources, boolean keepOrder, Format format, Theme theme,
                          int widthPx, int dpi, boolean evidence) {
        public Request {
            sources = List.copyOf(sources);
        }

        /** An SVG of the given view with the default theme. */
        public static Request svg(View view, List<String> sources) {
            return new Request(view, sources, false, Format.SVG, Theme.standard(), 0, 192, false);
        }

        public Request withFormat(Format f) {
            return new Request(view, sources, keepOrder, f, theme, widthPx, dpi, evidence);
        }

        public Request withTheme(Theme t) {
            return new Request(view, sources, keepOrder, format, t, widthPx, dpi, evidence);
        }

        public Request withEvidence(boolean e) {
            return new Request(view, sources, keepOrder, format, theme, widthPx, dpi, e);
        }

        public Request withPngSize(int width, int dpiValue) {
            return new Request(view, sources, keepOrder, format, theme, width, dpiValue, evidence);
        }
    }

    /** Set by the first warm-up, so that there is one per JVM. */
    private static final AtomicBoolean WARMING = new AtomicBoolean();

    private final Typography typography;
    /** ELK, or the banded layout for a large top-down diagram. */
    private final LayeredLayout layered;
    private final LayeredLayout elk;
    private final BandedLayeredLayout banded;
    private final GridLayout grid;

    public RenderPipeline() {
        this(Typography.standard());
    }

    public RenderPipeline(Typography typography) {
        this.typography = typography;
        TextMeasurer m = new TextMeasurer(typography);
        this.layered = new LayeredLayout(m, 22, 46);
        this.elk = new LayeredLayout(m, 22, 46, Integer.MAX_VALUE);
        this.banded = new BandedLayeredLayout(m, 22, 46);
        this.grid = new GridLayout(m);
    }

    /**
     * Starts, on a daemon thread, what a cold JVM would otherwise do on the main thread after
     * reading the maps: loading the fonts and Batik's SVG DOM, by laying out (with the compact
     * layered layout) and drawing a four-node diagram. A command line calls it before reading the
     * maps, so that this overlaps the reading on the second core. With {@code elk}, it goes on to
     * load ELK by laying the diagram out with it too: right for a server, which has nothing else
     * to do at start-up, not for a one-shot command on two cores, where loading ELK beside the
     * reading slowed the reading as much as it sped the layout of a small map (measured), and a
     * large map does not use ELK. Starts once per JVM.
     *
     * @param elk whether to warm ELK up as well
     */
    public static void prewarmInBackground(boolean elk) {
        if (!WARMING.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                RenderPipeline p = new RenderPipeline();
                Diagram warm = warmUpDiagram(4);
                p.draw(p.banded.layout(warm), Theme.standard());
                if (elk) {
                    p.layered.layout(warm);
                }
            } catch (RuntimeException | LinkageError e) {
                // only a warm-up: the real rendering reports any problem
            }
        }, "argmap-prewarm");
        t.setDaemon(true);
        t.start();
    }

    /** A small tree in two clusters, enough to load and compile the code a real layout runs. */
    static Diagram warmUpDiagram(int n) {
        List<Diagram.Node> nodes = new ArrayList<>();
        List<Diagram.Edge> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            nodes.add(Diagram.Node.text("n" + i, i % 7 == 0 ? "thesis" : "premise",
                    List.of(new Diagram.Block(Diagram.Role.HEADER, "PREMISE"),
                            new Diagram.Block(Diagram.Role.BODY, "a claim of some words wrapped onto two lines " + i)),
                    i % 2 == 0 ? "a" : "b", java.util.Map.of("claim", "n" + i), null));
            if (i > 0) {
                edges.add(Diagram.Edge.of("e" + i, i % 5 == 0 ? "attacks" : "supports", "n" + i, "n" + (i - 1) / 2,
                        java.util.Map.of()));
            }
        }
        return new Diagram("warm-up", null, null, Diagram.Direction.UP, nodes, edges,
                List.of(Diagram.Cluster.of("a", "source", "a", null, java.util.Map.of()),
                        Diagram.Cluster.of("b", "source", "b", null, java.util.Map.of())),
                List.of(new Diagram.LegendEntry(Diagram.LegendEntry.Sample.EDGE, "supports", "supports")));
    }

    /**
     * The request's problems as messages (unknown source ids, a comparison of fewer than two
     * sources), empty when it can be drawn.
     */
    public List<String> problems(Corpus corpus, Request r) {
        List<String> out = new ArrayList<>();
        for (String id : r.sources()) {
            if (corpus.source(id).isEmpty()) {
                out.add("unknown source '" + id + "' (known: "
                        + String.join(", ", corpus.sources().stream().map(Source::id).sorted().toList()) + ")");
            }
        }
        if (corpus.sources().isEmpty()) {
            out.add("no source to draw: the maps hold no source");
        } else if (r.view() == View.COMPARISON && out.isEmpty()) {
            long n = r.sources().isEmpty() ? corpus.sources().size() : r.sources().stream().distinct().count();
            if (n < 2) {
                out.add("a comparison needs two or more sources; give --source twice, or draw --view map");
            }
        }
        return out;
    }

    /** Stage 1: the view. */
    public Diagram view(Corpus corpus, Request r) {
        return view(corpus, null, r);
    }

    /** Stage 1, reusing the corpus's analysis when the caller already has it ({@code report} may be null). */
    public Diagram view(Corpus corpus, AnalysisReport report, Request r) {
        return switch (r.view()) {
            case MAP -> MapView.build(corpus, r.sources(), new MapView.Options(r.evidence(), 140));
            case COMPARISON -> ComparisonView.build(corpus, report, r.sources(), r.keepOrder());
            case MATRIX -> MatrixView.build(corpus, report, r.sources(), r.keepOrder());
        };
    }

    /**
     * Which layered layout draws a map or a comparison. {@code AUTO} gives a vertical diagram of
     * more than {@link LayeredLayout#LARGE} nodes to the compact banded layout and everything else
     * to ELK.
     */
    public enum LayoutChoice {
        /** ELK for figures, the banded layout for large top-down maps. */
        AUTO,
        /** Eclipse ELK's layered algorithm, whatever the size. */
        ELK,
        /** The compact {@link BandedLayeredLayout}: one column per source; top-down diagrams only. */
        BANDED;

        /** The choice named by a lowercase word, or null. */
        public static LayoutChoice parse(String s) {
            for (LayoutChoice c : values()) {
                if (c.name().toLowerCase(Locale.ROOT).equals(s)) {
                    return c;
                }
            }
            return null;
        }
    }

    /** Stage 2: the layout that suits the view. */
    public LaidOutDiagram layout(Diagram d, View view) {
        return layout(d, view, LayoutChoice.AUTO);
    }

    /**
     * Stage 2 with a chosen layered layout (the matrix is always a grid).
     *
     * @throws IllegalArgumentException when {@code BANDED} is asked for a diagram that does not flow
     *     up or down (the comparison)
     */
    public LaidOutDiagram layout(Diagram d, View view, LayoutChoice choice) {
        if (view == View.MATRIX) {
            return grid.layout(d);
        }
        return switch (choice) {
            case AUTO -> layered.layout(d);
            case ELK -> elk.layout(d);
            case BANDED -> banded.layout(d);
        };
    }

    /** Stage 3: the SVG text. */
    public String draw(LaidOutDiagram d, Theme theme) {
        return new SvgRenderer(typography, theme).render(d);
    }

    /** Stage 4: the bytes in the requested format. */
    public byte[] export(String svg, LaidOutDiagram d, Request r) {
        return switch (r.format()) {
            case SVG -> svg.getBytes(StandardCharsets.UTF_8);
            case PNG -> Exporter.png(svg, r.widthPx() > 0 ? r.widthPx() : Math.round(d.width() * r.dpi() / Exporter.CSS_DPI));
            case PDF -> Exporter.pdf(svg);
        };
    }

    /** All stages: the file's bytes. Call {@link #problems} first. */
    public byte[] render(Corpus corpus, Request r) {
        return render(corpus, null, r);
    }

    /** All stages, reusing the corpus's analysis when the caller already has it ({@code report} may be null). */
    public byte[] render(Corpus corpus, AnalysisReport report, Request r) {
        LaidOutDiagram laid = layout(view(corpus, report, r), r.view());
        return export(draw(laid, r.theme()), laid, r);
    }
}
