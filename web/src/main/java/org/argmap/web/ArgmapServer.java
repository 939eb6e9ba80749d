package org.argmap.web;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.argmap.diag.Diagnostic;
import org.argmap.render.RenderPipeline;

/**
 * Starts the browser programmatically (for {@code argmap serve}): a Micronaut application context
 * with its embedded Netty server, configured from {@link Options} rather than files, so that the
 * command line needs nothing else installed or started.
 */
public final class ArgmapServer implements AutoCloseable {

    /**
     * How to serve.
     *
     * @param paths the map files and folders
     * @param host the address to bind (127.0.0.1 keeps the server private to this machine)
     * @param port the port; 0 for any free one
     * @param watch whether to reload when files change
     * @param maxFileSize the largest map file accepted, in bytes
     * @param allowOutsideTexts whether {@code text:} may name files outside the corpus root; only
     *     with a loopback {@code host}
     */
    public record Options(List<Path> paths, String host, int port, boolean watch, long maxFileSize, boolean allowOutsideTexts) {
        public Options {
            paths = List.copyOf(paths);
        }

        /** Texts confined to the corpus root. */
        public Options(List<Path> paths, String host, int port, boolean watch, long maxFileSize) {
            this(paths, host, port, watch, maxFileSize, false);
        }
    }

    /**
     * Whether {@code host} names only this machine: a loopback address, or a name that resolves to
     * loopback addresses only ({@code localhost}). Unknown names are not.
     */
    public static boolean isLoopback(String host) {
        try {
            InetAddress[] all = InetAddress.getAllByName(host);
            return all.length > 0 && Arrays.stream(all).allMatch(InetAddress::isLoopbackAddress);
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private final ApplicationContext context;
    private final EmbeddedServer server;

    private ArgmapServer(ApplicationContext context, EmbeddedServer server) {
        this.context = context;
        this.server = server;
    }

    /**
     * Loads the maps and starts listening.
     *
     * @throws IllegalArgumentException when texts outside the corpus are allowed on an address
     *     other than loopback: the server would show any file of this machine to the network
     * @throws RuntimeException when the server cannot start (e.g. the port is taken); the context is closed
     */
    public static ArgmapServer start(Options o) {
        if (o.allowOutsideTexts() && !isLoopback(o.host())) {
            throw new IllegalArgumentException("texts outside the corpus may be served only on a loopback address, not " + o.host());
        }
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("micronaut.server.host", o.host());
        props.put("micronaut.server.port", o.port() == 0 ? -1 : o.port());
        props.put("argmap.paths", o.paths().stream().map(Path::toString).toList());
        props.put("argmap.watch", o.watch());
        props.put("argmap.max-file-size", o.maxFileSize());
        props.put("argmap.allow-outside-texts", o.allowOutsideTexts());
        // Load fonts, ELK and Batik on a spare core while the maps load: the first drawing comes sooner.
        RenderPipeline.prewarmInBackground(true);
        ApplicationContext ctx = ApplicationContext.builder().deduceEnvironment(false).properties(props).start();
        try {
            ctx.getBean(CorpusService.class).current();
            EmbeddedServer server = ctx.getBean(EmbeddedServer.class);
            server.start();
            return new ArgmapServer(ctx, server);
        } catch (RuntimeException e) {
            ctx.close();
            throw e;
        }
    }

    /** The address to open in a browser. */
    public String url() {
        String host = server.getHost();
        if (host.equals("0.0.0.0") || host.equals("::")) {
            host = "localhost";
        } else if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return server.getScheme() + "://" + host + ":" + server.getPort() + "/";
    }

    /** The diagnostics of the first load. */
    public List<Diagnostic> diagnostics() {
        return context.getBean(CorpusService.class).current().diagnostics();
    }

    /** One line: what is served. */
    public String summary() {
        var c = context.getBean(CorpusService.class).current().corpus();
        return c.sources().size() + " sources, " + c.claims().size() + " claims, " + c.evidence().size() + " quotes, "
                + c.propositions().size() + " propositions";
    }

    @Override
    public void close() {
        if (server.isRunning()) {
            server.stop();
        }
        context.close();
    }
}
