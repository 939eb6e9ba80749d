package org.argmap.load;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.argmap.diag.Diagnostic;
import org.argmap.diag.Location;

/**
 * Reads typed fields from a {@link YNode.YMap}, recording wrong types, missing required fields
 * and unknown keys (with did-you-mean) as diagnostics. Call {@link #finish()} once all known keys
 * have been read.
 */
final class MapReader {
    private final YNode.YMap map;
    private final String what;
    private final List<Diagnostic> out;
    private final Set<String> known = new LinkedHashSet<>();

    MapReader(YNode.YMap map, String what, List<Diagnostic> out) {
        this.map = map;
        this.what = what;
        this.out = out;
    }

    /** Returns a reader for {@code node} when it is a mapping, else reports and returns null. */
    static MapReader of(YNode node, String what, List<Diagnostic> out) {
        if (node instanceof YNode.YMap m) {
            return new MapReader(m, what, out);
        }
        out.add(Diagnostic.error("wrong-type", what + " must be a mapping (key: value lines), not " + node.describe(),
                node.location(), null));
        return null;
    }

    Location location() {
        return map.location();
    }

    Location keyLocation(String key) {
        YNode.Entry e = map.entries().get(key);
        return e == null ? map.location() : e.key().location();
    }

    Location valueLocation(String key) {
        YNode.Entry e = map.entries().get(key);
        return e == null ? map.location() : e.value().location();
    }

    boolean has(String key) {
        known.add(key);
        YNode v = map.get(key);
        return v != null && !(v instanceof YNode.YScalar s && s.isNull());
    }

    YNode node(String key) {
        known.add(key);
        return map.get(key);
    }

    /** A scalar as text (numbers and booleans as written), or null when absent. */
    String string(String key, boolean required) {
        known.add(key);
        YNode v = map.get(key);
        if (v == null || v instanceof YNode.YScalar s && s.isNull()) {
            if (required) {
                missing(key);
            }
            return null;
        }
        if (v instanceof YNode.YScalar s) {
            return s.text();
        }
        out.add(Diagnostic.error("wrong-type", "'" + key + "' of " + what + " must be text, not " + v.describe(),
                v.location(), null));
        return null;
    }

    void missing(String key) {
        out.add(Diagnostic.error("missing-field", what + " has no '" + key + "'", map.location(),
                "add '" + key + ":'"));
    }

    boolean bool(String key, boolean dflt) {
        known.add(key);
        YNode v = map.get(key);
        if (v == null || v instanceof YNode.YScalar s && s.isNull()) {
            return dflt;
        }
        if (v instanceof YNode.YScalar s && s.kind() == YNode.YScalar.Kind.BOOLEAN) {
            return Boolean.parseBoolean(s.text().toLowerCase(java.util.Locale.ROOT));
        }
        out.add(Diagnostic.error("wrong-type", "'" + key + "' of " + what + " must be true or false, not " + v.describe(),
                v.location(), null));
        return dflt;
    }

    /** A list of scalars; a single scalar is accepted as a list of one. */
    List<String> strings(String key) {
        known.add(key);
        YNode v = map.get(key);
        List<String> res = new ArrayList<>();
        if (v == null || v instanceof YNode.YScalar s && s.isNull()) {
            return res;
        }
        if (v instanceof YNode.YScalar s) {
            res.add(s.text());
            return res;
        }
        if (v instanceof YNode.YSeq seq) {
            for (YNode item : seq.items()) {
                if (item instanceof YNode.YScalar s && !s.isNull()) {
                    res.add(s.text());
                } else {
                    out.add(Diagnostic.error("wrong-type", "items of '" + key + "' must be text, not " + item.describe(),
                            item.location(), null));
                }
            }
            return res;
        }
        out.add(Diagnostic.error("wrong-type", "'" + key + "' of " + what + " must be a list, not " + v.describe(),
                v.location(), null));
        return res;
    }

    /** A list of nodes, or an empty list (with a diagnostic when the value is not a list). */
    List<YNode> list(String key) {
        known.add(key);
        YNode v = map.get(key);
        if (v == null || v instanceof YNode.YScalar s && s.isNull()) {
            return List.of();
        }
        if (v instanceof YNode.YSeq seq) {
            return seq.items();
        }
        out.add(Diagnostic.error("wrong-type", "'" + key + "' must be a list (lines starting with '- '), not " + v.describe(),
                v.location(), null));
        return List.of();
    }

    /** Reports every key that was never asked for. */
    void finish() {
        for (YNode.Entry e : map.entries().values()) {
            String k = e.key().name();
            if (!known.contains(k)) {
                String hint = Text.hint(k, known);
                out.add(Diagnostic.error("unknown-key", "unknown key '" + k + "' in " + what, e.key().location(),
                        hint == null ? "known keys: " + String.join(", ", known) : hint));
            }
        }
    }
}
