package org.argmap.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.argmap.diag.Diagnostic;
import org.argmap.diag.Location;
import org.argmap.model.Claim;
import org.argmap.model.ClaimKind;
import org.argmap.model.Corpus;
import org.argmap.model.Evidence;
import org.argmap.model.EvidenceKind;
import org.argmap.model.Expectation;
import org.argmap.model.Proposition;
import org.argmap.model.Relation;
import org.argmap.model.RelationType;
import org.argmap.model.Source;
import org.argmap.model.Stance;
import org.argmap.model.StanceType;

/**
 * Loads a corpus from map files and folders: reads every file, maps it onto the model, finds
 * every quote in its source text, and runs the cross-file checks of {@link CorpusValidator}.
 * Every problem in every file is returned, none thrown; only programming errors throw.
 */
public final class CorpusLoader {

    private static final Pattern DATE = Pattern.compile(
            "(?:\\d{4}(?:-\\d{2}(?:-\\d{2})?)?|(?:c\\.|ca\\.|circa|before|after|about)\\s*\\d{4}(?:s)?|\\d{4}s|unknown)");

    private final LoaderLimits limits;
    private final YamlReader yaml;
    private final boolean allowOutsideTexts;

    public CorpusLoader() {
        this(LoaderLimits.DEFAULT);
    }

    public CorpusLoader(LoaderLimits limits) {
        this(limits, false);
    }

    private CorpusLoader(LoaderLimits limits, boolean allowOutsideTexts) {
        this.limits = limits;
        this.yaml = new YamlReader(limits);
        this.allowOutsideTexts = allowOutsideTexts;
    }

    /**
     * This loader, but letting {@code text:} name files outside the map's {@link CorpusRoot}
     * when {@code allow} (the command line's {@code --allow-outside-texts}). Texts must still be
     * regular files within the size limit.
     */
    public CorpusLoader allowingOutsideTexts(boolean allow) {
        return new CorpusLoader(limits, allow);
    }

    /** Lists the map files under the given paths: files as given, folders' {@code *.yaml|*.yml} files sorted. */
    public List<Path> collect(Collection<Path> paths, List<Diagnostic> out) {
        TreeSet<String> seen = new TreeSet<>();
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> Files.isRegularFile(f) && isMapFile(f)).sorted().forEach(f -> {
                        if (seen.add(f.toAbsolutePath().normalize().toString())) {
                            files.add(f);
                        }
                    });
                } catch (IOException e) {
                    out.add(Diagnostic.error("io-error", "cannot list folder: " + e.getMessage(), Location.of(p.toString()), null));
                }
            } else if (Files.isRegularFile(p)) {
                if (seen.add(p.toAbsolutePath().normalize().toString())) {
                    files.add(p);
                }
            } else {
                out.add(Diagnostic.error("file-not-found", "no such file or folder", Location.of(p.toString()), null));
            }
        }
        if (files.size() > limits.maxFiles()) {
            out.add(Diagnostic.error("too-many-files", files.size() + " map files, over the limit of " + limits.maxFiles(),
                    Location.of(paths.iterator().next().toString()), null));
            return files.subList(0, limits.maxFiles());
        }
        return files;
    }

    private static boolean isMapFile(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }

    /** Loads every map file under {@code paths}. */
    public LoadResult load(Collection<Path> paths) {
        return load(paths, Map.of());
    }

    /**
     * Loads every map file under {@code paths}, reading a file's content from {@code buffers} when
     * it holds the file's absolute normalised path (an editor's unsaved buffer wins over the file on
     * disk). A buffer for a file not under {@code paths} is not loaded. Texts are still read from disk.
     *
     * @param buffers absolute normalised path to the buffer's text
     */
    public LoadResult load(Collection<Path> paths, Map<Path, String> buffers) {
        List<Diagnostic> out = new ArrayList<>();
        List<Path> files = collect(paths, out);
        List<FileDraft> drafts = new ArrayList<>();
        SourceTexts texts = new SourceTexts(limits, allowOutsideTexts);
        List<FollowOn.Broken> broken = new ArrayList<>();
        for (Path f : files) {
            int before = out.size();
            String buffer = buffers.get(f.toAbsolutePath().normalize());
            FileDraft d = buffer == null ? readFile(f, out)
                    : parse(f.toString(), f.toAbsolutePath().getParent(), buffer.getBytes(java.nio.charset.StandardCharsets.UTF_8), out);
            if (d != null) {
                drafts.add(d);
                if (d.source != null) {
                    resolveText(d, texts, out);
                }
            } else {
                addBroken(broken, FollowOn.broken(f.toString(), out.subList(before, out.size()),
                        buffer == null ? bytesForScan(f) : buffer.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
        }
        return result(drafts, out, broken, files.stream().map(Path::toString).toList());
    }

    /** Validates across files, then orders the diagnostics and folds those that follow from broken files. */
    private static LoadResult result(List<FileDraft> drafts, List<Diagnostic> out, List<FollowOn.Broken> broken, List<String> files) {
        CorpusValidator validator = new CorpusValidator(out);
        Corpus corpus = validator.validate(drafts);
        FollowOn.Arranged a = FollowOn.arrange(out, broken, validator.unresolved());
        return new LoadResult(corpus, a.visible(), files, a.followOn());
    }

    private static void addBroken(List<FollowOn.Broken> broken, FollowOn.Broken b) {
        if (b != null) {
            broken.add(b);
        }
    }

    /** A broken file's bytes for {@link FollowOn}'s name scan, or null when it is too large or unreadable. */
    private byte[] bytesForScan(Path f) {
        try {
            return Files.isRegularFile(f) && Files.size(f) <= limits.maxFileBytes() ? Files.readAllBytes(f) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Loads one document given as text (for tests, the editor preview and the fuzzer); texts resolve against {@code baseDir}. */
    public LoadResult loadString(String fileName, String yamlText, Path baseDir) {
        List<Diagnostic> out = new ArrayList<>();
        FileDraft d = parse(fileName, baseDir, yamlText.getBytes(java.nio.charset.StandardCharsets.UTF_8), out);
        List<FileDraft> drafts = new ArrayList<>();
        List<FollowOn.Broken> broken = new ArrayList<>();
        if (d != null) {
            drafts.add(d);
            if (d.source != null) {
                resolveText(d, new SourceTexts(limits, allowOutsideTexts), out);
            }
        } else {
            addBroken(broken, FollowOn.broken(fileName, List.copyOf(out), yamlText.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        return result(drafts, out, broken, List.of(fileName));
    }

    private FileDraft readFile(Path f, List<Diagnostic> out) {
        String name = f.toString();
        try {
            long size = Files.size(f);
            if (size > limits.maxFileBytes()) {
                out.add(Diagnostic.error("file-too-large", "file is " + size + " bytes, over the limit of "
                        + limits.maxFileBytes() + " bytes", Location.of(name), "raise the limit with --max-file-size if the file is genuine"));
                return null;
            }
            byte[] bytes = Files.readAllBytes(f);
            Path dir = f.toAbsolutePath().getParent();
            return parse(name, dir, bytes, out);
        } catch (IOException e) {
            out.add(Diagnostic.error("io-error", "cannot read file: " + e.getMessage(), Location.of(name), null));
            return null;
        }
    }

    /** One file, read onto draft records; references are resolved later by the validator. */
    static final class FileDraft {
        String file;
        Path dir;
        SourceDraft source;
        final List<ClaimDraft> claims = new ArrayList<>();
        final List<Proposition> propositions = new ArrayList<>();
        final List<RelationDraft> relations = new ArrayList<>();
        final List<Expectation> expectations = new ArrayList<>();
        final List<DismissalDraft> dismissals = new ArrayList<>();
    }

    /** A dismissal as written: claim references with their locations, or a proposition id. */
    record DismissalDraft(List<String> claims, List<Location> claimLocations, String proposition,
                          Location propositionLocation, String reason, Location location) {
    }

    static final class SourceDraft {
        String id;
        Location idLocation;
        String title;
        List<String> authors;
        String outlet;
        String date;
        String language;
        String url;
        String textPath;
        Location textLocation;
        String text;
        String sha;
        String tradition;
        String notes;
        Location location;
        QuoteFinder finder;
    }

    static final class ClaimDraft {
        String id;
        String text;
        ClaimKind kind;
        List<String> tags;
        String note;
        final List<EvidenceDraft> evidence = new ArrayList<>();
        final List<StanceDraft> stances = new ArrayList<>();
        Location location;
        Location idLocation;
    }

    record EvidenceDraft(String quote, EvidenceKind kind, String speaker, String gloss, String note, Location location) {
    }

    record StanceDraft(String proposition, StanceType type, boolean implied, String note, Location location,
                       Location propositionLocation) {
    }

    record RelationDraft(String id, boolean explicitId, String from, Location fromLocation, String to, Location toLocation,
                         RelationType type, String note, Location location) {
    }

    FileDraft parse(String file, Path dir, byte[] bytes, List<Diagnostic> out) {
        YNode root = yaml.read(file, bytes, out);
        if (root == null) {
            return null;
        }
        MapReader top = MapReader.of(root, "the file", out);
        if (top == null) {
            return null;
        }
        FileDraft d = new FileDraft();
        d.file = file;
        d.dir = dir;
        if (top.has("source")) {
            d.source = readSource(top.node("source"), out);
        }
        String scope = d.source != null && d.source.id != null ? d.source.id : stem(file);
        for (YNode n : top.list("claims")) {
            if (d.source == null && n == top.list("claims").get(0)) {
                out.add(Diagnostic.error("claims-without-source", "claims belong in a source map, which needs 'source:'",
                        top.keyLocation("claims"), "add a 'source:' section, or move the claims into their source's map"));
            }
            ClaimDraft c = readClaim(n, out);
            if (c != null) {
                d.claims.add(c);
            }
        }
        for (YNode n : top.list("propositions")) {
            Proposition p = readProposition(n, out);
            if (p != null) {
                d.propositions.add(p);
            }
        }
        int k = 0;
        for (YNode n : top.list("relations")) {
            k++;
            RelationDraft r = readRelation(n, scope + "#" + k, out);
            if (r != null) {
                d.relations.add(r);
            }
        }
        if (top.has("expect")) {
            readExpectations(top.node("expect"), d.expectations, out);
        }
        for (YNode n : top.list("dismissed")) {
            DismissalDraft x = readDismissal(n, out);
            if (x != null) {
                d.dismissals.add(x);
            }
        }
        top.finish();
        // a file is empty when it names none of the sections; a section that is present but holds
        // nothing ("relations: []", or "relations:" with no value) is a valid, empty section
        if (Stream.of("source", "claims", "propositions", "relations", "expect", "dismissed").allMatch(key -> top.node(key) == null)
                && top.location() != null) {
            out.add(Diagnostic.error("empty-file", "nothing to load: expected 'source:', 'propositions:', 'relations:' or 'expect:'",
                    top.location(), null));
        }
        return d;
    }

    private static String stem(String file) {
        String n = Path.of(file).getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private SourceDraft readSource(YNode node, List<Diagnostic> out) {
        MapReader r = MapReader.of(node, "source", out);
        if (r == null) {
            return null;
        }
        SourceDraft s = new SourceDraft();
        s.location = r.location();
        s.id = r.string("id", true);
        s.idLocation = r.valueLocation("id");
        checkSlug(s.id, s.idLocation, "source id", out);
        s.title = r.string("title", true);
        s.authors = r.strings("authors");
        s.outlet = r.string("outlet", false);
        s.date = r.string("date", false);
        if (s.date != null && !DATE.matcher(s.date.strip()).matches()) {
            out.add(Diagnostic.warning("invalid-date", "date '" + s.date + "' is not YYYY, YYYY-MM, YYYY-MM-DD, 'c. YYYY' or 'unknown'",
                    r.valueLocation("date"), null));
        }
        s.language = r.string("language", true);
        if (s.language != null && !s.language.matches("[a-z]{2,3}(-[A-Za-z0-9]+)?")) {
            out.add(Diagnostic.error("invalid-value", "language '" + s.language + "' is not an ISO 639 code such as 'en' or 'nl'",
                    r.valueLocation("language"), null));
        }
        s.url = r.string("url", false);
        s.textPath = r.string("text", true);
        s.textLocation = r.valueLocation("text");
        s.tradition = r.string("tradition", false);
        s.notes = r.string("notes", false);
        r.finish();
        return s;
    }

    private void checkSlug(String id, Location at, String what, List<Diagnostic> out) {
        if (id != null && !isSlug(id)) {
            out.add(Diagnostic.error("invalid-id", what + " '" + id + "' is not a slug", at,
                    "use lower-case letters, digits and hyphens, e.g. '" + slugify(id) + "'"));
        }
    }

    /**
     * True for a slug: runs of {@code [a-z0-9]} joined by single {@code -}, {@code _} or {@code .}
     * ({@code [a-z0-9]+(?:[-_.][a-z0-9]+)*}). A loop, not that regular expression: Java's matcher
     * recurses once per repetition of the group and overflows the stack on ids of some 10,000
     * parts. O(length).
     */
    /** Whether {@code id} is a valid id: lower-case letters, digits and hyphens. */
    public static boolean isSlug(String id) {
        boolean needAlnum = true;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                needAlnum = false;
            } else if ((c == '-' || c == '_' || c == '.') && !needAlnum) {
                needAlnum = true;
            } else {
                return false;
            }
        }
        return !needAlnum;
    }

    static String slugify(String s) {
        String t = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return t.isEmpty() ? "x" : t;
    }

    private ClaimDraft readClaim(YNode node, List<Diagnostic> out) {
        MapReader r = MapReader.of(node, "a claim", out);
        if (r == null) {
            return null;
        }
        ClaimDraft c = new ClaimDraft();
        c.location = r.location();
        c.id = r.string("id", true);
        c.idLocation = r.valueLocation("id");
        checkSlug(c.id, c.idLocation, "claim id", out);
        c.text = r.string("text", false);
        if (!r.has("text")) {
            r.missing("text");
        } else if (r.node("text") instanceof YNode.YScalar && (c.text == null || c.text.isBlank())) {
            out.add(Diagnostic.error("empty-claim", "claim '" + c.id + "' has empty text", r.valueLocation("text"),
                    "state the claim in a sentence"));
        }
        String kind = r.string("kind", false);
        c.kind = ClaimKind.PREMISE;
        if (kind != null) {
            c.kind = parseEnum(ClaimKind.class, kind, r.valueLocation("kind"), "claim kind", out, ClaimKind.PREMISE);
        }
        c.tags = r.strings("tags");
        c.note = r.string("note", false);
        for (YNode e : r.list("evidence")) {
            EvidenceDraft ev = readEvidence(e, out);
            if (ev != null) {
                c.evidence.add(ev);
            }
        }
        for (YNode s : r.list("stances")) {
            StanceDraft st = readStance(s, out);
            if (st != null) {
                c.stances.add(st);
            }
        }
        r.finish();
        return c;
    }

    private <E extends Enum<E>> E parseEnum(Class<E> type, String word, Location at, String what,
                                            List<Diagnostic> out, E dflt) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            String ew = e.name().toLowerCase(Locale.ROOT).replace('_', '-');
            words.add(ew);
            if (ew.equals(w)) {
                return e;
            }
        }
        String hint = Text.hint(w, words);
        out.add(Diagnostic.error("unknown-" + (what.endsWith("kind") ? "kind" : what.replace(' ', '-')),
                "unknown " + what + " '" + word + "'", at, hint == null ? "one of: " + String.join(", ", words) : hint));
        return dflt;
    }

    private EvidenceDraft readEvidence(YNode node, List<Diagnostic> out) {
        if (node instanceof YNode.YScalar s && !s.isNull()) {
            // shorthand: a bare string is a quote
            return new EvidenceDraft(s.text(), EvidenceKind.STATEMENT, null, null, null, s.location());
        }
        MapReader r = MapReader.of(node, "evidence", out);
        if (r == null) {
            return null;
        }
        String quote = r.string("quote", false);
        Location at = r.has("quote") ? r.valueLocation("quote") : r.location();
        if (!r.has("quote")) {
            r.missing("quote");
        } else if (quote != null && quote.isBlank()) {
            out.add(Diagnostic.error("empty-quote", "the quote is empty", at, "copy the words from the source text"));
            quote = null;
        }
        String kind = r.string("kind", false);
        EvidenceKind k = kind == null ? EvidenceKind.STATEMENT
                : parseEnum(EvidenceKind.class, kind, r.valueLocation("kind"), "evidence kind", out, EvidenceKind.STATEMENT);
        String speaker = r.string("speaker", false);
        String gloss = r.string("gloss", false);
        String note = r.string("note", false);
        r.finish();
        return quote == null ? null : new EvidenceDraft(quote, k, speaker, gloss, note, at);
    }

    private StanceDraft readStance(YNode node, List<Diagnostic> out) {
        MapReader r = MapReader.of(node, "a stance", out);
        if (r == null) {
            return null;
        }
        String p = r.string("proposition", true);
        Location pl = r.valueLocation("proposition");
        String st = r.string("stance", true);
        StanceType type = null;
        if (st != null) {
            type = parseEnum(StanceType.class, st, r.valueLocation("stance"), "stance", out, null);
        }
        boolean implied = r.bool("implied", false);
        if (r.has("explicit")) {
            implied = !r.bool("explicit", true);
        }
        String note = r.string("note", false);
        r.finish();
        return p == null || type == null ? null : new StanceDraft(p, type, implied, note, r.location(), pl);
    }

    private Proposition readProposition(YNode node, List<Diagnostic> out) {
        MapReader r = MapReader.of(node, "a proposition", out);
        if (r == null) {
            return null;
        }
        String id = r.string("id", true);
        checkSlug(id, r.valueLocation("id"), "proposition id", out);
        String text = r.string("text", false);
        if (!r.has("text")) {
            r.missing("text");
        } else if (text == null || text.isBlank()) {
            out.add(Diagnostic.error("empty-claim", "proposition '" + id + "' has empty text", r.valueLocation("text"), null));
        }
        String q = r.string("question", false);
        List<String> tags = r.strings("tags");
        String note = r.string("note", false);
        r.finish();
        return id == null ? null : new Proposition(id, text == null ? "" : text.strip(), q, tags, note, r.valueLocation("id"));
    }

    private RelationDraft readRelation(YNode node, String generatedId, List<Diagnostic> out) {
        MapReader r = MapReader.of(node, "a relation", out);
        if (r == null) {
            return null;
        }
        String id = r.string("id", false);
        if (id != null) {
            checkSlug(id, r.valueLocation("id"), "relation id", out);
        }
        String from = r.string("from", true);
        String to = r.string("to", true);
        String type = r.string("type", true);
        String note = r.string("note", false);
        RelationType t = null;
        if (type != null) {
            t = RelationType.parse(type.strip().toLowerCase(Locale.ROOT));
            if (t == null) {
                List<String> words = Stream.of(RelationType.values()).map(RelationType::word).toList();
                String hint = Text.hint(type, words);
                out.add(Diagnostic.error("unknown-relation-type", "unknown relation type '" + type + "'", r.valueLocation("type"),
                        hint == null ? "one of: " + String.join(", ", words) : hint));
            }
        }
        r.finish();
        if (from == null || to == null || t == null) {
            return null;
        }
        return new RelationDraft(id == null ? generatedId : id, id != null, from.strip(), r.valueLocation("from"), to.strip(),
                r.valueLocation("to"), t, note, r.location());
    }

    private void readExpectations(YNode node, List<Expectation> into, List<Diagnostic> out) {
        MapReader r = MapReader.of(node, "expect", out);
        if (r == null) {
            return;
        }
        for (YNode n : r.list("agreements")) {
            MapReader a = MapReader.of(n, "an expected agreement", out);
            if (a == null) {
                continue;
            }
            String p = a.string("proposition", true);
            String st = a.string("stance", false);
            StanceType type = st == null ? null : parseEnum(StanceType.class, st, a.valueLocation("stance"), "stance", out, null);
            List<String> sources = a.strings("sources");
            a.string("note", false);
            if (sources.size() < 2) {
                out.add(Diagnostic.error("invalid-value", "an agreement needs at least two sources", a.valueLocation("sources"), null));
            }
            a.finish();
            if (p != null) {
                into.add(new Expectation(Expectation.Type.AGREEMENT, null, p, type, sources, List.of(), a.location()));
            }
        }
        for (YNode n : r.list("contradictions")) {
            MapReader c = MapReader.of(n, "an expected contradiction", out);
            if (c == null) {
                continue;
            }
            String kind = c.string("kind", false);
            if (kind != null && !List.of("direct", "incompatible", "indirect", "attack", "internal").contains(kind)) {
                out.add(Diagnostic.error("unknown-kind", "unknown contradiction kind '" + kind + "'", c.valueLocation("kind"),
                        "one of: direct, incompatible, indirect, attack, internal"));
                kind = null;
            }
            List<String> sources = c.strings("sources");
            List<String> props = c.strings("propositions");
            c.string("note", false);
            c.finish();
            into.add(new Expectation(Expectation.Type.CONTRADICTION, kind, null, null, sources, props, c.location()));
        }
        r.finish();
    }

    /**
     * One entry of {@code dismissed:}: {@code claims: [source/claim, ...]} (two or more) or
     * {@code proposition: id}, and a {@code reason}. References are resolved by the validator.
     */
    private DismissalDraft readDismissal(YNode node, List<Diagnostic> out) {
        MapReader r = MapReader.of(node, "a dismissal", out);
        if (r == null) {
            return null;
        }
        List<String> claims = new ArrayList<>();
        List<Location> at = new ArrayList<>();
        for (YNode c : r.list("claims")) {
            if (c instanceof YNode.YScalar sc && !sc.isNull()) {
                claims.add(sc.text().strip());
                at.add(sc.location());
            } else {
                out.add(Diagnostic.error("wrong-type", "items of 'claims' must be claim references (source-id/claim-id), not "
                        + c.describe(), c.location(), null));
            }
        }
        String proposition = r.string("proposition", false);
        Location pl = r.valueLocation("proposition");
        String reason = r.string("reason", true);
        boolean hasClaims = r.has("claims");
        if (hasClaims == (proposition != null)) {
            out.add(Diagnostic.error(hasClaims ? "invalid-value" : "missing-field",
                    hasClaims ? "a dismissal names claims or a proposition, not both" : "a dismissal has no 'claims' or 'proposition'",
                    r.location(), "write 'claims: [source-id/claim-id, ...]' for a candidate, 'proposition: id' for a compound"));
            r.finish();
            return null;
        }
        if (hasClaims && new java.util.LinkedHashSet<>(claims).size() < 2) {
            out.add(Diagnostic.error("invalid-value", "a dismissal needs at least two different claims", r.valueLocation("claims"),
                    "list the claims of the candidate, e.g. [alcoy-2016/some-claim, trotsky-1935/other-claim]"));
        }
        if (reason != null && reason.isBlank()) {
            out.add(Diagnostic.error("invalid-value", "the reason of a dismissal is empty", r.valueLocation("reason"),
                    "say why the claims say different things"));
        }
        r.finish();
        return new DismissalDraft(claims, at, proposition == null ? null : proposition.strip(), pl,
                reason == null ? "" : reason.strip(), r.location());
    }

    /** Reads the text a source names; see {@link SourceTexts} for the checks, in order. */
    private static void resolveText(FileDraft d, SourceTexts texts, List<Diagnostic> out) {
        SourceDraft s = d.source;
        if (s.textPath == null) {
            return;
        }
        SourceTexts.TextFile tf = texts.read(d.dir, s.textPath);
        if (tf.problem() != null) {
            out.add(Diagnostic.error(tf.problem().code(), tf.problem().message(), s.textLocation, tf.problem().hint()));
            return;
        }
        s.text = tf.text();
        s.sha = tf.sha();
        s.finder = tf.finder();
    }

    /** Builds a source record from its draft. */
    static Source toSource(SourceDraft s, String file) {
        return new Source(s.id, s.title == null ? "" : s.title, s.authors == null ? List.of() : s.authors, s.outlet, s.date,
                s.language, s.url, s.textPath, s.text, s.sha, s.tradition, s.notes, file, s.location);
    }

    static Map<String, ClaimDraft> index(List<ClaimDraft> claims) {
        Map<String, ClaimDraft> m = new LinkedHashMap<>();
        for (ClaimDraft c : claims) {
            if (c.id != null) {
                m.putIfAbsent(c.id, c);
            }
        }
        return m;
    }

    static Evidence evidence(String source, String claim, int n, EvidenceDraft e, QuoteFinder.Match m) {
        boolean found = m != null && m.status() != QuoteFinder.Match.Status.NOT_FOUND;
        return new Evidence(source + "/" + claim + "#" + n, source, claim, e.quote(), e.kind(), e.speaker(), e.gloss(), e.note(),
                found ? m.start() : -1, found ? m.end() : -1, found && m.status() == QuoteFinder.Match.Status.EXACT, e.location());
    }

    static Stance stance(String source, String claim, StanceDraft s) {
        return new Stance(source, claim, s.proposition(), s.type(), s.implied(), s.note(), s.location());
    }

    static Claim claim(String source, ClaimDraft c, List<Evidence> ev, List<Stance> st) {
        return new Claim(source, c.id, c.text == null ? "" : c.text.strip(), c.kind, c.tags, ev, st, c.note, c.location);
    }

    static Relation relation(RelationDraft r, String from, String to, String source) {
        return new Relation(r.id(), r.explicitId(), from, to, r.type(), source, r.note(), r.location());
    }
}
