package org.argmap.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.argmap.analysis.Progress;

/**
 * Progress of a long analysis on the error stream, never on the output: which stage, and how far
 * when the stage counts its steps ({@code argmap: analysing: acceptability 12/41}). Nothing is
 * printed during the first second, so quick runs stay silent. On a terminal the line is
 * rewritten in place (carriage return) and cleared at the end; elsewhere (when asked with
 * {@code --progress}) one line per stage and at most one a second.
 */
final class ProgressLine implements Progress {

    private static final long QUIET_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private String stage = "";
    private long total;
    private long done;
    private long lastPrint;
    private boolean printed;
    private int width;

    private ProgressLine(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** A progress line when the error stream is a terminal or {@code asked}; else {@link Progress#NONE}. */
    static Progress on(PrintWriter err, boolean asked) {
        boolean tty = stderrIsTerminal();
        return tty || asked ? new ProgressLine(err, tty) : Progress.NONE;
    }

    /** Linux: file descriptor 2 is a terminal device. Elsewhere false (then only --progress shows it). */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception | LinkageError e) {
            return false;
        }
    }

    @Override
    public void stage(String name, long total) {
        boolean changed = !name.equals(stage);
        this.stage = name;
        this.total = total;
        this.done = 0;
        print(changed);
    }

    @Override
    public void advance(long steps) {
        done += steps;
        print(false);
    }

    private void print(boolean newStage) {
        long now = System.nanoTime();
        if (now - start < QUIET_NANOS) {
            return;
        }
        long gap = terminal ? 200_000_000L : 1_000_000_000L;
        if (!newStage && now - lastPrint < gap) {
            return;
        }
        if (!terminal && !newStage && total == 0) {
            return;
        }
        lastPrint = now;
        String line = "argmap: analysing: " + stage + (total > 0 ? " " + done + "/" + total : "")
                + String.format(" (%.1f s)", (now - start) / 1e9);
        if (terminal) {
            err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
            width = line.length();
        } else {
            err.println(line);
        }
        err.flush();
        printed = true;
    }

    /** Clears the terminal line, if anything was printed on it. */
    void done() {
        if (terminal && printed) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
        }
    }

    /** Ends a progress of {@link #on}, whatever its kind. */
    static void finish(Progress p) {
        if (p instanceof ProgressLine l) {
            l.done();
        }
    }
}
