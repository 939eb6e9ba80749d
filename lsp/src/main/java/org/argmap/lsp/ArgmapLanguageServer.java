package org.argmap.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argmap.diag.Diagnostic;
import org.argmap.load.CorpusIndex;
import org.argmap.load.CorpusIndex.Occurrence;
import org.argmap.load.CorpusLoader;
import org.argmap.load.LoadResult;
import org.argmap.load.LoaderLimits;
import org.argmap.load.QuoteFinder;
import org.argmap.model.Claim;
import org.argmap.model.ClaimKind;
import org.argmap.model.Corpus;
import org.argmap.model.Evidence;
import org.argmap.model.EvidenceKind;
import org.argmap.model.Proposition;
import org.argmap.model.Relation;
import org.argmap.model.RelationType;
import org.argmap.model.Source;
import org.argmap.model.Stance;
import org.argmap.model.StanceType;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The argmap language server: diagnostics as you type (the whole corpus reloaded with the open
 * buffers in place of their files, so a change in one file shows its effect in every file that
 * refers to it), go to definition, references, completion, hover, document and workspace symbols,
 * rename and quick fixes.
 *
 * <p>Notifications that change a buffer are handled in order on LSP4J's reader thread and
 * reanalyse the corpus before returning, so every later request sees the edit. Nothing is written
 * to disk; the server only proposes edits the client applies. Problems in requests (unknown
 * documents, positions out of range) answer with an empty result, never an exception.
 */
public final class ArgmapLanguageServer implements LanguageServer, LanguageClientAware, TextDocumentService, WorkspaceService {

    private static final Pattern FILE_REF = Pattern.compile("([^\\s:'\"]+\\.ya?ml):(\\d+)(?::(\\d+))?");
    private static final Pattern DID_YOU_MEAN = Pattern.compile("did you mean '([^']+)'");
    private static final Pattern KEY_AT_END = Pattern.compile("(?:^|[\\s{,])(from|to|proposition|kind|type|stance|sources|claims)\\s*:\\s*(?:\\[[^\\]]*?)?(?:\"|')?([\\w/-]*)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*-\\s*(?:\"|')?([\\w/-]*)$");

    private final LoaderLimits limits;
    private final PrintStream log;
    private LanguageClient client;
    private Path root;
    private final Map<Path, String> buffers = new ConcurrentHashMap<>();
    private final Map<String, CorpusIndex.FileIndex> lastGood = new ConcurrentHashMap<>();
    /** The text each file's index was last built from: unchanged files are not parsed again. */
    private final Map<String, String> indexedText = new ConcurrentHashMap<>();
    private final Set<String> published = new LinkedHashSet<>();
    private volatile Snapshot snapshot = new Snapshot(null, new CorpusIndex(List.of()), Map.of());

    /** What the last analysis found: the load, the index and the diagnostics' ranges by file. */
    private record Snapshot(LoadResult result, CorpusIndex index, Map<String, List<org.eclipse.lsp4j.Diagnostic>> diagnostics) {
    }

    public ArgmapLanguageServer(LoaderLimits limits, PrintStream log) {
        this.limits = limits;
        this.log = log;
    }

    /**
     * Serves LSP over the given streams until the client closes them or sends {@code exit}.
     * Everything but protocol goes to {@code log}.
     */
    public static void serve(InputStream in, OutputStream out, PrintStream log) throws InterruptedException {
        ArgmapLanguageServer server = new ArgmapLanguageServer(LoaderLimits.DEFAULT, log);
        Launcher<LanguageClient> launcher = new LSPLauncher.Builder<LanguageClient>()
                .setLocalService(server).setRemoteInterface(LanguageClient.class)
                .setInput(in).setOutput(out)
                .setExceptionHandler(t -> {
                    Throwable c = t instanceof java.util.concurrent.CompletionException && t.getCause() != null ? t.getCause() : t;
                    if (c instanceof ResponseErrorException r) {
                        return r.getResponseError(); // a refusal (rename, unknown method): the client shows it
                    }
                    log.println("argmap lsp: " + t);
                    return new ResponseError(ResponseErrorCode.InternalError, "internal error: " + t.getMessage(), null);
                })
                .create();
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
        try {
            listening.get();
        } catch (java.util.concurrent.ExecutionException e) {
            log.println("argmap lsp: connection closed: " + e.getCause());
        }
    }

    /**
     * Serves on standard input and output (what {@code argmap lsp} runs). {@code System.out} is
     * pointed at standard error first, so nothing but protocol reaches standard output.
     */
    public static void main(String[] args) throws InterruptedException {
        OutputStream out = new java.io.FileOutputStream(java.io.FileDescriptor.out);
        PrintStream log = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setOut(log);
        serve(new java.io.FileInputStream(java.io.FileDescriptor.in), out, log);
    }

    @Override
    public void connect(LanguageClient client) {
        this.client = client;
    }

    // ---------------------------------------------------------------- lifecycle

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        List<WorkspaceFolder> folders = params.getWorkspaceFolders();
        String uri = folders != null && !folders.isEmpty() ? folders.get(0).getUri() : params.getRootUri();
        if (uri != null) {
            root = pathOf(uri);
        } else if (params.getRootPath() != null) {
            root = Path.of(params.getRootPath()).toAbsolutePath().normalize();
        }
        ServerCapabilities c = new ServerCapabilities();
        c.setTextDocumentSync(TextDocumentSyncKind.Full);
        c.setDefinitionProvider(true);
        c.setReferencesProvider(true);
        c.setHoverProvider(true);
        c.setDocumentSymbolProvider(true);
        c.setWorkspaceSymbolProvider(true);
        c.setRenameProvider(true);
        c.setCodeActionProvider(true);
        c.setCompletionProvider(new CompletionOptions(false, List.of(":", " ", "/", "[", ",")));
        return CompletableFuture.completedFuture(new InitializeResult(c, new ServerInfo("argmap", "0.1.0")));
    }

    @Override
    public void initialized(InitializedParams params) {
        analyse();
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        // The launcher's stream closes with the client; nothing to release.
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return this;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return this;
    }

    // ---------------------------------------------------------------- documents

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        Path p = pathOf(params.getTextDocument().getUri());
        if (p != null) {
            buffers.put(p, params.getTextDocument().getText());
            if (root == null) {
                root = p.getParent() != null && p.getParent().getFileName() != null
                        && p.getParent().getFileName().toString().equals("argmaps") ? p.getParent().getParent() : p.getParent();
            }
            analyse();
        }
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        Path p = pathOf(params.getTextDocument().getUri());
        if (p == null) {
            return;
        }
        String text = buffers.getOrDefault(p, "");
        for (TextDocumentContentChangeEvent ch : params.getContentChanges()) {
            if (ch.getRange() == null) {
                text = ch.getText();
            } else {
                int a = offset(text, ch.getRange().getStart());
                int b = offset(text, ch.getRange().getEnd());
                if (b < a) {
                    int t = a;
                    a = b;
                    b = t;
                }
                text = text.substring(0, a) + ch.getText() + text.substring(b);
            }
        }
        buffers.put(p, text);
        analyse();
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        Path p = pathOf(params.getTextDocument().getUri());
        if (p != null && buffers.remove(p) != null) {
            analyse();
        }
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // The buffer already holds what was saved.
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        analyse();
    }

    // ---------------------------------------------------------------- analysis

    /** The map files: the workspace's {@code argmaps/} folder (else the root) and every open buffer. */
    private List<Path> paths() {
        Set<Path> ps = new LinkedHashSet<>();
        if (root != null) {
            Path maps = root.resolve("argmaps");
            ps.add(Files.isDirectory(maps) ? maps : root);
        }
        for (Path b : buffers.keySet()) {
            String n = b.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            if ((n.endsWith(".yaml") || n.endsWith(".yml")) && ps.stream().noneMatch(b::startsWith)) {
                ps.add(b);
            }
        }
        return new ArrayList<>(ps);
    }

    /** Reloads the corpus with the open buffers, rebuilds the index and publishes every file's diagnostics. */
    synchronized void analyse() {
        try {
            List<Path> paths = paths();
            if (paths.isEmpty()) {
                return;
            }
            LoadResult r = new CorpusLoader(limits).load(paths, Map.copyOf(buffers));
            List<CorpusIndex.FileIndex> idx = new ArrayList<>();
            for (String f : r.files()) {
                Path p = Path.of(f).toAbsolutePath().normalize();
                String text = textOf(p);
                if (text != null && !text.equals(indexedText.get(p.toString()))) {
                    CorpusIndex.FileIndex fi = CorpusIndex.indexFile(p.toString(), text, limits);
                    if (fi != null) {
                        lastGood.put(p.toString(), fi); // a file that does not parse keeps its last good index
                    }
                    indexedText.put(p.toString(), text);
                }
                CorpusIndex.FileIndex keep = lastGood.get(p.toString());
                if (keep != null) {
                    idx.add(keep);
                }
            }
            CorpusIndex index = new CorpusIndex(idx);
            Map<String, List<org.eclipse.lsp4j.Diagnostic>> byFile = new LinkedHashMap<>();
            for (String f : r.files()) {
                byFile.put(Path.of(f).toAbsolutePath().normalize().toString(), new ArrayList<>());
            }
            for (Diagnostic d : r.diagnostics()) {
                String f = Path.of(d.file()).toAbsolutePath().normalize().toString();
                byFile.computeIfAbsent(f, k -> new ArrayList<>()).add(toLsp(d, f, index));
            }
            snapshot = new Snapshot(r, index, byFile);
            if (client != null) {
                Set<String> now = new LinkedHashSet<>(byFile.keySet());
                for (String old : published) {
                    if (!now.contains(old)) {
                        client.publishDiagnostics(new PublishDiagnosticsParams(uriOf(old), List.of()));
                    }
                }
                byFile.forEach((f, ds) -> client.publishDiagnostics(new PublishDiagnosticsParams(uriOf(f), ds)));
                published.clear();
                published.addAll(now);
            }
        } catch (RuntimeException e) {
            log.println("argmap lsp: analysis failed: " + e);
        }
    }

    private String textOf(Path p) {
        String b = buffers.get(p);
        if (b != null) {
            return b;
        }
        try {
            return Files.size(p) > limits.maxFileBytes() ? null : Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private org.eclipse.lsp4j.Diagnostic toLsp(Diagnostic d, String file, CorpusIndex index) {
        int line = d.line() - 1;
        int col = d.column() - 1;
        Occurrence o = index.at(file, d.line(), d.column());
        int end = col + (o != null ? o.length() + (o.column() - d.column()) : tokenLength(file, line, col));
        org.eclipse.lsp4j.Diagnostic x = new org.eclipse.lsp4j.Diagnostic(
                new Range(new Position(line, col), new Position(line, Math.max(col, end))),
                d.hint() == null ? d.message() : d.message() + "\nhint: " + d.hint(),
                d.isError() ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, "argmap", d.code());
        List<DiagnosticRelatedInformation> related = new ArrayList<>();
        for (String s : new String[] {d.message(), d.hint()}) {
            if (s == null) {
                continue;
            }
            Matcher m = FILE_REF.matcher(s);
            while (m.find()) {
                Path p = Path.of(m.group(1));
                if (!p.isAbsolute() && root != null) {
                    Path inMaps = root.resolve("argmaps").resolve(p);
                    p = Files.exists(inMaps) ? inMaps : root.resolve(p);
                }
                int l = Math.max(0, Integer.parseInt(m.group(2)) - 1);
                int c = m.group(3) == null ? 0 : Math.max(0, Integer.parseInt(m.group(3)) - 1);
                related.add(new DiagnosticRelatedInformation(new Location(uriOf(p.toAbsolutePath().normalize().toString()),
                        new Range(new Position(l, c), new Position(l, c))), m.group(0)));
            }
        }
        if (d.hint() != null) {
            related.add(new DiagnosticRelatedInformation(new Location(uriOf(file), x.getRange()), "hint: " + d.hint()));
        }
        if (!related.isEmpty()) {
            x.setRelatedInformation(related);
        }
        return x;
    }

    private int tokenLength(String file, int line, int col) {
        String text = textOf(Path.of(file));
        if (text == null) {
            return 1;
        }
        String l = lineOf(text, line);
        if (l == null || col >= l.length()) {
            return 1;
        }
        int e = col;
        while (e < l.length() && !Character.isWhitespace(l.charAt(e)) && ",]}".indexOf(l.charAt(e)) < 0) {
            e++;
        }
        return Math.max(1, e - col);
    }

    // ---------------------------------------------------------------- navigation

    private Occurrence occurrenceAt(String uri, Position pos) {
        Path p = pathOf(uri);
        if (p == null || pos == null) {
            return null;
        }
        return snapshot.index().at(p.toString(), pos.getLine() + 1, pos.getCharacter() + 1);
    }

    private static Location locationOf(Occurrence o) {
        return new Location(uriOf(o.file()), new Range(new Position(o.line() - 1, o.column() - 1),
                new Position(o.line() - 1, o.column() - 1 + o.length())));
    }

    @Override
    public CompletableFuture<Either<List<? extends Location>, List<? extends LocationLink>>> definition(DefinitionParams params) {
        Occurrence o = occurrenceAt(params.getTextDocument().getUri(), params.getPosition());
        List<Location> r = o == null ? List.of() : snapshot.index().definitions(o.key()).stream().map(ArgmapLanguageServer::locationOf).toList();
        return CompletableFuture.completedFuture(Either.forLeft(r));
    }

    @Override
    public CompletableFuture<List<? extends Location>> references(ReferenceParams params) {
        Occurrence o = occurrenceAt(params.getTextDocument().getUri(), params.getPosition());
        boolean decl = params.getContext() == null || params.getContext().isIncludeDeclaration();
        List<Location> r = o == null ? List.of() : snapshot.index().occurrences(o.key()).stream()
                .filter(x -> decl || !x.definition()).map(ArgmapLanguageServer::locationOf).toList();
        return CompletableFuture.completedFuture(r);
    }

    // ---------------------------------------------------------------- completion

    @Override
    public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
        List<CompletionItem> items = new ArrayList<>();
        Path p = pathOf(params.getTextDocument().getUri());
        String text = p == null ? null : textOf(p);
        Corpus corpus = snapshot.result() == null ? null : snapshot.result().corpus();
        if (text == null || corpus == null) {
            return CompletableFuture.completedFuture(Either.forLeft(items));
        }
        String line = lineOf(text, params.getPosition().getLine());
        if (line == null) {
            return CompletableFuture.completedFuture(Either.forLeft(items));
        }
        String prefix = line.substring(0, Math.min(line.length(), Math.max(0, params.getPosition().getCharacter())));
        CorpusIndex.FileIndex fi = snapshot.index().files().get(p.toString());
        String sid = fi == null ? null : fi.sourceId();
        Matcher km = KEY_START.matcher(prefix);
        if (km.matches()) {
            String parent = parentKey(text, params.getPosition().getLine(), km.group(1).length() + (km.group(2) == null ? 0 : 2));
            List<String> keys = KEYS.get(parent);
            if (keys != null) {
                Range kr = new Range(new Position(params.getPosition().getLine(), prefix.length() - km.group(3).length()), params.getPosition());
                for (String k : keys) {
                    CompletionItem c = item(k, CompletionItemKind.Property, "key of " + (parent.isEmpty() ? "the file" : parent), kr);
                    c.setTextEdit(Either.forLeft(new TextEdit(kr, k + ": ")));
                    items.add(c);
                }
                return CompletableFuture.completedFuture(Either.forLeft(items));
            }
        }
        Matcher m = KEY_AT_END.matcher(prefix);
        String key;
        String word;
        if (m.find()) {
            key = m.group(1);
            word = m.group(2);
        } else {
            Matcher li = LIST_ITEM.matcher(prefix);
            if (!li.find()) {
                return CompletableFuture.completedFuture(Either.forLeft(items));
            }
            key = listKey(text, params.getPosition().getLine());
            word = li.group(1);
            if (key == null) {
                return CompletableFuture.completedFuture(Either.forLeft(items));
            }
        }
        Range range = new Range(new Position(params.getPosition().getLine(), prefix.length() - word.length()), params.getPosition());
        switch (key) {
            case "from", "to", "claims" -> {
                for (Claim c : corpus.claims()) {
                    if (sid != null && c.source().equals(sid) && !key.equals("claims")) {
                        items.add(item(c.id(), CompletionItemKind.Reference, c.kind().word() + ": " + c.text(), range));
                    } else if (sid == null || key.equals("claims")) {
                        items.add(item(c.source() + "/" + c.id(), CompletionItemKind.Reference, c.kind().word() + ": " + c.text(), range));
                    }
                }
                if (sid == null && !key.equals("claims")) {
                    for (Proposition pr : corpus.propositions()) {
                        items.add(item(pr.id(), CompletionItemKind.Constant, "proposition: " + pr.text(), range));
                    }
                }
            }
            case "proposition" -> corpus.propositions().forEach(pr -> items.add(item(pr.id(), CompletionItemKind.Constant, pr.text(), range)));
            case "sources" -> corpus.sources().forEach(s -> items.add(item(s.id(), CompletionItemKind.Module, s.title(), range)));
            case "kind" -> {
                Arrays.stream(ClaimKind.values()).forEach(k -> items.add(item(k.word(), CompletionItemKind.EnumMember, "claim kind", range)));
                Arrays.stream(EvidenceKind.values()).forEach(k -> items.add(item(k.word(), CompletionItemKind.EnumMember, "evidence kind", range)));
            }
            case "type" -> Arrays.stream(RelationType.values()).forEach(t -> items.add(item(t.word(), CompletionItemKind.EnumMember,
                    t.betweenClaims() ? "relation between claims" : "relation between propositions", range)));
            case "stance" -> Arrays.stream(StanceType.values()).forEach(t -> items.add(item(t.word(), CompletionItemKind.EnumMember, "stance", range)));
            default -> {
            }
        }
        return CompletableFuture.completedFuture(Either.forLeft(items));
    }

    private static final Pattern KEY_START = Pattern.compile("^( *)(- )?([a-z]*)$");

    /** The keys a mapping may hold, by the key of the block above it ("" for the file's top level). */
    private static final Map<String, List<String>> KEYS = Map.of(
            "", List.of("source", "claims", "propositions", "relations", "expect", "dismissed"),
            "source", List.of("id", "title", "authors", "outlet", "date", "language", "url", "text", "tradition", "notes"),
            "claims", List.of("id", "text", "kind", "tags", "note", "evidence", "stances"),
            "evidence", List.of("quote", "kind", "speaker", "gloss", "note"),
            "stances", List.of("proposition", "stance", "implied", "note"),
            "propositions", List.of("id", "text", "question", "tags", "note"),
            "relations", List.of("id", "from", "to", "type", "note"),
            "agreements", List.of("proposition", "stance", "sources", "note"),
            "contradictions", List.of("kind", "sources", "propositions", "note"),
            "dismissed", List.of("claims", "proposition", "reason"));

    /**
     * The key whose block holds a key written at {@code indent} on line {@code lineNo}: the
     * nearest line above with less indentation that ends in {@code key:}; "" at the top level.
     */
    private static String parentKey(String text, int lineNo, int indent) {
        if (indent == 0) {
            return "";
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = Math.min(lineNo, lines.length) - 1; i >= 0; i--) {
            String l = lines[i];
            if (l.isBlank() || l.strip().startsWith("#")) {
                continue;
            }
            int ind = indent(l);
            if (ind < indent) {
                Matcher m = Pattern.compile("^\\s*(?:- )?([a-z]+):\\s*$").matcher(l);
                if (m.find()) {
                    return m.group(1);
                }
                if (l.strip().startsWith("- ")) {
                    continue; // a sibling item's first key: keep looking for the list's key
                }
                return null;
            }
        }
        return null;
    }

    /** The key of the block list a {@code - item} line belongs to ({@code claims:} or {@code sources:} above it), or null. */
    private static String listKey(String text, int lineNo) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = Math.min(lineNo, lines.length) - 1; i >= 0 && i >= lineNo - 50; i--) {
            String t = lines[i].strip();
            if (t.startsWith("- ") || t.startsWith("#") || t.isEmpty()) {
                continue;
            }
            return t.equals("claims:") ? "claims" : t.equals("sources:") ? "sources" : t.equals("propositions:") ? "proposition" : null;
        }
        return null;
    }

    private static CompletionItem item(String label, CompletionItemKind kind, String detail, Range range) {
        CompletionItem c = new CompletionItem(label);
        c.setKind(kind);
        c.setDetail(detail);
        c.setTextEdit(Either.forLeft(new TextEdit(range, label)));
        c.setFilterText(label);
        return c;
    }

    // ---------------------------------------------------------------- hover

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        Corpus corpus = snapshot.result() == null ? null : snapshot.result().corpus();
        if (corpus == null) {
            return CompletableFuture.completedFuture(null);
        }
        Occurrence o = occurrenceAt(params.getTextDocument().getUri(), params.getPosition());
        String md = null;
        if (o != null) {
            md = describe(o, corpus);
        } else {
            md = quoteHover(params, corpus);
        }
        if (md == null) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.completedFuture(new Hover(new MarkupContent(MarkupKind.MARKDOWN, md)));
    }

    private String describe(Occurrence o, Corpus corpus) {
        String id = o.key().substring(o.kind().prefix().length());
        StringBuilder sb = new StringBuilder();
        switch (o.kind()) {
            case CLAIM -> {
                Claim c = corpus.claims().stream().filter(x -> (x.source() + "/" + x.id()).equals(id)).findFirst().orElse(null);
                if (c == null) {
                    return "unknown claim `" + id + "`";
                }
                sb.append("**").append(c.kind().word()).append("** `").append(id).append("` (source ").append(c.source()).append(")\n\n")
                        .append(c.text()).append('\n');
                Source s = corpus.sources().stream().filter(x -> x.id().equals(c.source())).findFirst().orElse(null);
                for (Evidence e : c.evidence()) {
                    sb.append("\n> ").append(e.quote().replace('\n', ' '));
                    if (e.found() && s != null && s.text() != null) {
                        sb.append("\n\n(text line ").append(lineNumber(s.text(), e.start())).append(")");
                    }
                    sb.append('\n');
                }
                for (Stance st : c.stances()) {
                    sb.append("\n- ").append(st.type().word()).append(" `").append(st.proposition()).append('`');
                }
                for (Stance st : c.stances()) {
                    findings(sb, st.proposition(), corpus);
                }
            }
            case PROPOSITION -> {
                Proposition p = corpus.propositions().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
                if (p == null) {
                    return "unknown proposition `" + id + "`";
                }
                sb.append("**proposition** `").append(id).append("`\n\n").append(p.text()).append('\n');
                for (Claim c : corpus.claims()) {
                    for (Stance st : c.stances()) {
                        if (st.proposition().equals(id)) {
                            sb.append("\n- ").append(c.source()).append(' ').append(st.type().word()).append(" (").append(c.id()).append(')');
                        }
                    }
                }
                for (Relation r : corpus.relations()) {
                    if (r.from().equals(id) || r.to().equals(id)) {
                        sb.append("\n- ").append(r.from()).append(' ').append(r.type().word()).append(' ').append(r.to());
                    }
                }
                findings(sb, id, corpus);
            }
            case SOURCE -> {
                Source s = corpus.sources().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
                if (s == null) {
                    return "unknown source `" + id + "`";
                }
                sb.append("**source** `").append(id).append("`\n\n").append(s.title()).append(" — ")
                        .append(String.join(", ", s.authors())).append(", ").append(s.outlet()).append(", ").append(s.date())
                        .append("\n\n").append(corpus.claims().stream().filter(c -> c.source().equals(id)).count()).append(" claims");
            }
            case RELATION -> {
                Relation r = corpus.relations().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
                if (r == null) {
                    return "relation `" + id + "`";
                }
                sb.append("**relation** `").append(id).append("`: ").append(r.from()).append(' ').append(r.type().word()).append(' ').append(r.to());
            }
        }
        return sb.toString();
    }

    private volatile org.argmap.analysis.AnalysisReport report;
    private volatile Corpus reportOf;

    /** The agreements and contradictions a proposition takes part in (the analysis is run once per corpus version). */
    private void findings(StringBuilder sb, String proposition, Corpus corpus) {
        org.argmap.analysis.AnalysisReport r = report;
        if (r == null || reportOf != corpus) {
            try {
                r = org.argmap.analysis.Analysis.of(corpus, false, org.argmap.analysis.Progress.NONE);
            } catch (RuntimeException e) {
                log.println("argmap lsp: analysis failed: " + e);
                return;
            }
            report = r;
            reportOf = corpus;
        }
        for (var a : r.agreements()) {
            if (a.proposition().equals(proposition)) {
                sb.append("\n\n**agreement** on `").append(proposition).append("`: ").append(String.join(", ", a.sources()))
                        .append(' ').append(a.stance().word());
            }
        }
        for (var c : r.contradictions()) {
            if (c.propositions().contains(proposition)) {
                sb.append("\n\n**").append(c.kind().word()).append(" contradiction**: ");
                List<String> sides = new ArrayList<>();
                for (var side : c.sides()) {
                    sides.add(String.join(", ", side.sources()) + " " + side.stance() + " `" + side.proposition() + "`");
                }
                sb.append(String.join(" vs ", sides));
            }
        }
    }

    /** Hover on a {@code quote:} line: where the quote sits in the text, or why it is not found. */
    private String quoteHover(HoverParams params, Corpus corpus) {
        Path p = pathOf(params.getTextDocument().getUri());
        String text = p == null ? null : textOf(p);
        String line = text == null ? null : lineOf(text, params.getPosition().getLine());
        if (line == null || !line.contains("quote:")) {
            return null;
        }
        int ln = params.getPosition().getLine() + 1;
        for (Claim c : corpus.claims()) {
            for (Evidence e : c.evidence()) {
                if (e.location() != null && e.location().line() == ln
                        && Path.of(e.location().file()).toAbsolutePath().normalize().equals(p)) {
                    Source s = corpus.sources().stream().filter(x -> x.id().equals(c.source())).findFirst().orElse(null);
                    if (s == null || s.text() == null) {
                        return "the source text could not be read";
                    }
                    if (!e.found()) {
                        QuoteFinder.Match m = new QuoteFinder(s.text()).find(e.quote(), true);
                        return "**quote not found** in " + s.textPath() + (m.closest() == null ? ""
                                : "\n\nclosest passage (text line " + m.closestLine() + "):\n\n> " + m.closest());
                    }
                    return "**quote** found in " + s.textPath() + ", line " + lineNumber(s.text(), e.start()) + ":\n\n> "
                            + sentence(s.text(), e.start(), e.end());
                }
            }
        }
        return null;
    }

    private static int lineNumber(String text, int offset) {
        int n = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    /** The quote with up to 80 characters of its surrounding text, the quote in bold. */
    private static String sentence(String text, int start, int end) {
        int a = Math.max(0, start - 80);
        int b = Math.min(text.length(), end + 80);
        return ("…" + text.substring(a, start) + "**" + text.substring(start, end) + "**" + text.substring(end, b) + "…")
                .replaceAll("\\s+", " ");
    }

    // ---------------------------------------------------------------- symbols

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
        Path p = pathOf(params.getTextDocument().getUri());
        CorpusIndex.FileIndex fi = p == null ? null : snapshot.index().files().get(p.toString());
        List<Either<SymbolInformation, DocumentSymbol>> r = new ArrayList<>();
        if (fi == null) {
            return CompletableFuture.completedFuture(r);
        }
        Corpus corpus = snapshot.result().corpus();
        DocumentSymbol source = null;
        Map<String, DocumentSymbol> byKind = new LinkedHashMap<>();
        for (Occurrence o : fi.occurrences()) {
            if (!o.definition()) {
                continue;
            }
            Range range = locationOf(o).getRange();
            String id = o.key().substring(o.kind().prefix().length());
            switch (o.kind()) {
                case SOURCE -> {
                    source = new DocumentSymbol(o.name(), SymbolKind.Module, range, range, "source");
                    source.setChildren(new ArrayList<>());
                    r.add(Either.forRight(source));
                }
                case CLAIM -> {
                    Claim c = corpus.claims().stream().filter(x -> (x.source() + "/" + x.id()).equals(id)).findFirst().orElse(null);
                    String kind = c == null ? "claim" : c.kind().word();
                    DocumentSymbol group = byKind.computeIfAbsent(kind, k -> {
                        DocumentSymbol g = new DocumentSymbol(k + " claims", SymbolKind.Namespace, range, range);
                        g.setChildren(new ArrayList<>());
                        return g;
                    });
                    group.getChildren().add(new DocumentSymbol(o.name(), SymbolKind.Object, range, range, c == null ? null : c.text()));
                    group.setRange(new Range(group.getRange().getStart(), range.getEnd()));
                }
                case PROPOSITION -> r.add(Either.forRight(new DocumentSymbol(o.name(), SymbolKind.Constant, range, range,
                        corpus.propositions().stream().filter(x -> x.id().equals(id)).map(Proposition::text).findFirst().orElse(null))));
                case RELATION -> r.add(Either.forRight(new DocumentSymbol(o.name(), SymbolKind.Event, range, range, "relation")));
            }
        }
        for (DocumentSymbol g : byKind.values()) {
            if (source != null) {
                source.getChildren().add(g);
            } else {
                r.add(Either.forRight(g));
            }
        }
        return CompletableFuture.completedFuture(r);
    }

    @Override
    public CompletableFuture<Either<List<? extends SymbolInformation>, List<? extends WorkspaceSymbol>>> symbol(WorkspaceSymbolParams params) {
        String q = params.getQuery() == null ? "" : params.getQuery().toLowerCase(java.util.Locale.ROOT);
        List<SymbolInformation> r = new ArrayList<>();
        for (Occurrence o : snapshot.index().all()) {
            String id = o.key().substring(o.kind().prefix().length());
            if (o.definition() && id.toLowerCase(java.util.Locale.ROOT).contains(q)) {
                SymbolKind k = switch (o.kind()) {
                    case SOURCE -> SymbolKind.Module;
                    case CLAIM -> SymbolKind.Object;
                    case PROPOSITION -> SymbolKind.Constant;
                    case RELATION -> SymbolKind.Event;
                };
                r.add(new SymbolInformation(id, k, locationOf(o), o.kind().name().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        return CompletableFuture.completedFuture(Either.forLeft(r));
    }

    // ---------------------------------------------------------------- rename and quick fixes

    @Override
    public CompletableFuture<WorkspaceEdit> rename(RenameParams params) {
        Occurrence o = occurrenceAt(params.getTextDocument().getUri(), params.getPosition());
        String name = params.getNewName() == null ? "" : params.getNewName().strip();
        if (o == null) {
            return failed("no id at this position");
        }
        if (!CorpusLoader.isSlug(name)) {
            return failed("'" + name + "' is not a valid id: use lower-case letters, digits and hyphens");
        }
        String newKey = o.kind() == CorpusIndex.Kind.CLAIM
                ? o.key().substring(0, o.key().lastIndexOf('/') + 1) + name : o.kind().prefix() + name;
        if (!snapshot.index().definitions(newKey).isEmpty()) {
            return failed("'" + name + "' is already taken by another " + o.kind().name().toLowerCase(java.util.Locale.ROOT));
        }
        Map<String, List<TextEdit>> changes = new LinkedHashMap<>();
        for (Occurrence x : snapshot.index().occurrences(o.key())) {
            changes.computeIfAbsent(uriOf(x.file()), k -> new ArrayList<>()).add(new TextEdit(locationOf(x).getRange(), name));
        }
        return CompletableFuture.completedFuture(new WorkspaceEdit(changes));
    }

    private static <T> CompletableFuture<T> failed(String message) {
        CompletableFuture<T> f = new CompletableFuture<>();
        f.completeExceptionally(new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null)));
        return f;
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        List<Either<Command, CodeAction>> r = new ArrayList<>();
        String uri = params.getTextDocument().getUri();
        Path p = pathOf(uri);
        if (p == null || params.getContext() == null) {
            return CompletableFuture.completedFuture(r);
        }
        for (org.eclipse.lsp4j.Diagnostic d : params.getContext().getDiagnostics()) {
            String code = d.getCode() == null ? null : d.getCode().isLeft() ? d.getCode().getLeft() : String.valueOf(d.getCode().getRight());
            Matcher m = DID_YOU_MEAN.matcher(d.getMessage() == null ? "" : d.getMessage());
            if (m.find()) {
                CodeAction a = new CodeAction("Change to '" + m.group(1) + "'");
                a.setKind(CodeActionKind.QuickFix);
                a.setDiagnostics(List.of(d));
                a.setIsPreferred(true);
                a.setEdit(new WorkspaceEdit(Map.of(uri, List.of(new TextEdit(d.getRange(), m.group(1))))));
                r.add(Either.forRight(a));
            }
            if ("unknown-proposition".equals(code)) {
                CodeAction a = createProposition(d);
                if (a != null) {
                    r.add(Either.forRight(a));
                }
            }
            if ("missing-gloss".equals(code)) {
                CodeAction a = glossStub(uri, p, d);
                if (a != null) {
                    r.add(Either.forRight(a));
                }
            }
            if ("quote-not-found".equals(code)) {
                CodeAction a = closestPassage(uri, p, d);
                if (a != null) {
                    r.add(Either.forRight(a));
                }
            }
        }
        return CompletableFuture.completedFuture(r);
    }

    private static final Pattern UNKNOWN_PROPOSITION = Pattern.compile("unknown proposition '([^']+)'");

    /** Appends a stub for a missing proposition to the catalog (the file that defines the most propositions). */
    private CodeAction createProposition(org.eclipse.lsp4j.Diagnostic d) {
        Matcher m = UNKNOWN_PROPOSITION.matcher(d.getMessage() == null ? "" : d.getMessage());
        if (!m.find() || !CorpusLoader.isSlug(m.group(1))) {
            return null;
        }
        String catalog = snapshot.index().files().values().stream()
                .max(java.util.Comparator.comparingLong(f -> f.occurrences().stream()
                        .filter(o -> o.definition() && o.kind() == CorpusIndex.Kind.PROPOSITION).count()))
                .filter(f -> f.occurrences().stream().anyMatch(o -> o.definition() && o.kind() == CorpusIndex.Kind.PROPOSITION))
                .map(CorpusIndex.FileIndex::file).orElse(null);
        String text = catalog == null ? null : textOf(Path.of(catalog));
        if (text == null) {
            return null;
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        Position end = new Position(lines.length - 1, lines[lines.length - 1].length());
        String stub = (text.endsWith("\n") ? "" : "\n") + "  - id: " + m.group(1) + "\n    text: >-\n      TODO: what '"
                + m.group(1) + "' asserts\n";
        CodeAction a = new CodeAction("Create proposition '" + m.group(1) + "' in " + Path.of(catalog).getFileName());
        a.setKind(CodeActionKind.QuickFix);
        a.setDiagnostics(List.of(d));
        a.setEdit(new WorkspaceEdit(Map.of(uriOf(catalog), List.of(new TextEdit(new Range(end, end), stub)))));
        return a;
    }

    /** Inserts {@code gloss:} after a non-English quote (after the whole quote scalar). */
    private CodeAction glossStub(String uri, Path p, org.eclipse.lsp4j.Diagnostic d) {
        String text = textOf(p);
        if (text == null) {
            return null;
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        int ln = d.getRange().getStart().getLine();
        if (ln < 0 || ln >= lines.length || lines[ln].indexOf("quote:") < 0) {
            return null;
        }
        int keyCol = lines[ln].indexOf("quote:");
        int endLine = ln;
        while (endLine + 1 < lines.length && !lines[endLine + 1].isBlank() && indent(lines[endLine + 1]) > keyCol) {
            endLine++;
        }
        Position at = new Position(endLine, lines[endLine].length());
        CodeAction a = new CodeAction("Add an English gloss");
        a.setKind(CodeActionKind.QuickFix);
        a.setDiagnostics(List.of(d));
        a.setEdit(new WorkspaceEdit(Map.of(uri, List.of(new TextEdit(new Range(at, at),
                "\n" + " ".repeat(keyCol) + "gloss: \"TODO: English translation\"")))));
        return a;
    }

    /** Replaces a not-found quote (the whole scalar, however many lines) with the closest passage of the text. */
    private CodeAction closestPassage(String uri, Path p, org.eclipse.lsp4j.Diagnostic d) {
        Corpus corpus = snapshot.result() == null ? null : snapshot.result().corpus();
        String text = textOf(p);
        if (corpus == null || text == null) {
            return null;
        }
        int ln = d.getRange().getStart().getLine() + 1;
        for (Claim c : corpus.claims()) {
            for (Evidence e : c.evidence()) {
                if (e.location() == null || e.location().line() != ln
                        || !Path.of(e.location().file()).toAbsolutePath().normalize().equals(p)) {
                    continue;
                }
                Source s = corpus.sources().stream().filter(x -> x.id().equals(c.source())).findFirst().orElse(null);
                if (s == null || s.text() == null) {
                    return null;
                }
                QuoteFinder.Match m = new QuoteFinder(s.text()).find(e.quote(), true);
                if (m.closest() == null) {
                    return null;
                }
                String[] lines = text.split("\r\n|\r|\n", -1);
                String first = lines[ln - 1];
                int keyCol = first.indexOf("quote:");
                int startCol = d.getRange().getStart().getCharacter();
                int endLine = ln - 1;
                while (endLine + 1 < lines.length && !lines[endLine + 1].isBlank() && indent(lines[endLine + 1]) > keyCol) {
                    endLine++;
                }
                String replacement = "\"" + m.closest().replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("\\s+", " ") + "\"";
                CodeAction a = new CodeAction("Replace with the closest passage (text line " + m.closestLine() + ")");
                a.setKind(CodeActionKind.QuickFix);
                a.setDiagnostics(List.of(d));
                a.setEdit(new WorkspaceEdit(Map.of(uri, List.of(new TextEdit(new Range(new Position(ln - 1, startCol),
                        new Position(endLine, lines[endLine].length())), replacement)))));
                return a;
            }
        }
        return null;
    }

    private static int indent(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    // ---------------------------------------------------------------- helpers

    private static Path pathOf(String uri) {
        try {
            return Path.of(URI.create(uri)).toAbsolutePath().normalize();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String uriOf(String file) {
        return Path.of(file).toUri().toString();
    }

    private static String lineOf(String text, int line) {
        if (line < 0) {
            return null;
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        return line < lines.length ? lines[line] : null;
    }

    /** The offset of an LSP position, clamped into the text (out-of-range positions never fail). */
    static int offset(String text, Position pos) {
        int line = Math.max(0, pos.getLine());
        int i = 0;
        for (int l = 0; l < line; l++) {
            int nl = text.indexOf('\n', i);
            if (nl < 0) {
                return text.length();
            }
            i = nl + 1;
        }
        int eol = text.indexOf('\n', i);
        if (eol < 0) {
            eol = text.length();
        }
        return Math.min(eol, i + Math.max(0, pos.getCharacter()));
    }
}
