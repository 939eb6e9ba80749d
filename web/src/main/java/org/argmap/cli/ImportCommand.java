package org.argmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.argmap.interchange.ImportedMap;
import org.argmap.interchange.aif.AifImporter;
import org.argmap.interchange.argdown.ArgdownImporter;
import org.argmap.interchange.yaml.MapYamlWriter;
import org.argmap.load.CorpusLoader;
import org.argmap.load.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code argmap import FORMAT FILE -o OUT.yaml}: reads an AIF or Argdown file and writes one
 * source map, plus the source text it quotes ({@code OUT.txt}, the claims' texts one per
 * paragraph) next to it; then loads what it wrote, so the result is known to validate.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Read an AIF (AIFdb/OVA JSON, xAIF) or Argdown file and write it as a map.",
                "Writes OUT.yaml and, next to it, OUT.txt: the source text the claims quote."})
final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FORMAT", description = "aif or argdown")
    String format;

    @Parameters(index = "1", paramLabel = "FILE", description = "The file to import.")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.yaml", description = "The map file to write.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("aif") && !format.equals("argdown")) {
            throw new Main.UsageException("unknown import format '" + format + "' (known: aif, argdown)");
        }
        String name = output.getFileName().toString();
        if (!name.endsWith(".yaml") && !name.endsWith(".yml")) {
            throw new Main.UsageException("the output must be a .yaml file, not '" + output + "'");
        }
        if (!Files.isRegularFile(file)) {
            spec.commandLine().getErr().println(file + ":1:1: error [file-not-found] no such file");
            return 1;
        }
        String stem = name.substring(0, name.lastIndexOf('.'));
        Path textFile = output.resolveSibling(stem + ".txt");
        ImportedMap m = switch (format) {
            case "aif" -> AifImporter.importFile(file, output.toString(), textFile.getFileName().toString());
            case "argdown" -> ArgdownImporter.importFile(file, output.toString(), textFile.getFileName().toString());
            default -> throw new Main.UsageException("unknown import format '" + format + "' (known: aif, argdown)");
        };
        PrintWriter err = spec.commandLine().getErr();
        Diagnostics.print(m.diagnostics(), err);
        if (m.hasErrors()) {
            long e = m.diagnostics().stream().filter(d -> d.isError()).count();
            err.println(Diagnostics.summary(e, m.diagnostics().size() - e) + ": nothing written");
            return 1;
        }
        Output.write(m.text().getBytes(StandardCharsets.UTF_8), textFile, spec);
        Output.write(MapYamlWriter.write(m).getBytes(StandardCharsets.UTF_8), output, spec);
        LoadResult check = new CorpusLoader().load(List.of(output));
        Diagnostics.print(check.diagnostics(), err);
        spec.commandLine().getOut().printf("wrote %s (%d claims, %d propositions, %d relations) and %s%n", output,
                m.claims().size(), m.propositions().size(), m.relations().size(), textFile);
        spec.commandLine().getOut().flush();
        return check.hasErrors() ? 1 : 0;
    }
}
