package org.argmap.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.lsp4j.*;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives the server through LSP4J's own client launcher over piped streams, on a copy of the
 * bundled corpus (argmaps/ and seeds/), and asserts what a real editor would get back.
 */
class LanguageServerTest {

    @TempDir
    Path dir;

    private final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();
    private LanguageServer server;
    private Thread serverThread;
    private PipedOutputStream clientOut;

    private Path trotsky;
    private Path relations;

    @BeforeEach
    void start() throws Exception {
        copy(Path.of("../argmaps"), dir.resolve("argmaps"));
        copy(Path.of("../seeds"), dir.resolve("seeds"));
        trotsky = dir.resolve("argmaps/trotsky-1935.yaml").toAbsolutePath().normalize();
        relations = dir.resolve("argmaps/relations.yaml").toAbsolutePath().normalize();

        PipedInputStream serverIn = new PipedInputStream(1 << 20);
        clientOut = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 20);
        PipedOutputStream serverOut = new PipedOutputStream(clientIn);
        serverThread = new Thread(() -> {
            try {
                ArgmapLanguageServer.serve(serverIn, serverOut, new PrintStream(System.err, true));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        serverThread.setDaemon(true);
        serverThread.start();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new Client(), clientIn, clientOut);
        launcher.startListening();
        server = launcher.getRemoteProxy();
        InitializeParams init = new InitializeParams();
        init.setWorkspaceFolders(List.of(new WorkspaceFolder(dir.toUri().toString(), "corpus")));
        server.initialize(init).get(30, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
    }

    @AfterEach
    void stop() throws IOException {
        clientOut.close();
    }

    private final class Client implements LanguageClient {
        @Override
        public void publishDiagnostics(PublishDiagnosticsParams p) {
            diagnostics.put(p.getUri(), p.getDiagnostics());
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams messageParams) {
        }

        @Override
        public java.util.concurrent.CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(from)) {
            for (Path f : s.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    private static String uri(Path p) {
        return p.toUri().toString();
    }

    private void open(Path p, String text) {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri(p), "yaml", 1, text)));
    }

    private void change(Path p, int version, String text) {
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri(p), version), List.of(new TextDocumentContentChangeEvent(text))));
    }

    /** Round-trips a request so every notification sent before it has been handled and its diagnostics received. */
    private void sync() throws Exception {
        server.getWorkspaceService().symbol(new WorkspaceSymbolParams("")).get(30, TimeUnit.SECONDS);
        Thread.sleep(100);
    }

    private List<Diagnostic> diagnosticsOf(Path p) {
        return diagnostics.getOrDefault(uri(p), List.of());
    }

    private static Position at(String text, String needle, int plus) {
        int i = text.indexOf(needle);
        assertTrue(i >= 0, needle);
        String before = text.substring(0, i + plus);
        int line = (int) before.chars().filter(c -> c == '\n').count();
        return new Position(line, before.length() - before.lastIndexOf('\n') - 1);
    }

    @Test
    void shouldPublishDiagnosticsForAnUnsavedBufferAndForTheFilesThatReferToIt() throws Exception {
        String text = Files.readString(trotsky);
        open(trotsky, text);
        sync();
        assertTrue(diagnosticsOf(trotsky).stream().noneMatch(d -> d.getSeverity() == DiagnosticSeverity.Error),
                () -> "bundled corpus has no errors: " + diagnosticsOf(trotsky));
        // Rename a claim id in the buffer only: the file on disk is unchanged, the buffer wins.
        String firstClaim = "- id: tarov-persecuted";
        assertTrue(text.contains(firstClaim));
        String edited = text.replace("kind: fact\n    tags: [tarov", "kind: factt\n    tags: [tarov");
        change(trotsky, 2, edited);
        sync();
        Diagnostic d = diagnosticsOf(trotsky).stream().filter(x -> x.getCode().getLeft().equals("unknown-kind")
                || x.getCode().getLeft().startsWith("unknown")).findFirst().orElseThrow(() -> new AssertionError(diagnosticsOf(trotsky)));
        Position p = at(edited, "factt", 0);
        assertEquals(p, d.getRange().getStart());
        assertEquals(DiagnosticSeverity.Error, d.getSeverity());
        assertTrue(d.getMessage().contains("factt"), d.getMessage());
        assertTrue(d.getMessage().contains("hint: "), d.getMessage());
        assertTrue(Files.readString(trotsky).equals(text), "never writes files");

        // Break the source id: relations.yaml, which names trotsky-1935 claims, gets its own diagnostics.
        String renamed = text.replace("id: trotsky-1935", "id: trotsky-1936");
        change(trotsky, 3, renamed);
        sync();
        boolean othersAffected = diagnostics.entrySet().stream().filter(e -> !e.getKey().equals(uri(trotsky)))
                .flatMap(e -> e.getValue().stream()).anyMatch(x -> x.getMessage().contains("trotsky-1935"));
        assertTrue(othersAffected, () -> "another file reports the vanished source: " + diagnostics);

        // A file that does not parse gets its syntax diagnostic, and keeps its symbols for navigation.
        change(trotsky, 4, text + "\n  bad: [unclosed\n");
        sync();
        assertTrue(diagnosticsOf(trotsky).stream().anyMatch(x -> x.getCode().getLeft().equals("yaml-syntax")), () -> "" + diagnosticsOf(trotsky));
        var defs = server.getTextDocumentService().definition(new DefinitionParams(new TextDocumentIdentifier(uri(trotsky)),
                at(text, "tarov-persecuted", 2))).get(30, TimeUnit.SECONDS).getLeft();
        assertEquals(1, defs.size());
    }

    @Test
    void shouldGoToDefinitionAndFindReferencesAcrossFiles() throws Exception {
        String rel = Files.readString(relations);
        open(relations, rel);
        sync();
        Position p = at(rel, "from: ussr-workers-state", 8);
        List<? extends Location> defs = server.getTextDocumentService().definition(
                new DefinitionParams(new TextDocumentIdentifier(uri(relations)), p)).get(30, TimeUnit.SECONDS).getLeft();
        assertEquals(1, defs.size());
        Location def = defs.get(0);
        assertTrue(def.getUri().endsWith("propositions.yaml"), def.getUri());
        String props = Files.readString(dir.resolve("argmaps/propositions.yaml"));
        assertEquals(at(props, "id: ussr-workers-state", 4), def.getRange().getStart());

        ReferenceParams rp = new ReferenceParams(new TextDocumentIdentifier(uri(relations)), p, new ReferenceContext(true));
        List<? extends Location> refs = server.getTextDocumentService().references(rp).get(30, TimeUnit.SECONDS);
        assertTrue(refs.stream().anyMatch(l -> l.getUri().endsWith("propositions.yaml")));
        assertTrue(refs.stream().anyMatch(l -> l.getUri().endsWith("relations.yaml")));
        long sourceMaps = refs.stream().map(Location::getUri).filter(u -> !u.endsWith("propositions.yaml") && !u.endsWith("relations.yaml")).count();
        assertTrue(sourceMaps > 0, "stances in source maps refer to it: " + refs);
    }

    @Test
    void shouldCompleteIdsAndEnumValuesWithTheirText() throws Exception {
        String text = Files.readString(trotsky);
        String edited = text + "\n  - from: \n";
        open(trotsky, edited);
        sync();
        int line = (int) edited.chars().filter(c -> c == '\n').count() - 1;
        var items = server.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(uri(trotsky)),
                new Position(line, "  - from: ".length()))).get(30, TimeUnit.SECONDS).getLeft();
        CompletionItem tarov = items.stream().filter(i -> i.getLabel().equals("tarov-persecuted")).findFirst().orElseThrow();
        assertTrue(tarov.getDetail().contains("Tarov"), tarov.getDetail());

        String rel = Files.readString(relations) + "\n  - from: trot";
        open(relations, rel);
        sync();
        int rl = (int) rel.chars().filter(c -> c == '\n').count();
        var shared = server.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(uri(relations)),
                new Position(rl, "  - from: trot".length()))).get(30, TimeUnit.SECONDS).getLeft();
        assertTrue(shared.stream().anyMatch(i -> i.getLabel().equals("trotsky-1935/tarov-persecuted")), "" + shared.size());

        Position prop = at(text, "proposition: ", "proposition: ".length());
        var props = server.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(uri(trotsky)), prop))
                .get(30, TimeUnit.SECONDS).getLeft();
        assertTrue(props.stream().anyMatch(i -> i.getLabel().equals("ussr-workers-state") && i.getDetail().contains("workers' state")));

        Position type = at(rel, "type: contrary", "type: ".length());
        var types = server.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(uri(relations)), type))
                .get(30, TimeUnit.SECONDS).getLeft();
        assertTrue(types.stream().anyMatch(i -> i.getLabel().equals("entails")));
        Position kind = at(text, "kind: fact", "kind: ".length());
        var kinds = server.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(uri(trotsky)), kind))
                .get(30, TimeUnit.SECONDS).getLeft();
        assertTrue(kinds.stream().anyMatch(i -> i.getLabel().equals("thesis")));
        assertTrue(kinds.stream().anyMatch(i -> i.getLabel().equals("testimony")));

        // Keys valid at the cursor: under a claim's evidence item, the evidence keys.
        Position gl = at(text, "        kind: statement", 8);
        var keys = server.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(uri(trotsky)), gl))
                .get(30, TimeUnit.SECONDS).getLeft();
        List<String> labels = keys.stream().map(CompletionItem::getLabel).toList();
        assertTrue(labels.contains("gloss") && labels.contains("speaker") && !labels.contains("stances"), "" + labels);
    }

    @Test
    void shouldHoverIdsWithTextAndQuotesWithTheirPlaceInTheText() throws Exception {
        String text = Files.readString(trotsky);
        open(trotsky, text);
        sync();
        Hover h = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri(trotsky)),
                at(text, "tarov-persecuted", 3))).get(30, TimeUnit.SECONDS);
        String md = h.getContents().getRight().getValue();
        assertTrue(md.contains("fact") && md.contains("Tarov, a Soviet Bolshevik-Leninist mechanic") && md.contains("> Early in 1928"), md);
        Position prop = at(text, "proposition: ", "proposition: ".length() + 1);
        String pmd = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri(trotsky)), prop))
                .get(30, TimeUnit.SECONDS).getContents().getRight().getValue();
        assertTrue(pmd.contains("**proposition**") && pmd.contains("trotsky-1935 "), pmd);
        String workers = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri(relations)),
                at(Files.readString(relations), "from: ussr-workers-state", 8))).get(30, TimeUnit.SECONDS).getContents().getRight().getValue();
        assertTrue(workers.contains("contradiction**"), workers);
        Hover q = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri(trotsky)),
                at(text, "- quote: \"Early in 1928", 4))).get(30, TimeUnit.SECONDS);
        String qmd = q.getContents().getRight().getValue();
        assertTrue(qmd.contains("line") && qmd.contains("trotsky-1935.txt"), qmd);
    }

    @Test
    void shouldListDocumentAndWorkspaceSymbols() throws Exception {
        String text = Files.readString(trotsky);
        open(trotsky, text);
        sync();
        var syms = server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri(trotsky))))
                .get(30, TimeUnit.SECONDS);
        DocumentSymbol src = syms.get(0).getRight();
        assertEquals("trotsky-1935", src.getName());
        assertTrue(src.getChildren().stream().anyMatch(g -> g.getName().equals("fact claims")
                && g.getChildren().stream().anyMatch(c -> c.getName().equals("tarov-persecuted"))));
        var ws = server.getWorkspaceService().symbol(new WorkspaceSymbolParams("tarov-persec")).get(30, TimeUnit.SECONDS);
        List<String> names = ws.isLeft() ? ws.getLeft().stream().map(SymbolInformation::getName).toList()
                : ws.getRight().stream().map(WorkspaceSymbol::getName).toList();
        assertTrue(names.contains("trotsky-1935/tarov-persecuted"), "" + names);
    }

    @Test
    void shouldRenameAcrossFilesAndRefuseTakenOrInvalidNames() throws Exception {
        String props = Files.readString(dir.resolve("argmaps/propositions.yaml"));
        Path pf = dir.resolve("argmaps/propositions.yaml").toAbsolutePath().normalize();
        open(pf, props);
        sync();
        Position p = at(props, "id: ussr-workers-state", 5);
        WorkspaceEdit e = server.getTextDocumentService().rename(new RenameParams(new TextDocumentIdentifier(uri(pf)), p, "ussr-workers-state-2"))
                .get(30, TimeUnit.SECONDS);
        assertTrue(e.getChanges().size() >= 3, "" + e.getChanges().keySet());
        assertTrue(e.getChanges().values().stream().flatMap(List::stream).allMatch(t -> t.getNewText().equals("ussr-workers-state-2")));
        ExecutionException taken = assertThrows(ExecutionException.class, () -> server.getTextDocumentService()
                .rename(new RenameParams(new TextDocumentIdentifier(uri(pf)), p, "ussr-state-capitalist")).get(30, TimeUnit.SECONDS));
        assertTrue(taken.getCause().getMessage().contains("taken"), taken.getCause().getMessage());
        ExecutionException invalid = assertThrows(ExecutionException.class, () -> server.getTextDocumentService()
                .rename(new RenameParams(new TextDocumentIdentifier(uri(pf)), p, "Not A Slug")).get(30, TimeUnit.SECONDS));
        assertTrue(invalid.getCause().getMessage().contains("not a valid id"));
    }

    @Test
    void shouldOfferDidYouMeanAndClosestPassageQuickFixes() throws Exception {
        String text = Files.readString(trotsky);
        String edited = text.replace("kind: fact\n    tags: [tarov", "kind: fcat\n    tags: [tarov")
                .replace("Early in 1928, Tarov was arrested", "Early in 1928, Tarov was detained");
        open(trotsky, edited);
        sync();
        List<Diagnostic> ds = diagnosticsOf(trotsky);
        Diagnostic kind = ds.stream().filter(d -> d.getMessage().contains("fcat")).findFirst().orElseThrow(() -> new AssertionError(ds));
        Diagnostic quote = ds.stream().filter(d -> d.getCode().getLeft().equals("quote-not-found")).findFirst().orElseThrow(() -> new AssertionError(ds));
        var actions = server.getTextDocumentService().codeAction(new CodeActionParams(new TextDocumentIdentifier(uri(trotsky)),
                kind.getRange(), new CodeActionContext(List.of(kind, quote)))).get(30, TimeUnit.SECONDS);
        assertTrue(actions.stream().map(Either::getRight).anyMatch(a -> a.getEdit().getChanges().get(uri(trotsky)).get(0).getNewText().equals("fact")),
                "" + actions);
        CodeAction closest = actions.stream().map(Either::getRight).filter(a -> a.getTitle().startsWith("Replace with the closest"))
                .findFirst().orElseThrow(() -> new AssertionError("" + actions));
        String fixed = closest.getEdit().getChanges().get(uri(trotsky)).get(0).getNewText();
        assertTrue(fixed.contains("Tarov was arrested"), fixed);
    }

    @Test
    void shouldOfferToCreateAMissingPropositionAndAGlossStub() throws Exception {
        String text = Files.readString(trotsky);
        int stance = text.indexOf("proposition: ") + "proposition: ".length();
        String old = text.substring(stance, text.indexOf('\n', stance));
        String edited = text.substring(0, stance) + "brand-new-proposition" + text.substring(stance + old.length());
        open(trotsky, edited);
        Path wester = dir.resolve("argmaps/westerlund-2019.yaml").toAbsolutePath().normalize();
        String w = Files.readString(wester);
        int g = w.indexOf("        gloss: >-");
        int next = w.indexOf("\n        ", g + 10);
        while (w.startsWith("          ", next + 1)) {
            next = w.indexOf("\n", next + 1);
        }
        String noGloss = w.substring(0, g) + w.substring(next + 1);
        open(wester, noGloss);
        sync();
        Diagnostic missing = diagnosticsOf(trotsky).stream().filter(d -> d.getCode().getLeft().equals("unknown-proposition"))
                .findFirst().orElseThrow(() -> new AssertionError(diagnosticsOf(trotsky)));
        var actions = server.getTextDocumentService().codeAction(new CodeActionParams(new TextDocumentIdentifier(uri(trotsky)),
                missing.getRange(), new CodeActionContext(List.of(missing)))).get(30, TimeUnit.SECONDS);
        CodeAction create = actions.stream().map(Either::getRight).filter(a -> a.getTitle().startsWith("Create proposition"))
                .findFirst().orElseThrow(() -> new AssertionError("" + actions));
        var edit = create.getEdit().getChanges().entrySet().iterator().next();
        assertTrue(edit.getKey().endsWith("propositions.yaml"), edit.getKey());
        assertTrue(edit.getValue().get(0).getNewText().contains("- id: brand-new-proposition"));

        Diagnostic gloss = diagnosticsOf(wester).stream().filter(d -> d.getCode().getLeft().equals("missing-gloss"))
                .findFirst().orElseThrow(() -> new AssertionError(diagnosticsOf(wester)));
        var ga = server.getTextDocumentService().codeAction(new CodeActionParams(new TextDocumentIdentifier(uri(wester)),
                gloss.getRange(), new CodeActionContext(List.of(gloss)))).get(30, TimeUnit.SECONDS);
        TextEdit stub = ga.get(0).getRight().getEdit().getChanges().get(uri(wester)).get(0);
        assertEquals("\n        gloss: \"TODO: English translation\"", stub.getNewText());
        assertEquals(gloss.getRange().getStart().getLine(), stub.getRange().getStart().getLine(), "a one-line quote: right after it");
    }

    @Test
    void shouldSurviveOutOfRangePositionsUnknownDocumentsAndHugeBuffers() throws Exception {
        String text = Files.readString(trotsky);
        open(trotsky, text);
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri(trotsky), 2),
                List.of(new TextDocumentContentChangeEvent(new Range(new Position(99999, 5), new Position(100000, 9)), "x"))));
        sync();
        var none = server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri(trotsky)), new Position(-3, 99999)))
                .get(30, TimeUnit.SECONDS);
        assertEquals(null, none);
        var noDefs = server.getTextDocumentService().definition(new DefinitionParams(new TextDocumentIdentifier("not a uri"), new Position(0, 0)))
                .get(30, TimeUnit.SECONDS).getLeft();
        assertTrue(noDefs.isEmpty());
        change(trotsky, 3, "x".repeat(10 * 1024 * 1024));
        sync();
        assertTrue(diagnosticsOf(trotsky).stream().anyMatch(d -> d.getCode().getLeft().equals("file-too-large")), "" + diagnosticsOf(trotsky));
        assertNotNull(server.getWorkspaceService().symbol(new WorkspaceSymbolParams("")).get(30, TimeUnit.SECONDS));
        assertFalse(serverThread.getState() == Thread.State.TERMINATED);
    }
}
