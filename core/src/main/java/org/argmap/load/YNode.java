package org.argmap.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.argmap.diag.Location;

/**
 * A YAML node with the location it was read from. Jackson's own tree keeps no positions, so the
 * loader builds this small tree in one streaming pass.
 */
public sealed interface YNode permits YNode.YMap, YNode.YSeq, YNode.YScalar {

    Location location();

    /** A word for the node's type, used in messages ("a mapping", "a list", "text"...). */
    String describe();

    /** A key of a mapping, with where the key itself is written. */
    record Key(String name, Location location) {
    }

    /** A mapping, keys in file order. */
    record YMap(Map<String, Entry> entries, Location location) implements YNode {
        public YMap {
            entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public YNode get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** A mapping entry. */
    record Entry(Key key, YNode value) {
    }

    /** A sequence. */
    record YSeq(List<YNode> items, Location location) implements YNode {
        public YSeq {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A scalar with its text as written and what YAML made of it. */
    record YScalar(String text, Kind kind, Location location) implements YNode {
        public enum Kind { STRING, INTEGER, FLOAT, BOOLEAN, NULL }

        public boolean isNull() {
            return kind == Kind.NULL;
        }

        @Override
        public String describe() {
            return switch (kind) {
                case STRING -> "text";
                case INTEGER -> "a whole number";
                case FLOAT -> "a number";
                case BOOLEAN -> "true/false";
                case NULL -> "nothing (null)";
            };
        }
    }
}
