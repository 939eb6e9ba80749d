package org.argmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.argmap.render.bench.SyntheticMap;

/**
 * The training run behind the launcher's class-data-sharing archive: runs the short commands a
 * user runs most, each once, in one JVM, so that an archive written at its exit
 * ({@code -XX:ArchiveClassesAtExit}) holds the classes of all of them: validate, analyze, align, the
 * three views (a map of the given maps, which ELK lays out, and a generated map of 400 claims,
 * which the compact layout draws), and the JSON export. Output goes to a temporary folder that
 * is deleted afterwards. Usage: {@code java -XX:ArchiveClassesAtExit=A -cp argmap.jar
 * org.argmap.cli.ClassDataTraining MAPS}.
 */
public final class ClassDataTraining {
    private ClassDataTraining() {
    }

    /**
     * Exits with 0 when no command failed unexpectedly (exit code 3), also when the maps have errors:
     * an analyst's maps often do while they are being edited, and the commands have loaded their
     * classes all the same; so the archive is made once, not retried on every run.
     */
    public static void main(String[] args) throws IOException {
        List<Integer> codes = run(args.length > 0 ? args[0] : "argmaps");
        System.exit(codes.stream().anyMatch(c -> c >= 3) ? 1 : 0);
    }

    /** Runs the commands on the maps at {@code maps}; returns their exit codes in order. */
    static List<Integer> run(String maps) throws IOException {
        List<Integer> codes = new java.util.ArrayList<>();
        Path tmp = Files.createTempDirectory("argmap-training");
        try {
            Path big = tmp.resolve("big");
            Files.createDirectories(big);
            new SyntheticMap(400).write(big);
            List<String[]> runs = List.of(
                    new String[] {"validate", maps},
                    new String[] {"analyze", maps},
                    new String[] {"align", maps},
                    new String[] {"render", maps, "--view", "map", "-o", tmp.resolve("map.svg").toString()},
                    new String[] {"render", maps, "--view", "comparison", "-o", tmp.resolve("cmp.svg").toString()},
                    new String[] {"render", maps, "--view", "matrix", "-o", tmp.resolve("matrix.svg").toString()},
                    new String[] {"render", big.resolve("bench.yaml").toString(), "--view", "map",
                            "-o", tmp.resolve("big.svg").toString()},
                    new String[] {"export", "json", maps, "-o", tmp.resolve("corpus.json").toString()});
            PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
            for (String[] run : runs) {
                codes.add(Main.execute(run, nowhere, nowhere));
            }
        } finally {
            try (Stream<Path> s = Files.walk(tmp)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return codes;
    }
}
