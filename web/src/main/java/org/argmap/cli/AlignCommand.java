package org.argmap.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.argmap.align.Aligner;
import org.argmap.align.Alignment;
import org.argmap.align.AlignmentJson;
import org.argmap.align.AlignmentText;
import org.argmap.load.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code argmap align [PATH...] [--format text|markdown|json] [--min-similarity S] [-o FILE]}: candidate propositions
 * the catalog misses, stance gaps and compound propositions ({@link Aligner}). Exit 0 when the
 * maps load (whatever is found: these are suggestions), 1 when they have errors, 2 on bad usage.
 */
@Command(name = "align", mixinStandardHelpOptions = true,
        description = {"Find what the sources share that the proposition catalog misses: candidate propositions "
                + "(claims of several sources that say the same thing), stance gaps and compound propositions.",
                "Mark a suggestion as wrong under 'dismissed:' in a shared file (see docs/align.md)."})
final class AlignCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Map files or folders (default: argmaps/).")
    List<Path> paths;

    @Mixin
    CorpusOptions corpus;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, markdown or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the result here instead of standard output.")
    Path output;

    @Option(names = "--min-similarity", paramLabel = "S",
            description = "Least similarity (0 to 1) for two claims to be parallel (default: 0.15).")
    Double minSimilarity;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!List.of("text", "markdown", "json").contains(format)) {
            throw new Main.UsageException("--format must be text, markdown or json, not '" + format + "'");
        }
        LoadResult r = corpus.load(paths);
        var err = spec.commandLine().getErr();
        Diagnostics.print(r.diagnostics(), err);
        if (r.hasErrors()) {
            err.println(Diagnostics.summary(r.errorCount(), r.warningCount()) + ": nothing aligned");
            err.flush();
            return 1;
        }
        if (minSimilarity != null && !(minSimilarity > 0 && minSimilarity <= 1)) {
            throw new Main.UsageException("--min-similarity must be above 0 and at most 1, not " + minSimilarity);
        }
        Alignment.Settings d = Alignment.Settings.DEFAULT;
        Alignment a = new Aligner(minSimilarity == null ? d : new Alignment.Settings(minSimilarity, Math.max(d.strong(), minSimilarity),
                d.evidence())).align(r.corpus());
        String text = switch (format) {
            case "json" -> AlignmentJson.write(a);
            case "markdown" -> AlignmentText.markdown(a);
            default -> AlignmentText.text(a);
        };
        Output.write(text.getBytes(StandardCharsets.UTF_8), output, spec);
        err.flush();
        return 0;
    }
}
