package org.argmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.argmap.load.bench.LargeMapShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Map files just under the 8 MiB size cap load in time linear in their size, whatever their shape.
 * The bound is a generous sanity check against quadratic behaviour (the figures are in
 * {@code bench/load-bench.sh} and docs/format.md): the loading thread's CPU time, so that a busy
 * machine does not fail it, under a wall-clock guard against hangs.
 */
class LargeInputTest {
    private static final int SIZE = (8 << 20) - 1;
    private static final long CPU_BOUND_MS = 15_000;

    @TempDir
    Path dir;

    /** Loads {@code f}, asserting the CPU bound; returns the result. */
    private static LoadResult loadWithinBound(Path f) {
        return assertTimeoutPreemptively(Duration.ofMinutes(4), () -> {
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            long t0 = mx.getCurrentThreadCpuTime();
            LoadResult r = new CorpusLoader().load(List.of(f));
            long ms = (mx.getCurrentThreadCpuTime() - t0) / 1_000_000;
            assertTrue(ms < CPU_BOUND_MS, () -> f.getFileName() + " took " + ms + " ms of CPU");
            return r;
        });
    }

    @Test
    void eightMebibyteOneLineTitleValidatesInLinearTime() throws Exception {
        Path f = LargeMapShape.LONG_LINE.write(dir, SIZE);
        LoadResult r = loadWithinBound(f);
        assertEquals(List.of(), r.diagnostics());
        String title = r.corpus().sources().get(0).title();
        assertTrue(title.length() > SIZE - 200, () -> "title of " + title.length() + " characters");
        assertTrue(title.endsWith("wordx"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(LargeMapShape.class)
    void everyShapeUnderTheSizeCapLoadsWithinTheBound(LargeMapShape shape) throws Exception {
        LoadResult r = loadWithinBound(shape.write(dir, SIZE));
        Set<String> codes = r.diagnostics().stream().map(d -> d.code()).collect(Collectors.toSet());
        Set<String> expected = switch (shape) {
            case DEEP_FLOW -> Set.of("unknown-key");
            case LONG_IDS, MANY_BAD_REFERENCES -> Set.of("unknown-claim");
            default -> Set.of();
        };
        assertEquals(expected, codes, () -> r.diagnostics().stream().limit(3).toList().toString());
    }
}
