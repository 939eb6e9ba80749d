package org.argmap.load;

import java.util.Collection;
import java.util.Locale;

/** Small text utilities: edit distance and did-you-mean suggestions. */
public final class Text {
    private Text() {
    }

    /** Levenshtein distance, O(|a|·|b|) time, O(|b|) memory. */
    public static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= b.length(); j++) {
                int cost = ca == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Words longer than this get no edit-distance suggestion (only the prefix one): ids are short, and the cost is O(|word|·|candidate|). */
    static final int MAX_TYPO_LENGTH = 100;

    /**
     * The candidate closest to {@code word} when it is close enough to be a likely typo
     * (distance at most a third of the word's length, at least 2), or null. Ties go to the
     * first in iteration order, so pass an ordered collection for stable output. Else a candidate
     * that {@code word} starts, or that starts {@code word}. Cost: O(Σ|candidate|·min(|word|, 100)).
     */
    public static String didYouMean(String word, Collection<String> candidates) {
        if (word == null) {
            return null;
        }
        String w = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestD = Integer.MAX_VALUE;
        int allowed = Math.max(2, w.length() / 3);
        for (String c : w.length() > MAX_TYPO_LENGTH ? java.util.List.<String>of() : candidates) {
            if (Math.abs(c.length() - w.length()) > allowed) {
                continue; // the distance is at least the difference in length
            }
            int d = levenshtein(w, c.toLowerCase(Locale.ROOT));
            if (d < bestD) {
                bestD = d;
                best = c;
            }
        }
        if (best != null && bestD <= allowed && bestD > 0) {
            return best;
        }
        // a prefix or containment is a good hint too (e.g. 'ussr-workers' for 'ussr-workers-state')
        for (String c : candidates) {
            if (w.length() >= 4 && (c.startsWith(w) || w.startsWith(c) && c.length() >= 4)) {
                return c;
            }
        }
        return null;
    }

    /** "did you mean 'x'?" or null. */
    public static String hint(String word, Collection<String> candidates) {
        String s = didYouMean(word, candidates);
        return s == null ? null : "did you mean '" + s + "'?";
    }

    /** Shortens text to at most {@code max} characters with an ellipsis, on one line. */
    public static String abbreviate(String s, int max) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, Math.max(0, max - 1)) + "…";
    }
}
