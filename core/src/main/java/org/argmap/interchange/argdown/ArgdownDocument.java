package org.argmap.interchange.argdown;

import java.util.List;
import java.util.Map;
import org.argmap.diag.Diagnostic;
import org.argmap.diag.Location;

/**
 * An Argdown document as argdown-core models it: statement equivalence classes and arguments
 * keyed by title (in order of first appearance; untitled ones are named {@code Untitled n}),
 * relations after argdown-core's own transformations (outgoing relations of a reconstructed
 * argument start at its main conclusion; undercuts of a reconstructed argument target its last
 * inference; in {@code model: mode: strict} statement-to-statement supports are {@code entails}
 * and attacks {@code contrary}; duplicates merged), sections from headings, the front matter,
 * and every problem found.
 *
 * @param statements equivalence classes by title
 * @param arguments arguments by title
 * @param relations relations
 * @param sections sections in document order
 * @param frontMatter the front matter's keys and values (empty when there is none)
 * @param diagnostics syntax errors and warnings, with file, line and column
 */
public record ArgdownDocument(Map<String, EquivalenceClass> statements, Map<String, Argument> arguments,
                              List<Relation> relations, List<Section> sections, Map<String, Object> frontMatter,
                              List<Diagnostic> diagnostics) {

    /** The relation types of Argdown. */
    public enum RelationType {
        SUPPORT, ATTACK, UNDERCUT, ENTAILS, CONTRARY, CONTRADICTORY;

        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What a statement occurrence is doing where it is written. */
    public enum Role { TOP_LEVEL, RELATION, PREMISE, CONCLUSION, LIST_ITEM }

    /** A heading. {@code parent} is the enclosing section's id or null. */
    public record Section(String id, int level, String title, String parent, Location location) {
    }

    /** One occurrence of a statement: a definition (with text) or a reference (text empty). */
    public record Statement(String title, String text, List<String> tags, Role role, boolean reference,
                            String section, Location location) {
    }

    /** All occurrences of one statement title, with the union of their tags. */
    public record EquivalenceClass(String title, List<Statement> members, List<String> tags, String section) {
        /** The text of the first defining occurrence that has text, or null. */
        public String text() {
            return members.stream().filter(s -> !s.reference() && !s.text().isBlank()).map(Statement::text)
                    .findFirst().orElse(null);
        }

        public Location location() {
            return members.stream().filter(s -> !s.reference()).map(Statement::location).findFirst()
                    .orElse(members.get(0).location());
        }
    }

    /** An argument description or reference. */
    public record Description(String text, List<String> tags, boolean reference, String section, Location location) {
    }

    /**
     * A statement of a premise-conclusion structure; a conclusion carries the inference above it.
     *
     * @param title the equivalence class
     * @param conclusion true when an inference line precedes it
     * @param inferenceRules the rules named on the inference line (conclusions only)
     * @param uses the numbers of the statements the inference uses, from its data {@code {uses: [1, 3]}}
     *     (conclusions only; empty when not given: then the premises since the previous conclusion, and that conclusion)
     */
    public record PcsStatement(String title, boolean conclusion, List<String> inferenceRules, List<Integer> uses,
                               Location location) {
    }

    /** An argument: descriptions and, when reconstructed, its premise-conclusion structure. */
    public record Argument(String title, List<Description> descriptions, List<PcsStatement> pcs, List<String> tags,
                           String section, Location location) {
        public boolean reconstructed() {
            return !pcs.isEmpty();
        }

        /** The text of the last description that has text, or null. */
        public String text() {
            String t = null;
            for (Description d : descriptions) {
                if (!d.reference() && !d.text().isBlank()) {
                    t = d.text();
                }
            }
            return t;
        }
    }

    /** What a relation end is: a statement (equivalence class), an argument, or an argument's last inference. */
    public enum Kind { STATEMENT, ARGUMENT, INFERENCE }

    /** A relation end; for {@link Kind#INFERENCE} the title is the argument's. */
    public record Member(Kind kind, String title) {
        @Override
        public String toString() {
            return switch (kind) {
                case STATEMENT -> "[" + title + "]";
                case ARGUMENT -> "<" + title + ">";
                case INFERENCE -> "inference of <" + title + ">";
            };
        }
    }

    /**
     * A relation, located at its first occurrence; {@code data} is the YAML data written on its
     * relation line, if any (argmap's export names relations there: {@code {relation: r1}}).
     */
    public record Relation(RelationType type, Member from, Member to, Location location, Map<String, Object> data) {
        public Relation(RelationType type, Member from, Member to, Location location) {
            this(type, from, to, location, Map.of());
        }

        /** The value of a data key as text, or null. */
        public String datum(String key) {
            Object v = data.get(key);
            return v == null ? null : String.valueOf(v);
        }
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
