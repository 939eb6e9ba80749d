package org.argmap.lsp.bench;

import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.argmap.lsp.ArgmapLanguageServer;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * Latency from {@code didChange} to the {@code publishDiagnostics} of the edited file, through
 * LSP4J's client over pipes (JSON-RPC encoding included, no process start), on a corpus folder
 * (its {@code argmaps/}). Each edit toggles an error in the file, so every round does the full
 * reload and index. Prints the median, 90th percentile and worst of ROUNDS after WARMUP edits.
 *
 * <p>Usage: {@code java -cp argmap.jar org.argmap.lsp.bench.LatencyBenchmark ROOT FILE [WARMUP] [ROUNDS]}
 */
public final class LatencyBenchmark {
    private LatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        Path file = Path.of(args[1]).toAbsolutePath().normalize();
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 50;
        String uri = file.toUri().toString();
        LinkedBlockingQueue<Long> published = new LinkedBlockingQueue<>();
        PipedInputStream serverIn = new PipedInputStream(1 << 20);
        PipedOutputStream clientOut = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 20);
        PipedOutputStream serverOut = new PipedOutputStream(clientIn);
        Thread t = new Thread(() -> {
            try {
                ArgmapLanguageServer.serve(serverIn, serverOut, new PrintStream(System.err, true));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        t.setDaemon(true);
        t.start();
        LanguageClient client = new LanguageClient() {
            @Override
            public void publishDiagnostics(PublishDiagnosticsParams p) {
                if (p.getUri().equals(uri)) {
                    published.add(System.nanoTime());
                }
            }

            @Override
            public void telemetryEvent(Object o) {
            }

            @Override
            public void showMessage(MessageParams m) {
            }

            @Override
            public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams r) {
                return CompletableFuture.completedFuture(null);
            }

            @Override
            public void logMessage(MessageParams m) {
            }
        };
        var launcher = LSPLauncher.createClientLauncher(client, clientIn, clientOut);
        launcher.startListening();
        LanguageServer server = launcher.getRemoteProxy();
        InitializeParams init = new InitializeParams();
        init.setWorkspaceFolders(List.of(new WorkspaceFolder(root.toUri().toString(), "corpus")));
        server.initialize(init).get(60, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
        String text = Files.readString(file);
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "yaml", 1, text)));
        drain(published);
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < warmup + rounds; i++) {
            String edited = i % 2 == 0 ? text.replaceFirst("kind: fact", "kind: factt") : text;
            published.clear();
            long start = System.nanoTime();
            server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, i + 2), List.of(new TextDocumentContentChangeEvent(edited))));
            Long end = published.poll(60, TimeUnit.SECONDS);
            if (end == null) {
                throw new IllegalStateException("no diagnostics within 60 s");
            }
            if (i >= warmup) {
                ms.add((end - start) / 1e6);
            }
        }
        Collections.sort(ms);
        System.out.printf("didChange -> publishDiagnostics, %d rounds after %d warm-up: median %.1f ms, p90 %.1f ms, max %.1f ms%n",
                rounds, warmup, ms.get(ms.size() / 2), ms.get((int) (ms.size() * 0.9)), ms.get(ms.size() - 1));
        clientOut.close();
        System.exit(0);
    }

    private static void drain(LinkedBlockingQueue<Long> q) throws InterruptedException {
        q.poll(60, TimeUnit.SECONDS);
        Thread.sleep(500);
        q.clear();
    }
}
