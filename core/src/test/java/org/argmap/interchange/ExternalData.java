package org.argmap.interchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The external test material in {@code shared/external}, read in place (never copied into the
 * repository): system property {@code argmap.external}, else {@code ../../shared/external}
 * relative to the module directory (worktrees and CI clones sit beside {@code shared/}).
 */
public final class ExternalData {
    private ExternalData() {
    }

    public static Path dir() {
        String p = System.getProperty("argmap.external");
        return p != null ? Path.of(p) : Path.of("..", "..", "shared", "external").toAbsolutePath().normalize();
    }

    /** The files under {@code sub} whose names end in {@code suffix}, sorted; skips the test when the folder is missing. */
    public static List<Path> files(String sub, String suffix) {
        Path d = dir().resolve(sub);
        Assumptions.assumeTrue(Files.isDirectory(d), "external test data not found at " + d + " (set -Dargmap.external)");
        try (Stream<Path> s = Files.walk(d)) {
            return s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
