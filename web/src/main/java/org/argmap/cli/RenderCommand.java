package org.argmap.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.argmap.layout.LayeredLayout;
import org.argmap.load.LoadResult;
import org.argmap.render.RenderPipeline;
import org.argmap.render.RenderPipeline.Format;
import org.argmap.render.RenderPipeline.LayoutChoice;
import org.argmap.render.RenderPipeline.Request;
import org.argmap.render.RenderPipeline.View;
import org.argmap.render.Theme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code argmap render [PATH...] --view map|comparison|matrix [--source ID]... --format svg|png|pdf -o FILE}. */
@Command(name = "render", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Draw argument maps, a comparison of sources, or the stance matrix as SVG, PNG or PDF.",
            "Views: map (each source a cluster of its claims and relations), comparison (sources side by side around"
                + " the propositions they share), matrix (propositions \u00d7 sources, ordered by camp)."})
final class RenderCommand implements Callable<Integer> {

    /**
     * The comparison puts sources side by side around what they share: beyond this many it is
     * refused (exit 1, before any analysis) with a hint to pick sources with {@code --source}.
     */
    static final int MAX_COMPARED = 12;
    @Mixin
    CorpusOptions corpus;

    @picocli.CommandLine.Parameters(arity = "0..*", paramLabel = "PATH", description = "Map files or folders (default: argmaps/).")
    List<Path> paths;

    @Option(names = "--view", defaultValue = "map", paramLabel = "VIEW",
            description = "map, comparison or matrix (default: ${DEFAULT-VALUE}).")
    String view;

    @Option(names = "--source", paramLabel = "ID",
            description = "A source to draw (repeat; default: all). With --keep-order, also the column/side order.")
    List<String> sources = new ArrayList<>();

    @Option(names = "--keep-order", description = "Comparison and matrix: keep the --source order instead of ordering by camp (tradition, then id).")
    boolean keepOrder;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "svg, png or pdf (default: from the -o file's extension, else svg).")
    String format;

    @Option(names = "--theme", defaultValue = "default", paramLabel = "THEME",
            description = "default (colour) or print (grayscale) (default: ${DEFAULT-VALUE}).")
    String theme;

    @Option(names = "--width", paramLabel = "PX", description = "PNG width in pixels.")
    Integer width;

    @Option(names = "--dpi", paramLabel = "N", description = "PNG resolution; 96 draws one pixel per SVG px (default: 192).")
    Integer dpi;

    @Option(names = "--layout", defaultValue = "auto", paramLabel = "LAYOUT",
            description = {"Map and comparison: elk (Eclipse ELK's layered layout, the figure for print), banded (a compact"
                + " layered layout with one column per source, fast on large maps; top-down maps only) or auto (banded for"
                + " maps of more than " + LayeredLayout.LARGE + " nodes, elk otherwise; default)."})
    String layout;

    @Option(names = "--evidence", description = "Map view: draw each quote as a node linked to its claim (default: a quote count per claim).")
    boolean evidence;

    @Option(names = "--timings", description = "Print how long each stage took (load, view, layout, draw, export) on standard error.")
    boolean timings;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        View v = View.parse(view.toLowerCase(Locale.ROOT));
        if (v == null) {
            throw new Main.UsageException("--view must be map, comparison or matrix, not '" + view + "'");
        }
        LayoutChoice choice = LayoutChoice.parse(layout.toLowerCase(Locale.ROOT));
        if (choice == null) {
            throw new Main.UsageException("--layout must be auto, elk or banded, not '" + layout + "'");
        }
        if (choice != LayoutChoice.AUTO && v == View.MATRIX) {
            throw new Main.UsageException("--layout applies to the map and the comparison; the matrix is a table");
        }
        if (choice == LayoutChoice.BANDED && v == View.COMPARISON) {
            throw new Main.UsageException("--layout banded draws top-down maps; the comparison runs left to right: use elk or auto");
        }
        Format f = format == null ? fromExtension(output) : Format.parse(format.toLowerCase(Locale.ROOT));
        if (f == null) {
            throw new Main.UsageException("--format must be svg, png or pdf, not '" + format + "'");
        }
        Theme t = Theme.named(theme);
        if (t == null) {
            throw new Main.UsageException("--theme must be default or print, not '" + theme + "'");
        }
        if (width != null && dpi != null) {
            throw new Main.UsageException("give --width or --dpi, not both");
        }
        if ((width != null && (width < 16 || width > 20000)) || (dpi != null && (dpi < 24 || dpi > 1200))) {
            throw new Main.UsageException("--width must be 16..20000 and --dpi 24..1200");
        }
        if (f != Format.PNG && (width != null || dpi != null)) {
            throw new Main.UsageException("--width and --dpi apply to --format png only");
        }
        if (f != Format.SVG && (output == null || output.toString().equals("-"))
                && System.console() != null) {
            throw new Main.UsageException(f.word() + " is binary: give -o FILE");
        }
        long t0 = System.nanoTime();
        RenderPipeline.prewarmInBackground(false);
        LoadResult r = corpus.load(paths);
        long t1 = System.nanoTime();
        Diagnostics.print(r.diagnostics(), spec.commandLine().getErr());
        if (r.hasErrors()) {
            spec.commandLine().getErr().println(Diagnostics.summary(r.errorCount(), r.warningCount()) + ": nothing drawn");
            return 1;
        }
        if (v == View.COMPARISON) {
            int drawn = sources.isEmpty() ? r.corpus().sources().size() : sources.size();
            if (drawn > MAX_COMPARED) {
                spec.commandLine().getErr().println("argmap: the comparison draws at most " + MAX_COMPARED
                        + " sources side by side, and " + (sources.isEmpty() ? "this corpus has " : "you asked for ") + drawn
                        + ": pick the sources to compare with --source ID (repeat it, up to " + MAX_COMPARED
                        + "), e.g. --source " + r.corpus().sources().get(0).id() + " --source "
                        + r.corpus().sources().get(1).id());
                return 1;
            }
        }
        RenderPipeline pipeline = new RenderPipeline();
        Request req = new Request(v, sources, keepOrder, f, t, width == null ? 0 : width, dpi == null ? 192 : dpi, evidence);
        List<String> problems = pipeline.problems(r.corpus(), req);
        if (!problems.isEmpty()) {
            problems.forEach(p -> spec.commandLine().getErr().println("argmap: " + p));
            return 1;
        }
        long t2 = System.nanoTime();
        var diagram = pipeline.view(r.corpus(), req);
        long t3 = System.nanoTime();
        var laid = pipeline.layout(diagram, v, choice);
        long t4 = System.nanoTime();
        String svg = pipeline.draw(laid, t);
        long t5 = System.nanoTime();
        byte[] bytes = pipeline.export(svg, laid, req);
        long t6 = System.nanoTime();
        if (f == Format.SVG || output != null && !output.toString().equals("-")) {
            Output.write(bytes, output, spec);
        } else {
            System.out.write(bytes);
            System.out.flush();
        }
        if (timings) {
            spec.commandLine().getErr().printf(Locale.ROOT,
                    "timings: JVM start %d ms, load %.0f ms, view %.0f ms, layout %.0f ms, draw %.0f ms, export %.0f ms,"
                            + " write %.0f ms; %d nodes, %d edges%n",
                    java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() - (System.nanoTime() - t0) / 1_000_000,
                    ms(t0, t1), ms(t2, t3), ms(t3, t4), ms(t4, t5), ms(t5, t6), ms(t6, System.nanoTime()),
                    diagram.nodes().size(), diagram.edges().size());
        }
        return 0;
    }

    private static double ms(long from, long to) {
        return (to - from) / 1e6;
    }

    private static Format fromExtension(Path output) {
        if (output == null) {
            return Format.SVG;
        }
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        Format f = dot < 0 ? null : Format.parse(name.substring(dot + 1));
        return f == null ? Format.SVG : f;
    }
}
