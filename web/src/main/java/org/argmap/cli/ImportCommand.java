package org.argmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.CopyOption;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.argmap.diag.Diagnostic;
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
 * paragraph) next to it; loads what it made before it puts it in place, so the result is known to
 * validate. Existing outputs are refused unless {@code --force}; on any error nothing is written.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Read an AIF (AIFdb/OVA JSON, xAIF) or Argdown file and write it as a map.",
                "Writes OUT.yaml and, next to it, OUT.txt: the source text the claims quote.",
                "Never replaces existing files without --force; writes nothing on error."})
final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FORMAT", description = "aif or argdown")
    String format;

    @Parameters(index = "1", paramLabel = "FILE", description = "The file to import.")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.yaml", description = "The map file to write.")
    Path output;

    @Option(names = "--force", description = "Replace OUT.yaml and OUT.txt when they exist (by default they are never overwritten).")
    boolean force;

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
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println(file + ":1:1: error [file-not-found] no such file");
            return 1;
        }
        String stem = name.substring(0, name.lastIndexOf('.'));
        Path textFile = output.resolveSibling(stem + ".txt");
        if (!force) {
            List<Path> existing = java.util.stream.Stream.of(output, textFile).filter(p -> Files.exists(p, LinkOption.NOFOLLOW_LINKS)).toList();
            if (!existing.isEmpty()) {
                err.println("argmap: " + String.join(" and ", existing.stream().map(Path::toString).toList())
                        + (existing.size() == 1 ? " exists" : " exist") + ": nothing written (--force replaces "
                        + (existing.size() == 1 ? "it" : "them") + ")");
                return 1;
            }
        }
        ImportedMap m = switch (format) {
            case "aif" -> AifImporter.importFile(file, output.toString(), textFile.getFileName().toString());
            case "argdown" -> ArgdownImporter.importFile(file, output.toString(), textFile.getFileName().toString());
            default -> throw new Main.UsageException("unknown import format '" + format + "' (known: aif, argdown)");
        };
        Diagnostics.print(m.diagnostics(), err);
        if (m.hasErrors()) {
            long e = m.diagnostics().stream().filter(d -> d.isError()).count();
            err.println(Diagnostics.summary(e, m.diagnostics().size() - e) + ": nothing written");
            return 1;
        }
        byte[] yaml = MapYamlWriter.write(m).getBytes(StandardCharsets.UTF_8);
        byte[] text = m.text().getBytes(StandardCharsets.UTF_8);
        if (!AtomicPair.write(output, yaml, textFile, text, force, err)) {
            return 1;
        }
        spec.commandLine().getOut().printf("wrote %s (%d claims, %d propositions, %d relations) and %s%n", output,
                m.claims().size(), m.propositions().size(), m.relations().size(), textFile);
        spec.commandLine().getOut().flush();
        return 0;
    }

    /**
     * Writes a map and its text so that either both land or nothing does: both go to a fresh
     * folder beside {@code map}, are loaded back there with the real loader, and only when that
     * finds no error are they moved into place, each by an atomic rename (the text first, so a
     * map never names a text that is not there yet). On any failure the temporary folder and
     * any folder made for the output are removed.
     */
    static final class AtomicPair {
        private AtomicPair() {
        }

        static boolean write(Path map, byte[] yaml, Path text, byte[] textBytes, boolean replace, PrintWriter err) throws IOException {
            Path dir = map.toAbsolutePath().normalize().getParent();
            Path made = firstMissing(dir);
            Files.createDirectories(dir);
            Path tmp = Files.createTempDirectory(dir, "." + map.getFileName() + ".import-");
            boolean done = false;
            Path movedText = null;
            try {
                Path tmpText = Files.write(tmp.resolve(text.getFileName()), textBytes);
                Path tmpMap = Files.write(tmp.resolve(map.getFileName()), yaml);
                LoadResult check = new CorpusLoader().load(List.of(tmpMap));
                List<Diagnostic> ds = check.diagnostics().stream().map(d -> d.file().equals(tmpMap.toString())
                        ? new Diagnostic(d.severity(), d.code(), d.message(), map.toString(), d.line(), d.column(), d.hint()) : d).toList();
                Diagnostics.print(ds, err);
                if (check.hasErrors()) {
                    long e = ds.stream().filter(Diagnostic::isError).count();
                    err.println(Diagnostics.summary(e, ds.size() - e) + " in the map made: nothing written");
                    return false;
                }
                CopyOption[] how = replace ? new CopyOption[] {StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING}
                        : new CopyOption[] {StandardCopyOption.ATOMIC_MOVE};
                try {
                    Files.move(tmpText, text, how);
                    movedText = text;
                    Files.move(tmpMap, map, how);
                } catch (FileAlreadyExistsException e) {
                    err.println("argmap: " + e.getFile() + " appeared while importing: nothing written (--force replaces it)");
                    if (movedText != null) {
                        Files.deleteIfExists(movedText);
                    }
                    return false;
                }
                done = true;
                return true;
            } finally {
                try (var s = Files.walk(tmp)) {
                    for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
                if (!done && made != null) {
                    for (Path p = dir; p != null && p.startsWith(made); p = p.getParent()) {
                        try {
                            Files.deleteIfExists(p);
                        } catch (java.nio.file.DirectoryNotEmptyException e) {
                            break;
                        }
                    }
                }
            }
        }

        /** The topmost folder of {@code dir} that does not exist yet, or null. */
        private static Path firstMissing(Path dir) {
            Path missing = null;
            for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) {
                missing = p;
            }
            return missing;
        }
    }
}
