package org.argmap.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code argmap serve} in a JVM of its own (the test classpath, a heap of the test's choosing), on
 * loopback and a free port, as a user starts it; stopped on close. Its output goes to a log file.
 */
public final class ServerProcess implements AutoCloseable {

    private static final Pattern OPEN = Pattern.compile("argmap: open (http://127\\.0\\.0\\.1:\\d+/)");

    private final Process process;
    private final Path log;
    private final String url;

    private ServerProcess(Process process, Path log, String url) {
        this.process = process;
        this.log = log;
        this.url = url;
    }

    /**
     * Starts {@code argmap serve --port 0 --no-watch MAPS} with {@code -Xmx<heap>} and waits until it
     * listens (at most {@code startSeconds}).
     */
    public static ServerProcess start(Path maps, String heap, Path log, int startSeconds) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + heap, "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), "org.argmap.cli.Main", "serve", "--port", "0", "--no-watch",
                maps.toString()));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            long end = System.currentTimeMillis() + startSeconds * 1000L;
            while (System.currentTimeMillis() < end) {
                Matcher m = OPEN.matcher(Files.exists(log) ? Files.readString(log) : "");
                if (m.find()) {
                    return new ServerProcess(p, log, m.group(1));
                }
                if (!p.isAlive()) {
                    throw new AssertionError("the server stopped: " + Files.readString(log));
                }
                Thread.sleep(100);
            }
            p.destroyForcibly();
            throw new AssertionError("the server did not start in " + startSeconds + " s: " + Files.readString(log));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The address it prints, {@code http://127.0.0.1:PORT/}. */
    public String url() {
        return url;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** What it has printed so far. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(20, TimeUnit.SECONDS);
        }
    }
}
