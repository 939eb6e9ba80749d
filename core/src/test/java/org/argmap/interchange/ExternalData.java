package org.argmap.interchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.argmap.testing.Tools;

/**
 * Test material from outside the project.
 *
 * <p>What its licence lets us redistribute is in the repository: the Argdown files (MIT) under
 * {@code src/test/resources/argdown} ({@link #argdown}), so their tests always run. The rest (the
 * AIF maps, which carry no licence, and the GPL Dung frameworks) is read in place from {@code
 * shared/external}: the folder named by the system property {@code argmap.external}, else {@code
 * ../../shared/external} from the module directory (worktrees and CI clones sit beside {@code
 * shared/}). When it is missing, {@link #require} skips the test with one line on standard error
 * saying what was skipped and how to get it, or fails it where {@code ARGMAP_REQUIRE_TOOLS} is set
 * ({@code .ci/run}, which has the folder), as {@link Tools#require} does for tools.
 */
public final class ExternalData {
    private ExternalData() {
    }

    /** The data sets already reported missing in this test JVM: each is named once. */
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

    /** The {@code shared/external} folder, whether or not it exists. */
    public static Path dir() {
        String p = System.getProperty("argmap.external");
        return (p != null && !p.isBlank() ? Path.of(p) : Path.of("..", "..", "shared", "external")).toAbsolutePath().normalize();
    }

    /**
     * The folder {@code sub} of {@code shared/external}, which must hold {@code marker}; when it
     * does not, skips (or under {@code ARGMAP_REQUIRE_TOOLS} fails) the calling test, naming
     * {@code what} it would have run.
     */
    public static Path require(String sub, String marker, String what) {
        Path d = dir().resolve(sub);
        if (marker.isEmpty() ? Files.isDirectory(d) : Files.isRegularFile(d.resolve(marker))) {
            return d;
        }
        String message = what + ": external test data not found at " + d
                + " (put shared/external beside the repository, or pass -Dargmap.external=/path/to/shared/external)";
        if (REPORTED.add(what) && System.getenv("ARGMAP_REQUIRE_TOOLS") == null) {
            System.err.println("argmap tests: SKIPPED " + message);
        }
        Tools.require(false, message);
        throw new AssertionError("unreachable");
    }

    /** The files under {@code sub} of {@code shared/external} whose names end in {@code suffix}, sorted; see {@link #require}. */
    public static List<Path> files(String sub, String suffix, String what) {
        return list(require(sub, "", what), suffix);
    }

    /** The Argdown files (MIT, in the repository) under {@code argdown/sub} whose names end in {@code suffix}, sorted. */
    public static List<Path> argdown(String sub, String suffix) {
        Path d = Path.of("src", "test", "resources", "argdown", sub).toAbsolutePath();
        List<Path> files = list(d, suffix);
        if (files.isEmpty()) {
            throw new AssertionError("no " + suffix + " files in " + d);
        }
        return files;
    }

    private static List<Path> list(Path d, String suffix) {
        try (Stream<Path> s = Files.walk(d)) {
            return s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
