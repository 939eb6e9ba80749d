package org.argmap.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.argmap.diag.Diagnostic;
import org.argmap.export.CorpusJson;
import org.argmap.load.LoadResult;
import org.argmap.model.Claim;
import org.argmap.model.Corpus;
import org.argmap.model.Relation;
import org.argmap.model.Stance;

/**
 * One loaded state of the corpus, immutable once built. A request reads one snapshot from start to
 * end, so that it sees the old corpus or the new one, never a mix.
 *
 * <p>When the latest load has errors and an earlier load had none, the snapshot keeps showing the
 * last good corpus ({@link #stale()} is true) together with the latest diagnostics.
 */
final class Snapshot {

    private static final ObjectMapper HASHING = new ObjectMapper();

    private final long sequence;
    private final String version;
    private final String corpusHash;
    private final Corpus corpus;
    private final boolean corpusHasErrors;
    private final List<Diagnostic> diagnostics;
    private final List<String> files;
    private final boolean stale;
    private final Instant loadedAt;
    private final byte[] corpusJson;
    private final Map<String, Claim> claims;
    private final Map<String, Relation> relations;
    private final Map<String, List<Relation>> relationsOfClaim;
    private final ConcurrentMap<String, CompletableFuture<Resource>> cache;
    private final ConcurrentMap<String, Object> memo;
    private final DisplayPaths paths;

    private Snapshot(long sequence, Corpus corpus, String corpusHash, byte[] corpusJson, boolean corpusHasErrors,
                     List<Diagnostic> diagnostics, List<String> files, boolean stale,
                     ConcurrentMap<String, CompletableFuture<Resource>> cache, ConcurrentMap<String, Object> memo,
                     DisplayPaths paths) {
        this.sequence = sequence;
        this.paths = paths;
        this.corpus = corpus;
        this.corpusHash = corpusHash;
        this.corpusJson = corpusJson;
        this.corpusHasErrors = corpusHasErrors;
        this.diagnostics = List.copyOf(diagnostics);
        this.files = List.copyOf(files);
        this.stale = stale;
        this.loadedAt = Instant.now();
        this.cache = cache;
        this.memo = memo;
        StringBuilder v = new StringBuilder(corpusHash).append('\n').append(stale).append('\n');
        diagnostics.forEach(d -> v.append(d).append('\n'));
        this.version = sha256(v.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 20);
        this.claims = corpus.claimsByRef();
        Map<String, Relation> rs = new LinkedHashMap<>();
        Map<String, List<Relation>> byClaim = new LinkedHashMap<>();
        for (Relation r : corpus.relations()) {
            rs.putIfAbsent(r.id(), r);
            if (r.type().betweenClaims()) {
                byClaim.computeIfAbsent(r.from(), k -> new ArrayList<>()).add(r);
                byClaim.computeIfAbsent(r.to(), k -> new ArrayList<>()).add(r);
            }
        }
        this.relations = rs;
        this.relationsOfClaim = byClaim;
    }

    /** The first snapshot of a server. */
    static Snapshot first(LoadResult r) {
        Corpus c = r.corpus();
        DisplayPaths paths = DisplayPaths.of(r.files());
        return new Snapshot(1, c, hash(c), corpusJson(c, paths), r.hasErrors(), r.diagnostics(), r.files(), false,
                new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), paths);
    }

    /**
     * The snapshot that follows {@code previous} after loading {@code r}: the new corpus, unless the
     * load has errors and the previous corpus had none, in which case the previous corpus stays on
     * screen with the new diagnostics. Drawings are kept when the corpus did not change.
     */
    static Snapshot next(Snapshot previous, LoadResult r) {
        boolean keepOld = r.hasErrors() && !previous.corpusHasErrors;
        if (keepOld) {
            return new Snapshot(previous.sequence + 1, previous.corpus, previous.corpusHash, previous.corpusJson, false,
                    r.diagnostics(), r.files(), true, previous.cache, previous.memo, DisplayPaths.of(r.files()).and(previous.paths));
        }
        Corpus c = r.corpus();
        String h = hash(c);
        DisplayPaths paths = DisplayPaths.of(r.files());
        return new Snapshot(previous.sequence + 1, c, h, h.equals(previous.corpusHash) ? previous.corpusJson : corpusJson(c, paths),
                r.hasErrors(), r.diagnostics(), r.files(), false,
                h.equals(previous.corpusHash) ? previous.cache : new ConcurrentHashMap<>(),
                h.equals(previous.corpusHash) ? previous.memo : new ConcurrentHashMap<>(), paths);
    }

    /** A content hash of the whole corpus, every field included (texts, notes, locations). */
    private static String hash(Corpus c) {
        try {
            return sha256(HASHING.writeValueAsBytes(c));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The corpus JSON of the API, with file paths relative to the corpus root. */
    private static byte[] corpusJson(Corpus c, DisplayPaths paths) {
        return CorpusJson.write(paths.json(CorpusJson.toJson(c))).getBytes(StandardCharsets.UTF_8);
    }

    /** How this snapshot's pages and API show file paths (relative to the corpus root). */
    DisplayPaths paths() {
        return paths;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 1 for the first load of this server, then 2, 3, ... */
    long sequence() {
        return sequence;
    }

    /** A content hash of what the pages show (corpus, diagnostics, staleness): equal versions, equal pages. */
    String version() {
        return version;
    }

    /** A content hash of the corpus alone: the key of everything drawn from it. */
    String corpusHash() {
        return corpusHash;
    }

    /** The corpus shown: the latest, or the last good one when {@link #stale()}. */
    Corpus corpus() {
        return corpus;
    }

    /** The diagnostics of the latest load. */
    List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    /** The map files of the latest load. */
    List<String> files() {
        return files;
    }

    /** True when the latest load failed and the last good corpus is shown instead. */
    boolean stale() {
        return stale;
    }

    Instant loadedAt() {
        return loadedAt;
    }

    /** The corpus as {@code export json} writes it. */
    byte[] corpusJson() {
        return corpusJson.clone();
    }

    /** Claims by reference {@code source/id}. */
    Map<String, Claim> claims() {
        return claims;
    }

    /** Relations by id. */
    Map<String, Relation> relations() {
        return relations;
    }

    /** The relations between claims that start or end at the claim {@code ref}, in corpus order. */
    List<Relation> relationsOf(String ref) {
        return relationsOfClaim.getOrDefault(ref, List.of());
    }

    /** The stances on a proposition, in corpus order. */
    List<Stance> stancesOn(String propositionId) {
        return corpus.stances().stream().filter(s -> s.proposition().equals(propositionId)).toList();
    }

    /** What is made from the corpus alone (drawings, JSON), made once per corpus and shared by the snapshots of an unchanged corpus. */
    ConcurrentMap<String, CompletableFuture<Resource>> cache() {
        return cache;
    }

    /** A value derived from the corpus alone (e.g. the analysis), computed once per corpus. */
    @SuppressWarnings("unchecked")
    <T> T memo(String key, java.util.function.Supplier<T> make) {
        return (T) memo.computeIfAbsent(key, k -> make.get());
    }
}
