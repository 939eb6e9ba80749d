package org.argmap.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.argmap.export.CorpusJson;
import org.argmap.interchange.aif.AifExporter;
import org.argmap.interchange.argdown.ArgdownExporter;
import org.argmap.interchange.graph.CorpusGraphExporter;
import org.argmap.load.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code argmap export FORMAT [PATH...] [-o FILE]}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the corpus in another format: json, aif, argdown, graphml, dot.")
final class ExportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FORMAT", description = "json, aif (AIFdb/OVA JSON), argdown, graphml or dot")
    String format;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "PATH", description = "Map files or folders (default: argmaps/).")
    java.util.List<Path> paths;

    @Mixin
    CorpusOptions corpus;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!java.util.List.of("json", "aif", "argdown", "graphml", "dot").contains(format)) {
            throw new Main.UsageException("unknown export format '" + format + "' (known: json, aif, argdown, graphml, dot)");
        }
        LoadResult r = corpus.load(paths);
        Diagnostics.print(r.diagnostics(), spec.commandLine().getErr());
        if (r.hasErrors()) {
            spec.commandLine().getErr().println(Diagnostics.summary(r.errorCount(), r.warningCount()) + ": nothing exported");
            return 1;
        }
        String text = switch (format) {
            case "json" -> CorpusJson.write(CorpusJson.toJson(r.corpus()));
            case "aif" -> CorpusJson.write(AifExporter.export(r.corpus()));
            case "argdown" -> ArgdownExporter.export(r.corpus());
            case "graphml" -> CorpusGraphExporter.graphml(r.corpus());
            case "dot" -> CorpusGraphExporter.dot(r.corpus());
            default -> throw new Main.UsageException("unknown export format '" + format + "' (known: json, aif, argdown, graphml, dot)");
        };
        Output.write(text.getBytes(StandardCharsets.UTF_8), output, spec);
        return 0;
    }
}
