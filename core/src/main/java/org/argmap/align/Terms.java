package org.argmap.align;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Words to index terms, with Apache Lucene's analyzers: {@link EnglishAnalyzer} (standard
 * tokenizer, lower case, English stop words, possessive removal, Porter stemming) for claim texts,
 * propositions and glosses, and the analyzer of the source's language ({@link DutchAnalyzer} for
 * {@code nl}; German, French, Spanish likewise; Lucene's {@link StandardAnalyzer} otherwise) for the
 * original words of a non-English quote. Original-language terms are prefixed with the language
 * ({@code nl:staat}) so that they match only quotes in that language.
 *
 * <p>The English stop words include {@code not} and {@code no}: similarity is blind to negation on
 * purpose (a claim and its negation are about the same proposition); {@link #negations} counts the
 * negation cues separately, on the raw words.
 *
 * <p>Thread-safe: Lucene analyzers reuse their token streams per thread.
 */
final class Terms {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019][\\p{L}]+)?");

    /** Words that negate what follows them. "not only" and "not just" do not count. */
    static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nor", "neither", "none", "nothing", "nobody",
            "nowhere", "without", "cannot", "lack", "lacks", "lacked", "lacking", "absence");

    private static boolean inScope(List<String> words, int cue, java.util.function.Function<String, Boolean> relevant) {
        int seen = 0;
        for (int k = cue + 1; k < words.size() && seen < SCOPE; k++) {
            Boolean r = relevant.apply(words.get(k));
            if (r == null) {
                continue;
            }
            if (r) {
                return true;
            }
            seen++;
        }
        return false;
    }

    private final Analyzer english = new EnglishAnalyzer();
    private final Analyzer dutch = new DutchAnalyzer();
    private final Analyzer german = new GermanAnalyzer();
    private final Analyzer french = new FrenchAnalyzer();
    private final Analyzer spanish = new SpanishAnalyzer();
    private final Analyzer standard = new StandardAnalyzer();

    /** The English terms of {@code text}, in order, repeats kept. */
    List<String> english(String text) {
        return terms(english, text, null);
    }

    /** The terms of {@code text} in {@code language}: English terms for English, else prefixed with the language code. */
    List<String> original(String text, String language) {
        String lang = language == null ? "en" : language.toLowerCase(Locale.ROOT);
        int dash = lang.indexOf('-');
        if (dash > 0) {
            lang = lang.substring(0, dash);
        }
        Analyzer a = switch (lang) {
            case "en" -> english;
            case "nl" -> dutch;
            case "de" -> german;
            case "fr" -> french;
            case "es" -> spanish;
            default -> standard;
        };
        return terms(a, text, lang.equals("en") ? null : lang + ":");
    }

    private static List<String> terms(Analyzer a, String text, String prefix) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(prefix == null ? term.toString() : prefix + term);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return out;
    }

    /**
     * The number of negation cues in an English text: the words of {@link #NEGATIONS} and
     * contractions ending in {@code n't} ("didn't"), except "not only", "not just", "not merely";
     * "neither ... nor" counts once.
     * The parity of this count is the text's polarity (odd: negated).
     */
    static int negations(String text) {
        return negations(text, null);
    }

    /**
     * The negation cues that bear on the given stemmed terms: those with one of the terms among
     * the next {@link #SCOPE} content words (stop words are skipped). With {@code about} null, every
     * cue counts.
     */
    int negationsAbout(String text, Set<String> about) {
        return negations(text, about == null ? null : w -> {
            String t = stem(w);
            return t == null ? null : about.contains(t);
        });
    }

    /**
     * The scope of each negation cue of an English text, in order: the stems of the next
     * {@link #SCOPE} content words. {@code negationsAbout(text, about)} is the number of scopes
     * that meet {@code about}; computing the scopes once serves every set of terms.
     */
    List<Set<String>> negationScopes(String text) {
        List<Set<String>> out = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        List<String> words = new ArrayList<>();
        while (m.find()) {
            words.add(m.group().replace('\u2019', '\''));
        }
        boolean neither = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals("neither")) {
                neither = true;
            } else if (w.equals("nor") && neither) {
                continue;
            }
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            if (w.equals("not") && (next.equals("only") || next.equals("just") || next.equals("merely"))) {
                continue;
            }
            if (NEGATIONS.contains(w) || w.endsWith("n't")) {
                Set<String> scope = new java.util.HashSet<>();
                int seen = 0;
                for (int k = i + 1; k < words.size() && seen < SCOPE; k++) {
                    String t = stem(words.get(k));
                    if (t != null) {
                        scope.add(t);
                        seen++;
                    }
                }
                out.add(scope);
            }
        }
        return out;
    }

    /** The number of scopes that hold one of the terms. */
    static int negationsAbout(List<Set<String>> scopes, Set<String> about) {
        int n = 0;
        for (Set<String> s : scopes) {
            if (s.stream().anyMatch(about::contains)) {
                n++;
            }
        }
        return n;
    }

    private final java.util.concurrent.ConcurrentHashMap<String, java.util.Optional<String>> stems =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The English stem of one word, or null for a stop word; cached. */
    String stem(String word) {
        if (stems.size() > 200_000) {
            stems.clear();
        }
        return stems.computeIfAbsent(word, w -> {
            List<String> t = english(w);
            return t.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(t.get(0));
        }).orElse(null);
    }

    /** Content words (not stop words) after a negation cue that it can bear on. */
    static final int SCOPE = 2;

    /** {@code relevant} answers null for a stop word (not counted in the scope), else whether the word matters. */
    private static int negations(String text, java.util.function.Function<String, Boolean> relevant) {
        if (text == null) {
            return 0;
        }
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        List<String> words = new ArrayList<>();
        while (m.find()) {
            words.add(m.group().replace('\u2019', '\''));
        }
        int n = 0;
        boolean neither = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals("neither")) {
                neither = true;
            } else if (w.equals("nor") && neither) {
                continue;
            }
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            if (w.equals("not") && (next.equals("only") || next.equals("just") || next.equals("merely"))) {
                continue;
            }
            if ((NEGATIONS.contains(w) || w.endsWith("n't")) && (relevant == null || inScope(words, i, relevant))) {
                n++;
            }
        }
        return n;
    }
}
