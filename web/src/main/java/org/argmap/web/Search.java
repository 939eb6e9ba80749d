package org.argmap.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.argmap.model.Claim;
import org.argmap.model.Corpus;
import org.argmap.model.Evidence;
import org.argmap.model.Source;

/**
 * Full-text search over claims, quotes and sources, with facets (type, source, kind). A hit must
 * contain every word of the query, compared without case and accents ("ancien regime" finds
 * "Ancien Régime"). Each facet counts the hits that the other two filters let through, so a count
 * says how many results clicking the value gives. A linear scan: the corpus is hundreds of items,
 * and a scan needs no index to keep in step with reloads (a search engine library would).
 */
final class Search {

    /** The three kinds of thing searched. */
    enum Type { CLAIM, QUOTE, SOURCE;

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Type parse(String s) {
            for (Type t : values()) {
                if (t.word().equals(s)) {
                    return t;
                }
            }
            return null;
        }
    }

    /**
     * A query.
     *
     * @param q the words; blank matches everything
     * @param type only this type, or null
     * @param source only this source id, or null
     * @param kind only this claim kind or evidence kind, or null
     */
    record Query(String q, Type type, String source, String kind) {
        Query {
            q = q == null ? "" : q.strip();
            source = blank(source) ? null : source;
            kind = blank(kind) ? null : kind;
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }

        boolean isEmpty() {
            return q.isEmpty() && type == null && source == null && kind == null;
        }
    }

    /**
     * One result.
     *
     * @param type claim, quote or source
     * @param id the claim reference, evidence id or source id
     * @param source the source id
     * @param kind the claim or evidence kind; for a source, its language
     * @param title what to show first (the claim text, the quote, the source title)
     * @param detail a second line (the claim a quote backs, a source's authors), or null
     * @param href where the result is shown
     */
    record Hit(Type type, String id, String source, String kind, String title, String detail, String href) {
    }

    /**
     * The results with their facets.
     *
     * @param hits hits in corpus order: sources, claims, then quotes
     * @param types count per type
     * @param sources count per source id
     * @param kinds count per kind, all types together
     * @param words the folded query words, for highlighting
     * @param kindsByType the same counts split by the type of hit: claim kinds, quote (evidence)
     *     kinds and source languages, which are shown as separate facets; the three vocabularies
     *     are disjoint, so one {@code kind} filter serves all three
     */
    record Result(List<Hit> hits, Map<String, Integer> types, Map<String, Integer> sources, Map<String, Integer> kinds,
                  List<String> words, Map<Type, Map<String, Integer>> kindsByType) {
    }

    private Search() {
    }

    /** Runs the query on the corpus. */
    static Result run(Corpus corpus, Query query) {
        List<String> words = Arrays.stream(fold(query.q()).split("\\s+")).filter(w -> !w.isEmpty()).toList();
        List<Candidate> all = candidates(corpus);
        List<Candidate> matching = all.stream().filter(c -> words.stream().allMatch(c.haystack::contains)).toList();
        Predicate<Candidate> byType = c -> query.type() == null || c.hit.type() == query.type();
        Predicate<Candidate> bySource = c -> query.source() == null || c.hit.source().equals(query.source());
        Predicate<Candidate> byKind = c -> query.kind() == null || c.hit.kind().equals(query.kind());
        Map<String, Integer> types = new TreeMap<>();
        Map<String, Integer> sources = new TreeMap<>();
        Map<String, Integer> kinds = new TreeMap<>();
        Map<Type, Map<String, Integer>> kindsByType = new java.util.EnumMap<>(Type.class);
        for (Type type : Type.values()) {
            kindsByType.put(type, new TreeMap<>());
        }
        List<Hit> hits = new ArrayList<>();
        for (Candidate c : matching) {
            boolean t = byType.test(c);
            boolean s = bySource.test(c);
            boolean k = byKind.test(c);
            if (s && k) {
                types.merge(c.hit.type().word(), 1, Integer::sum);
            }
            if (t && k) {
                sources.merge(c.hit.source(), 1, Integer::sum);
            }
            if (t && s) {
                kinds.merge(c.hit.kind(), 1, Integer::sum);
                kindsByType.get(c.hit.type()).merge(c.hit.kind(), 1, Integer::sum);
            }
            if (t && s && k) {
                hits.add(c.hit);
            }
        }
        return new Result(hits, types, sources, kinds, words, kindsByType);
    }

    private record Candidate(Hit hit, String haystack) {
    }

    private static List<Candidate> candidates(Corpus corpus) {
        List<Candidate> out = new ArrayList<>();
        for (Source s : corpus.sources()) {
            out.add(new Candidate(new Hit(Type.SOURCE, s.id(), s.id(), s.language(), s.title(),
                    String.join(", ", s.authors()) + (s.outlet() == null ? "" : " · " + s.outlet()) + " · " + s.date(),
                    "/maps/" + Html.url(s.id())),
                    fold(String.join(" ", s.id(), s.title(), String.join(" ", s.authors()), nn(s.outlet()), nn(s.date()),
                            nn(s.tradition()), nn(s.notes())))));
        }
        for (Claim c : corpus.claims()) {
            out.add(new Candidate(new Hit(Type.CLAIM, c.ref(), c.source(), c.kind().word(), c.text(), c.ref(),
                    "/maps/" + Html.url(c.source()) + "#claim=" + Html.url(c.ref())),
                    fold(String.join(" ", c.id(), c.text(), String.join(" ", c.tags()), nn(c.note())))));
        }
        for (Evidence e : corpus.evidence()) {
            out.add(new Candidate(new Hit(Type.QUOTE, e.id(), e.source(), e.kind().word(), e.quote(),
                    e.gloss() == null ? e.source() + "/" + e.claim() : e.gloss(),
                    "/maps/" + Html.url(e.source()) + "#claim=" + Html.url(e.source() + "/" + e.claim())),
                    fold(String.join(" ", e.quote(), nn(e.gloss()), nn(e.speaker()), nn(e.note())))));
        }
        return out;
    }

    private static String nn(String s) {
        return s == null ? "" : s;
    }

    /**
     * Folds a string for matching, char by char so that positions are kept: lower case, accents
     * removed, typographic quotes and dashes made plain.
     */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append(foldChar(s.charAt(i)));
        }
        return b.toString();
    }

    private static char foldChar(char c) {
        if (c < 128) {
            return Character.toLowerCase(c);
        }
        switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u2032' -> {
                return '\'';
            }
            case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> {
                return '"';
            }
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> {
                return '-';
            }
            default -> {
                if (Character.isSurrogate(c)) {
                    return c;
                }
                String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                return Character.toLowerCase(d.charAt(0));
            }
        }
    }

    /**
     * Writes {@code text} escaped, with each occurrence of a query word wrapped in {@code <mark>}.
     */
    static void highlight(Html out, String text, List<String> words) {
        if (words.isEmpty()) {
            out.text(text);
            return;
        }
        String folded = fold(text);
        boolean[] marked = new boolean[text.length()];
        for (String w : words) {
            for (int i = folded.indexOf(w); i >= 0; i = folded.indexOf(w, i + 1)) {
                Arrays.fill(marked, i, i + w.length(), true);
            }
        }
        int i = 0;
        while (i < text.length()) {
            int j = i;
            while (j < text.length() && marked[j] == marked[i]) {
                j++;
            }
            if (marked[i]) {
                out.el("mark", text.substring(i, j));
            } else {
                out.text(text.substring(i, j));
            }
            i = j;
        }
    }
}
