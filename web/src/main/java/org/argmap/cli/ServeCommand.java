package org.argmap.cli;

import java.io.PrintWriter;
import java.net.BindException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.argmap.diag.Diagnostic;
import org.argmap.web.ArgmapServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code argmap serve [--port 8080] [--host 127.0.0.1] [PATH...]}: the browser, live. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serve the maps in a browser: live maps, evidence in the text, comparison, matrix, search and a JSON API.",
            "Pages update by themselves when a map or text file changes. Read-only. Ctrl-C stops the server."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "Port to listen on; 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--no-watch", description = "Do not reload when files change.")
    boolean noWatch;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Map files or folders (default: argmaps/, here or in the Argmap checkout).")
    List<Path> paths;

    @Mixin
    CorpusOptions corpus;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new Main.UsageException("--port must be 0..65535, not " + port);
        }
        if (corpus.allowOutsideTexts && !ArgmapServer.isLoopback(host)) {
            throw new Main.UsageException("--allow-outside-texts is refused with --host " + host
                    + ": it would show any file of this machine to the network; serve on 127.0.0.1 to use it");
        }
        List<Path> ps = paths == null || paths.isEmpty() ? List.of(bundled()) : paths;
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArgmapServer server;
        try {
            server = ArgmapServer.start(new ArgmapServer.Options(ps, host, port, !noWatch, corpus.maxFileSize,
                    corpus.allowOutsideTexts));
        } catch (RuntimeException e) {
            err.println("argmap: cannot start the server on " + host + ":" + port + ": " + reason(e));
            return 1;
        }
        List<Diagnostic> ds = server.diagnostics();
        Diagnostics.print(ds, err);
        long errors = ds.stream().filter(Diagnostic::isError).count();
        out.println("argmap: serving " + server.summary() + " from " + String.join(" ", ps.stream().map(Path::toString).toList())
                + (ds.isEmpty() ? "" : " (" + Diagnostics.summary(errors, ds.size() - errors) + ", shown in the pages)"));
        out.println("argmap: open " + server.url() + "   (Ctrl-C stops)");
        out.flush();
        err.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "argmap-stop"));
        stopped.await();
        return 0;
    }

    /** {@code argmaps/} in the working folder, else the one in the checkout the jar was built in. */
    static Path bundled() {
        Path here = Path.of("argmaps");
        if (Files.isDirectory(here)) {
            return here;
        }
        try {
            Path jar = Path.of(ServeCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // web/target/argmap-web-*.jar (or web/target/classes) -> the checkout's argmaps/
            Path root = jar.getParent() == null || jar.getParent().getParent() == null ? null : jar.getParent().getParent().getParent();
            if (root != null && Files.isDirectory(root.resolve("argmaps"))) {
                return root.resolve("argmaps");
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall through: report the missing folder below
        }
        throw new Main.UsageException("no argmaps/ folder here: give map files or folders to serve");
    }

    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return t.getMessage() + " (is another server using the port? try --port)";
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
