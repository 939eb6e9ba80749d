package org.argmap.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.argmap.analysis.Analysis;
import org.argmap.analysis.AnalysisReport;
import org.argmap.analysis.Progress;
import org.argmap.analysis.ReportJson;
import org.argmap.analysis.ReportText;
import org.argmap.diag.Diagnostic;
import org.argmap.load.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code argmap analyze [PATH...] [--format text|markdown|json] [--check] [-o FILE]}: the
 * cross-source report (agreements, contradictions, stance matrix, camps, cruxes, acceptability).
 * With {@code --check}, also checks the corpus's {@code expect:} findings and exits 1 when one
 * does not hold, with an {@code expectation-failed} diagnostic at the expectation.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Compare the sources: agreements, contradictions with explanations, stance matrix, camps, cruxes, "
                + "and Dung acceptability of the claims.",
                "With --check, check the expected findings in the maps' 'expect:' sections (exit 1 if one fails)."})
final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Map files or folders (default: argmaps/).")
    List<Path> paths;

    @Mixin
    CorpusOptions corpus;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, markdown or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--check", description = "Check the expected findings (expect:); exit 1 when one does not hold.")
    boolean check;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report here instead of standard output.")
    Path output;

    @Spec
    CommandSpec spec;

    @Option(names = "--progress", description = "Show the stage and how far on the error stream even when it is not a"
            + " terminal (on a terminal it shows by itself once a run takes more than a second).")
    boolean showProgress;

    @Override
    public Integer call() throws IOException {
        if (!List.of("text", "markdown", "json").contains(format)) {
            throw new Main.UsageException("--format must be text, markdown or json, not '" + format + "'");
        }
        LoadResult r = corpus.load(paths);
        var err = spec.commandLine().getErr();
        Diagnostics.print(r.diagnostics(), err);
        if (r.hasErrors()) {
            err.println(Diagnostics.summary(r.errorCount(), r.warningCount()) + ": nothing analysed");
            err.flush();
            return 1;
        }
        Progress progress = ProgressLine.on(err, showProgress);
        AnalysisReport report = Analysis.of(r.corpus(), true, progress);
        ProgressLine.finish(progress);
        Diagnostics.print(report.warnings(), err);
        String text = switch (format) {
            case "json" -> ReportJson.write(report);
            case "markdown" -> ReportText.markdown(report);
            default -> ReportText.text(report);
        };
        Output.write(text.getBytes(StandardCharsets.UTF_8), output, spec);
        if (!check) {
            err.flush();
            return 0;
        }
        List<Diagnostic> failed = Analysis.check(report);
        Diagnostics.print(failed, err);
        int expected = r.corpus().expectations().size();
        if (failed.isEmpty()) {
            err.println("check: all " + expected + " expected findings hold");
        } else {
            err.println("check: " + failed.size() + " of " + expected + " expected findings do not hold");
        }
        err.flush();
        return failed.isEmpty() ? 0 : 1;
    }
}
