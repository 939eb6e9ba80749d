package org.argmap.load.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.argmap.load.CorpusLoader;
import org.argmap.load.LoadResult;

/**
 * Times {@link CorpusLoader#load} (read, parse, map, find quotes, cross-file checks: what
 * {@code argmap validate} does after start-up) on every {@link LargeMapShape} at 1, 2, 4 and 8 MiB
 * in one JVM, after one warm-up load per shape; prints one line per shape with the milliseconds per
 * size and the ratio of the largest size's time to the smallest's (8 for linear cost from 1 to
 * 8 MiB, 64 for quadratic). Times are the CPU time of the loading thread (steady on a shared
 * machine; garbage collection is not in it), or wall time with {@code CLOCK=wall}.
 * Usage: {@code java -cp argmap.jar org.argmap.load.bench.LoadBenchmark [ROUNDS] [MiB...]}; each
 * figure is the best of ROUNDS (default 3) loads.
 */
public final class LoadBenchmark {
    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int[] sizes = args.length > 1 ? java.util.Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {1, 2, 4, 8};
        Path dir = Files.createTempDirectory("argmap-load-bench");
        CorpusLoader loader = new CorpusLoader();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        boolean cpu = !"wall".equals(System.getenv("CLOCK")) && mx.isCurrentThreadCpuTimeSupported();
        System.out.println((cpu ? "CPU time of the loading thread" : "wall time") + ", ms, best of " + rounds
                + " (CLOCK=wall for wall time)");
        StringBuilder header = new StringBuilder(String.format("%-52s", "shape"));
        for (int s : sizes) {
            header.append(String.format("%10s", s + " MiB"));
        }
        System.out.println(header.append(String.format("%8s  %s", "ratio", "diagnostics at the largest size")));
        for (LargeMapShape shape : LargeMapShape.values()) {
            Path warm = shape.write(dir.resolve("warm"), 256 << 10);
            loader.load(List.of(warm));
            StringBuilder line = new StringBuilder(String.format("%-52s", shape.description()));
            long first = 0;
            long last = 0;
            LoadResult r = null;
            for (int s : sizes) {
                Path f = shape.write(dir.resolve(s + "mib"), (s << 20) - 1);
                long best = Long.MAX_VALUE;
                for (int i = 0; i < rounds; i++) {
                    long t0 = cpu ? mx.getCurrentThreadCpuTime() : System.nanoTime();
                    r = loader.load(List.of(f));
                    best = Math.min(best, (cpu ? mx.getCurrentThreadCpuTime() : System.nanoTime()) - t0);
                }
                long ms = best / 1_000_000;
                first = first == 0 ? Math.max(1, ms) : first;
                last = ms;
                line.append(String.format("%10d", ms));
            }
            line.append(String.format("%8.1f  %s", (double) last / first, summary(r)));
            System.out.println(line);
        }
    }

    private static String summary(LoadResult r) {
        if (r.diagnostics().isEmpty()) {
            return "none";
        }
        return r.errorCount() + " errors, " + r.warningCount() + " warnings, first [" + r.diagnostics().get(0).code() + "]";
    }
}
