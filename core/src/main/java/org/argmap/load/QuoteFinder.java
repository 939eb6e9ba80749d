package org.argmap.load;

import java.util.HashSet;
import java.util.Set;

/**
 * Finds a quote in a source text: byte for byte first; then after normalising only whitespace
 * (runs collapsed to one space) and typographic quotes and dashes; else the closest passage by
 * a character-trigram window search, scored by edit distance, for the hint. A quote found is
 * always reported at its first occurrence.
 *
 * <p>Offsets are in Unicode code points of the original text, start inclusive, end exclusive.
 *
 * <p>Cost, for a text of n characters and q quotes of length m: the normalised text is built once
 * (O(n)). The first few lookups scan the text ({@code String.indexOf}, O(n) each); after that the
 * finder indexes every {@value GramIndex#K}-character window of the text once (O(n log n) time,
 * 8 bytes a character; texts over {@value #MAX_INDEXED} characters are not indexed) and answers
 * each lookup from the index: O(m log n) to pick the quote's rarest window plus O(m) per place
 * where that window occurs, which on prose is one or a few. Offsets in code points and line
 * numbers come from checkpoints, O(1) and O(log n). So q quotes cost O(n log n + q·m log n) on
 * prose instead of O(q·n); a degenerate text (one letter repeated) can still cost O(q·n·m).
 * Quotes shorter than the window are scanned for once per distinct quote. The fuzzy search is
 * O(n + m²) and callers cap how often they ask for it.
 */
public final class QuoteFinder {

    /** Outcome of a search. */
    public record Match(Status status, int start, int end, String closest, int closestLine, double similarity) {
        public enum Status { EXACT, NORMALISED, NOT_FOUND }
    }

    /** Texts longer than this are not indexed (the index takes 8 bytes a character). */
    static final int MAX_INDEXED = 16 << 20;
    /** Lookups answered by scanning before the text is indexed. */
    static final int SCANS_BEFORE_INDEX = 8;
    private static final int CHECKPOINT = 4096;

    private final String text;
    private final String normalised;
    private final int[] normToOrig;
    private int lookups;
    private GramIndex textIndex;
    private GramIndex normalisedIndex;
    private int[] codePointsAt;
    private int[] newlines;
    private final java.util.Map<String, Integer> shortQuotes = new java.util.HashMap<>();
    private final java.util.Map<String, Integer> shortNormalised = new java.util.HashMap<>();

    public QuoteFinder(String text) {
        this.text = text;
        StringBuilder sb = new StringBuilder(text.length());
        int[] map = new int[text.length() + 1];
        boolean lastSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (lastSpace) {
                    continue;
                }
                map[sb.length()] = i;
                sb.append(' ');
                lastSpace = true;
            } else {
                map[sb.length()] = i;
                sb.append(normalChar(c));
                lastSpace = false;
            }
        }
        map[sb.length()] = text.length();
        this.normalised = sb.toString();
        this.normToOrig = java.util.Arrays.copyOf(map, sb.length() + 1);
    }

    /** Maps typographic quotes and dashes to their ASCII forms; other characters unchanged. */
    static char normalChar(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '`', '\u00B4' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            default -> c;
        };
    }

    static String normalise(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean lastSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (!lastSpace) {
                    sb.append(' ');
                }
                lastSpace = true;
            } else {
                sb.append(normalChar(c));
                lastSpace = false;
            }
        }
        return sb.toString();
    }

    /** Looks the quote up, with the closest passage when it is not found. */
    public Match find(String quote) {
        return find(quote, true);
    }

    /**
     * Looks the quote up; with {@code closest} false a quote that is not found gets no closest
     * passage (the fuzzy search is the costly part, so callers cap how often they ask for it).
     */
    public Match find(String quote, boolean closest) {
        lookups++;
        int i = quote.isEmpty() ? -1 : firstIndex(text, quote, false);
        if (i >= 0) {
            int start = codePoint(i);
            return new Match(Match.Status.EXACT, start, start + quote.codePointCount(0, quote.length()), null, 0, 1.0);
        }
        String nq = normalise(quote).strip();
        if (!nq.isEmpty()) {
            int j = firstIndex(normalised, nq, true);
            if (j >= 0) {
                int os = normToOrig[j];
                int oe = normToOrig[j + nq.length() - 1] + 1;
                return new Match(Match.Status.NORMALISED, codePoint(os), codePoint(oe), text.substring(os, oe), lineOf(os), 1.0);
            }
        }
        return closest ? closest(quote) : new Match(Match.Status.NOT_FOUND, -1, -1, null, 0, 0);
    }

    /** The first index of {@code q} in {@code s} (the text or its normalised form), or -1. */
    private int firstIndex(String s, String q, boolean isNormalised) {
        if (lookups <= SCANS_BEFORE_INDEX || s.length() > MAX_INDEXED) {
            return s.indexOf(q);
        }
        if (q.length() < GramIndex.K) {
            return (isNormalised ? shortNormalised : shortQuotes).computeIfAbsent(q, s::indexOf);
        }
        GramIndex index = isNormalised ? normalisedIndex : textIndex;
        if (index == null) {
            index = new GramIndex(s);
            if (isNormalised) {
                normalisedIndex = index;
            } else {
                textIndex = index;
            }
        }
        return index.first(q);
    }

    /** The code point offset of a char index: from a checkpoint every 4,096 characters, O(1). */
    private int codePoint(int charIndex) {
        if (codePointsAt == null) {
            int[] cp = new int[text.length() / CHECKPOINT + 1];
            for (int k = 1; k < cp.length; k++) {
                cp[k] = cp[k - 1] + text.codePointCount((k - 1) * CHECKPOINT, k * CHECKPOINT);
            }
            codePointsAt = cp;
        }
        int k = charIndex / CHECKPOINT;
        return codePointsAt[k] + text.codePointCount(k * CHECKPOINT, charIndex);
    }

    /** The 1-based line of a char index: binary search over the newlines' offsets, O(log n). */
    private int lineOf(int charIndex) {
        if (newlines == null) {
            int count = 0;
            for (int k = 0; k < text.length(); k++) {
                if (text.charAt(k) == '\n') {
                    count++;
                }
            }
            int[] nl = new int[count];
            for (int k = 0, c = 0; k < text.length(); k++) {
                if (text.charAt(k) == '\n') {
                    nl[c++] = k;
                }
            }
            newlines = nl;
        }
        int at = java.util.Arrays.binarySearch(newlines, charIndex);
        return (at >= 0 ? at : -at - 1) + 1;
    }

    /**
     * Every window of {@link #K} characters of a text, as (hash, position) sorted by hash and then
     * position. A lookup picks the quote's window that occurs least often and checks the places
     * where it occurs in text order, so the first that matches is the first occurrence.
     */
    static final class GramIndex {
        static final int K = 6;
        private static final int BASE = 0x9E3779B1;
        private static final int POW = pow();
        private final String s;
        private final long[] keys;

        GramIndex(String s) {
            this.s = s;
            int n = s.length() - K + 1;
            keys = new long[Math.max(0, n)];
            int h = 0;
            for (int k = 0; k < K && k < s.length(); k++) {
                h = h * BASE + s.charAt(k);
            }
            for (int i = 0; i < n; i++) {
                keys[i] = (long) h << 32 | i;
                if (i + K < s.length()) {
                    h = (h - s.charAt(i) * POW) * BASE + s.charAt(i + K);
                }
            }
            java.util.Arrays.sort(keys);
        }

        private static int pow() {
            int p = 1;
            for (int k = 1; k < K; k++) {
                p *= BASE;
            }
            return p;
        }

        /** The first index of {@code q} (at least {@link #K} characters) in the text, or -1. */
        int first(String q) {
            int m = q.length();
            int h = 0;
            for (int k = 0; k < K; k++) {
                h = h * BASE + q.charAt(k);
            }
            int bestFrom = 0;
            int bestTo = 0;
            int bestOffset = -1;
            for (int o = 0; ; o++) {
                long lo = (long) h << 32;
                int from = lowerBound(lo);
                int to = lowerBound(lo + 0x80000000L);
                if (bestOffset < 0 || to - from < bestTo - bestFrom) {
                    if (from == to) {
                        return -1;
                    }
                    bestFrom = from;
                    bestTo = to;
                    bestOffset = o;
                }
                if (o + K >= m) {
                    break;
                }
                h = (h - q.charAt(o) * POW) * BASE + q.charAt(o + K);
            }
            for (int k = bestFrom; k < bestTo; k++) {
                int p = (int) keys[k] - bestOffset;
                if (p >= 0 && p + m <= s.length() && s.regionMatches(p, q, 0, m)) {
                    return p;
                }
            }
            return -1;
        }

        private int lowerBound(long key) {
            int lo = 0;
            int hi = keys.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (keys[mid] < key) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }

    private Match closest(String quote) {
        String nq = normalise(quote).strip().toLowerCase(java.util.Locale.ROOT);
        String nt = normalised.toLowerCase(java.util.Locale.ROOT);
        int m = nq.length();
        if (m < 3 || nt.length() < 3) {
            return new Match(Match.Status.NOT_FOUND, -1, -1, null, 0, 0);
        }
        Set<Integer> grams = new HashSet<>();
        for (int k = 0; k + 3 <= m; k++) {
            grams.add(gram(nq, k));
        }
        int n = nt.length();
        int[] hit = new int[n];
        for (int k = 0; k + 3 <= n; k++) {
            hit[k] = grams.contains(gram(nt, k)) ? 1 : 0;
        }
        int window = Math.max(1, Math.min(n, m - 2));
        int sum = 0;
        for (int k = 0; k < window; k++) {
            sum += hit[k];
        }
        int best = sum;
        int bestAt = 0;
        for (int k = window; k < n; k++) {
            sum += hit[k] - hit[k - window];
            if (sum > best) {
                best = sum;
                bestAt = k - window + 1;
            }
        }
        // refine: slide the window around the trigram optimum to the best edit-distance alignment
        int step = Math.max(1, m / 40);
        int from = bestAt;
        double sim = -1;
        for (int k = Math.max(0, bestAt - m / 4); k <= Math.min(n - 1, bestAt + m / 4); k += step) {
            double s = similarity(nq, nt.substring(k, Math.min(n, k + m)));
            if (s > sim) {
                sim = s;
                from = k;
            }
        }
        int to = Math.min(n, from + m);
        int os = normToOrig[from];
        int oe = normToOrig[Math.max(from, to - 1)] + 1;
        while (oe < text.length() && Character.isLetterOrDigit(text.charAt(oe)) && Character.isLetterOrDigit(text.charAt(oe - 1))) {
            oe++;
        }
        String passage = text.substring(os, oe).strip();
        int lead = text.substring(os, oe).indexOf(passage.isEmpty() ? " " : passage.substring(0, 1));
        return new Match(Match.Status.NOT_FOUND, -1, -1, passage, lineOf(os + Math.max(0, lead)), sim);
    }

    private static int gram(String s, int k) {
        return (s.charAt(k) << 16) ^ (s.charAt(k + 1) << 8) ^ s.charAt(k + 2) ^ (s.charAt(k + 2) << 24);
    }

    /** 1 − (Levenshtein distance / longer length); inputs capped at 2,000 characters. */
    public static double similarity(String a, String b) {
        a = a.length() > 2000 ? a.substring(0, 2000) : a;
        b = b.length() > 2000 ? b.substring(0, 2000) : b;
        int max = Math.max(a.length(), b.length());
        return max == 0 ? 1.0 : 1.0 - (double) Text.levenshtein(a, b) / max;
    }
}
