package org.argmap.load;

import java.util.HashSet;
import java.util.Set;

/**
 * Finds a quote in a source text: byte for byte first; then after normalising only whitespace
 * (runs collapsed to one space) and typographic quotes and dashes; else the closest passage by
 * a character-trigram window search, scored by edit distance, for the hint.
 *
 * <p>Offsets are in Unicode code points of the original text, start inclusive, end exclusive.
 * Cost: one exact search O(n·m) worst case; the normalised text of a source is built once
 * (O(n)); the fuzzy search is O(n + m²).
 */
public final class QuoteFinder {

    /** Outcome of a search. */
    public record Match(Status status, int start, int end, String closest, int closestLine, double similarity) {
        public enum Status { EXACT, NORMALISED, NOT_FOUND }
    }

    private final String text;
    private final String normalised;
    private final int[] normToOrig;

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
        int i = text.indexOf(quote);
        if (i >= 0 && !quote.isEmpty()) {
            int start = text.codePointCount(0, i);
            return new Match(Match.Status.EXACT, start, start + quote.codePointCount(0, quote.length()), null, 0, 1.0);
        }
        String nq = normalise(quote).strip();
        if (!nq.isEmpty()) {
            int j = normalised.indexOf(nq);
            if (j >= 0) {
                int os = normToOrig[j];
                int oe = normToOrig[j + nq.length() - 1] + 1;
                return new Match(Match.Status.NORMALISED, text.codePointCount(0, os), text.codePointCount(0, oe),
                        text.substring(os, oe), lineOf(os), 1.0);
            }
        }
        return closest ? closest(quote) : new Match(Match.Status.NOT_FOUND, -1, -1, null, 0, 0);
    }

    private int lineOf(int charIndex) {
        int line = 1;
        for (int k = 0; k < charIndex && k < text.length(); k++) {
            if (text.charAt(k) == '\n') {
                line++;
            }
        }
        return line;
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
