package org.argmap.cli;

import java.util.concurrent.Callable;
import org.argmap.export.CorpusJson;
import org.argmap.load.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code argmap validate}: every problem in every file, then a summary; exit 1 on errors. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check map files: YAML, fields, references, quotes against their texts.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Map files or folders (default: argmaps/).")
    java.util.List<java.nio.file.Path> paths;

    @Mixin
    CorpusOptions corpus;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new Main.UsageException("--format must be text or json, not '" + format + "'");
        }
        LoadResult r = corpus.load(paths);
        if (format.equals("json")) {
            spec.commandLine().getOut().print(CorpusJson.write(CorpusJson.diagnostics(r.diagnostics(), r.files(), r.followOn())));
            spec.commandLine().getOut().flush();
        } else {
            Diagnostics.print(r.diagnostics(), spec.commandLine().getErr());
            var c = r.corpus();
            spec.commandLine().getOut().printf("%d files, %d sources, %d claims, %d quotes, %d propositions: %s%n",
                    r.files().size(), c.sources().size(), c.claims().size(), c.evidence().size(), c.propositions().size(),
                    Diagnostics.summary(r.errorCount(), r.warningCount()));
            spec.commandLine().getOut().flush();
        }
        return r.hasErrors() ? 1 : 0;
    }
}
