package org.argmap.load;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argmap.diag.Diagnostic;

/**
 * Orders diagnostics worst-first and folds the ones that follow from a broken file under the
 * error that broke it.
 *
 * <p><b>Broken file</b>: a map file that could not be read (a YAML syntax error, a forbidden
 * character, not UTF-8, over the size or nesting limits, anchors, or no mapping at the top). It
 * defines nothing, so references to what it would have defined fail in other files. Its
 * <b>cause</b> is the first of its read errors with one of the codes of {@link #FATAL}, else its
 * first error.
 *
 * <p><b>Follows from</b>: since a broken file does not parse, what it would have defined is
 * estimated from its raw text: its file name without extension (the convention for a source id)
 * and every value of an {@code id:} key (source, claim, proposition and relation ids alike), and
 * the values of its {@code proposition:} keys (the stances it would have taken). A diagnostic
 * follows from the broken file when it is
 * <ul>
 *   <li>{@code unknown-source}, {@code unknown-proposition} or {@code unknown-relation} for a name
 *       among those ids, or</li>
 *   <li>{@code unused-proposition} for a proposition the file names in a {@code proposition:} key.</li>
 * </ul>
 * A name two broken files could define is charged to the first in file order. Such diagnostics are
 * taken out of the list and kept under their cause ({@link LoadResult#followOn()}); the cause's
 * hint ends with "and 12 errors that follow from it (in FILES)".
 *
 * <p><b>Order</b>: broken files first, in file order, each led by its cause; then the other
 * files in name order; within a file by line, column and code ({@link Diagnostic#ORDER}).
 * Duplicates are dropped. Cost: O(d log d) for d diagnostics plus one linear scan per broken file.
 */
final class FollowOn {
    /** Codes of errors that leave a file unreadable, the likely causes. */
    static final Set<String> FATAL = Set.of("yaml-syntax", "invalid-character", "not-utf8", "file-too-large", "too-deep",
            "yaml-alias", "io-error", "empty-file", "wrong-type");
    private static final Set<String> UNKNOWN_IDS = Set.of("unknown-source", "unknown-proposition", "unknown-relation");
    /**
     * {@code id: X} or {@code proposition: X} where a key may start (line start, blank, '{', ',' or
     * '-'); X plain, or quoted without escapes. Simple character classes only: Java's matcher
     * recurses on repeated alternations, which long input would overflow.
     */
    private static final Pattern NAMES = Pattern.compile(
            "(?:^|[\\s{,\\-])(id|proposition):[ \\t]+(?:\"([^\"\\n]*)\"|'([^'\\n]*)'|([^\\s#,{}\\[\\]'\"][^\\s#,{}\\[\\]]*))",
            Pattern.MULTILINE);

    private FollowOn() {
    }

    /** A map file that could not be read: its cause and the names it would have defined. */
    record Broken(String file, Diagnostic cause, Set<String> ids, Set<String> stanced) {
    }

    /** The result: what to list, in order, and what is folded under each cause (keys are in {@code visible}). */
    record Arranged(List<Diagnostic> visible, Map<Diagnostic, List<Diagnostic>> followOn) {
    }

    /**
     * Describes the broken file {@code file}.
     *
     * @param read the diagnostics reading it produced (its cause among them)
     * @param bytes its content, or null when it could not be read at all
     * @return the description, or null when reading reported no error
     */
    static Broken broken(String file, List<Diagnostic> read, byte[] bytes) {
        Diagnostic cause = read.stream().filter(d -> d.isError() && FATAL.contains(d.code())).findFirst()
                .orElse(read.stream().filter(Diagnostic::isError).findFirst().orElse(null));
        if (cause == null) {
            return null;
        }
        Set<String> ids = new LinkedHashSet<>();
        Set<String> stanced = new LinkedHashSet<>();
        String name = Path.of(file).getFileName().toString();
        int dot = name.lastIndexOf('.');
        ids.add(dot > 0 ? name.substring(0, dot) : name);
        if (bytes != null) {
            Matcher m = NAMES.matcher(new String(bytes, StandardCharsets.UTF_8));
            while (m.find()) {
                String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
                (m.group(1).equals("id") ? ids : stanced).add(value.strip());
            }
        }
        return new Broken(file, cause, ids, stanced);
    }

    /**
     * Drops duplicates, folds what follows from {@code broken} files and orders the rest.
     *
     * @param all every diagnostic, in the order found
     * @param broken the files that could not be read, in file order
     * @param unresolved for each unresolved-reference diagnostic (by identity), the name it could not find
     */
    static Arranged arrange(List<Diagnostic> all, List<Broken> broken, Map<Diagnostic, String> unresolved) {
        List<Diagnostic> unique = new ArrayList<>();
        Set<Diagnostic> seen = new java.util.HashSet<>();
        for (Diagnostic d : all) {
            if (seen.add(d)) {
                unique.add(d);
            }
        }
        Map<Diagnostic, List<Diagnostic>> folded = new LinkedHashMap<>();
        List<Diagnostic> rest = new ArrayList<>();
        for (Diagnostic d : unique) {
            Broken from = unresolved.containsKey(d) ? causeOf(d, unresolved.get(d), broken) : null;
            if (from != null && !from.file().equals(d.file())) {
                folded.computeIfAbsent(from.cause(), k -> new ArrayList<>()).add(d);
            } else {
                rest.add(d);
            }
        }
        Map<String, Integer> rank = new HashMap<>();
        Set<Diagnostic> causes = new java.util.HashSet<>();
        for (Broken b : broken) {
            rank.putIfAbsent(b.file(), rank.size());
            causes.add(b.cause());
        }
        rest.sort(Comparator.<Diagnostic>comparingInt(d -> rank.getOrDefault(d.file(), Integer.MAX_VALUE))
                .thenComparing(Diagnostic::file)
                .thenComparing(d -> !causes.contains(d))
                .thenComparing(Diagnostic.ORDER));
        Map<Diagnostic, List<Diagnostic>> followOn = new LinkedHashMap<>();
        List<Diagnostic> visible = new ArrayList<>(rest.size());
        for (Diagnostic d : rest) {
            List<Diagnostic> f = folded.get(d);
            if (f == null) {
                visible.add(d);
                continue;
            }
            f.sort(Diagnostic.ORDER);
            String note = "and " + count(f) + " that follow from it (in " + files(f) + ")";
            Diagnostic cause = new Diagnostic(d.severity(), d.code(), d.message(), d.file(), d.line(), d.column(),
                    d.hint() == null ? note : d.hint() + "; " + note);
            visible.add(cause);
            followOn.put(cause, List.copyOf(f));
        }
        return new Arranged(visible, followOn);
    }

    private static Broken causeOf(Diagnostic d, String name, List<Broken> broken) {
        for (Broken b : broken) {
            if (UNKNOWN_IDS.contains(d.code()) && b.ids().contains(name)
                    || d.code().equals("unused-proposition") && b.stanced().contains(name)) {
                return b;
            }
        }
        return null;
    }

    private static String count(List<Diagnostic> ds) {
        long errors = ds.stream().filter(Diagnostic::isError).count();
        long warnings = ds.size() - errors;
        String e = errors == 1 ? "1 error" : errors + " errors";
        String w = warnings == 1 ? "1 warning" : warnings + " warnings";
        return errors == 0 ? w : warnings == 0 ? e : e + " and " + w;
    }

    private static String files(List<Diagnostic> ds) {
        List<String> fs = ds.stream().map(Diagnostic::file).distinct().sorted().toList();
        return fs.size() <= 3 ? String.join(", ", fs) : String.join(", ", fs.subList(0, 3)) + " and " + (fs.size() - 3) + " more";
    }
}
