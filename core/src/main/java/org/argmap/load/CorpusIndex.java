package org.argmap.load;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.argmap.diag.Diagnostic;

/**
 * Where every id of a corpus is defined and where it is referenced: sources, claims,
 * propositions and relations with explicit ids, each occurrence with its file, 1-based line and
 * column and its length in characters. Built from the files' YAML trees, not from the model, so a
 * reference is indexed even when it names nothing (an editor still wants to find it).
 *
 * <p>Keys are {@code kind:id}: {@code source:trotsky-1935}, {@code claim:trotsky-1935/tarov-persecuted}
 * (claims always qualified by their source), {@code proposition:ussr-workers-state},
 * {@code relation:id}. A reference written {@code source-id/claim-id} is two occurrences: the
 * source part refers to the source and the claim part to the claim, so renaming either rewrites
 * only its own part.
 *
 * <p>Building is one pass over each file's tree, O(size of the files).
 */
public final class CorpusIndex {

    /** What an id names. */
    public enum Kind { SOURCE, CLAIM, PROPOSITION, RELATION;

        public String prefix() {
            return name().toLowerCase(java.util.Locale.ROOT) + ":";
        }
    }

    /**
     * One occurrence of an id.
     *
     * @param key {@code kind:id}
     * @param kind what it names
     * @param name the id as written at this place (for a claim, the claim part only)
     * @param file the file as given to {@link #build}
     * @param line 1-based line
     * @param column 1-based column (in UTF-16 code units from the line start)
     * @param length length in UTF-16 code units
     * @param definition true for the place that defines the id
     */
    public record Occurrence(String key, Kind kind, String name, String file, int line, int column, int length,
                             boolean definition) {
        public boolean contains(int line, int column) {
            return this.line == line && column >= this.column && column <= this.column + length;
        }
    }

    /**
     * The occurrences of one file.
     *
     * @param file the file
     * @param sourceId the source the file maps, or null for a shared file
     * @param occurrences in file order
     */
    public record FileIndex(String file, String sourceId, List<Occurrence> occurrences) {
        public FileIndex {
            occurrences = List.copyOf(occurrences);
        }
    }

    private final Map<String, FileIndex> files;

    public CorpusIndex(Collection<FileIndex> files) {
        Map<String, FileIndex> m = new LinkedHashMap<>();
        for (FileIndex f : files) {
            m.put(f.file(), f);
        }
        this.files = java.util.Collections.unmodifiableMap(m);
    }

    public Map<String, FileIndex> files() {
        return files;
    }

    /** Every definition of {@code key} (more than one when the id is duplicated). */
    public List<Occurrence> definitions(String key) {
        return all().stream().filter(o -> o.definition() && o.key().equals(key)).toList();
    }

    /** Every occurrence of {@code key}, definitions included, in file order. */
    public List<Occurrence> occurrences(String key) {
        return all().stream().filter(o -> o.key().equals(key)).toList();
    }

    /** All occurrences of all files. */
    public List<Occurrence> all() {
        List<Occurrence> r = new ArrayList<>();
        files.values().forEach(f -> r.addAll(f.occurrences()));
        return r;
    }

    /** The occurrence at a 1-based line and column of {@code file}, or null. */
    public Occurrence at(String file, int line, int column) {
        FileIndex f = files.get(file);
        if (f == null) {
            return null;
        }
        for (Occurrence o : f.occurrences()) {
            if (o.contains(line, column)) {
                return o;
            }
        }
        return null;
    }

    /**
     * Indexes one file from its text; null when it does not parse (callers keep the last good
     * index of the file). Problems are not reported here: the loader reports them.
     */
    public static FileIndex indexFile(String file, String text, LoaderLimits limits) {
        YNode root = new YamlReader(limits).read(file, text.getBytes(StandardCharsets.UTF_8), new ArrayList<Diagnostic>());
        if (!(root instanceof YNode.YMap top)) {
            return null;
        }
        String[] lines = text.split("\r\n|\r|\n", -1);
        Builder b = new Builder(file, lines);
        String sid = null;
        if (top.get("source") instanceof YNode.YMap src && src.get("id") instanceof YNode.YScalar id) {
            sid = id.text().strip();
            b.add(Kind.SOURCE, sid, id, sid, 0, true);
        }
        b.sid = sid;
        for (YNode c : items(top.get("claims"))) {
            if (c instanceof YNode.YMap cm) {
                if (cm.get("id") instanceof YNode.YScalar id && sid != null) {
                    b.add(Kind.CLAIM, sid + "/" + id.text().strip(), id, id.text().strip(), 0, true);
                }
                for (YNode s : items(cm.get("stances"))) {
                    if (s instanceof YNode.YMap sm) {
                        b.proposition(sm.get("proposition"));
                    }
                }
            }
        }
        for (YNode p : items(top.get("propositions"))) {
            if (p instanceof YNode.YMap pm && pm.get("id") instanceof YNode.YScalar id) {
                b.add(Kind.PROPOSITION, id.text().strip(), id, id.text().strip(), 0, true);
            }
        }
        for (YNode r : items(top.get("relations"))) {
            if (r instanceof YNode.YMap rm) {
                if (rm.get("id") instanceof YNode.YScalar id) {
                    b.add(Kind.RELATION, id.text().strip(), id, id.text().strip(), 0, true);
                }
                b.endpoint(rm.get("from"));
                b.endpoint(rm.get("to"));
            }
        }
        if (top.get("expect") instanceof YNode.YMap ex) {
            for (YNode a : items(ex.get("agreements"))) {
                if (a instanceof YNode.YMap am) {
                    b.proposition(am.get("proposition"));
                    for (YNode s : items(am.get("sources"))) {
                        b.source(s);
                    }
                }
            }
            for (YNode c : items(ex.get("contradictions"))) {
                if (c instanceof YNode.YMap cm) {
                    for (YNode p : items(cm.get("propositions"))) {
                        b.proposition(p);
                    }
                    b.proposition(cm.get("proposition"));
                    for (YNode s : items(cm.get("sources"))) {
                        b.source(s);
                    }
                }
            }
        }
        for (YNode d : items(top.get("dismissed"))) {
            if (d instanceof YNode.YMap dm) {
                for (YNode c : items(dm.get("claims"))) {
                    b.claimRef(c);
                }
                b.proposition(dm.get("proposition"));
            }
        }
        return new FileIndex(file, sid, b.out);
    }

    private static List<YNode> items(YNode n) {
        return n instanceof YNode.YSeq s ? s.items() : List.of();
    }

    private static final class Builder {
        final String file;
        final String[] lines;
        final List<Occurrence> out = new ArrayList<>();
        String sid;

        Builder(String file, String[] lines) {
            this.file = file;
            this.lines = lines;
        }

        /**
         * Adds an occurrence of {@code name}, found in the scalar's line at or after its column
         * plus {@code skip} characters (YAML reports a quoted scalar at its quote).
         */
        void add(Kind kind, String id, YNode.YScalar node, String name, int skip, boolean def) {
            int line = node.location().line();
            int col = node.location().column() - 1 + skip;
            if (name.isEmpty() || line < 1 || line > lines.length) {
                return;
            }
            String l = lines[line - 1];
            int at = l.indexOf(name, Math.max(0, Math.min(col, l.length())));
            if (at < 0) {
                return; // a multi-line scalar: not indexed
            }
            out.add(new Occurrence(kind.prefix() + id, kind, name, file, line, at + 1, name.length(), def));
        }

        void proposition(YNode n) {
            if (n instanceof YNode.YScalar s && !s.isNull()) {
                add(Kind.PROPOSITION, s.text().strip(), s, s.text().strip(), 0, false);
            }
        }

        void source(YNode n) {
            if (n instanceof YNode.YScalar s && !s.isNull()) {
                add(Kind.SOURCE, s.text().strip(), s, s.text().strip(), 0, false);
            }
        }

        /** A claim reference: {@code claim-id} (own source) or {@code source-id/claim-id}. */
        void claimRef(YNode n) {
            if (!(n instanceof YNode.YScalar s) || s.isNull()) {
                return;
            }
            String ref = s.text().strip();
            int slash = ref.indexOf('/');
            if (slash < 0) {
                if (sid != null) {
                    add(Kind.CLAIM, sid + "/" + ref, s, ref, 0, false);
                }
                return;
            }
            String src = ref.substring(0, slash);
            String id = ref.substring(slash + 1);
            add(Kind.SOURCE, src, s, src, 0, false);
            int line = s.location().line();
            if (line >= 1 && line <= lines.length) {
                int at = lines[line - 1].indexOf(ref, Math.max(0, Math.min(s.location().column() - 1, lines[line - 1].length())));
                if (at >= 0) {
                    out.add(new Occurrence(Kind.CLAIM.prefix() + ref, Kind.CLAIM, id, file, line, at + slash + 2, id.length(), false));
                }
            }
        }

        /** A relation endpoint: a claim in a source map or when qualified, else a proposition. */
        void endpoint(YNode n) {
            if (!(n instanceof YNode.YScalar s) || s.isNull()) {
                return;
            }
            String ref = s.text().strip();
            if (ref.contains("/") || sid != null) {
                claimRef(n);
            } else {
                proposition(n);
            }
        }
    }
}
