package org.argmap.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argmap.align.Alignment.Compound;
import org.argmap.align.Alignment.Part;
import org.argmap.model.Claim;
import org.argmap.model.Corpus;
import org.argmap.model.Dismissal;
import org.argmap.model.Evidence;
import org.argmap.model.Proposition;
import org.argmap.model.Source;
import org.argmap.model.Stance;

/**
 * Finds catalog propositions that bundle several assertions, so that "all sources affirm it" may
 * claim more than each source says, and suggests the split. Surface cues, no parser:
 *
 * <ul>
 *   <li>{@code because}: a causal connective ({@code because}, {@code since}, {@code as a result of},
 *       {@code due to}, {@code owing to}) joins an assertion to its reason; the reason is split
 *       further into its items;</li>
 *   <li>{@code list}: three or more items separated by commas or semicolons, the last joined with
 *       {@code and}/{@code or} ("war, civil war and famine");</li>
 *   <li>{@code and}: two items joined by {@code and}, each with at least two content terms (so that
 *       "workers and peasants" is one assertion, "the regime repressed workers and crushed the
 *       opposition" two).</li>
 * </ul>
 *
 * Each part lists the claims with a stance on the proposition whose text or quotes (glosses for
 * non-English quotes) hold at least half of the part's stemmed terms, and those that do not: the
 * latter take a stance on more than they say. A {@code dismissed:} entry naming the proposition
 * stops it being listed. Cost: linear in the words of the catalog and of the claims with stances.
 */
final class Compounds {

    private static final Pattern CAUSAL = Pattern.compile("\\s*,?\\s+(because of|because|since|as a result of|due to|owing to)\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[,;]\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST = Pattern.compile("[^,;]+(?:[,;][^,;]+)+,?\\s+(?:and|or)\\s+\\S", Pattern.CASE_INSENSITIVE);

    record Result(List<Compound> compounds, int dismissed) {
    }

    private final Terms terms;

    Compounds(Terms terms) {
        this.terms = terms;
    }

    Result find(Corpus corpus) {
        Set<String> dismissed = new HashSet<>();
        for (Dismissal d : corpus.dismissals()) {
            if (d.proposition() != null) {
                dismissed.add(d.proposition());
            }
        }
        Map<String, Source> sources = new HashMap<>();
        corpus.sources().forEach(s -> sources.putIfAbsent(s.id(), s));
        Map<String, List<Claim>> stanced = new HashMap<>();
        for (Claim c : corpus.claims()) {
            for (Stance s : c.stances()) {
                stanced.computeIfAbsent(s.proposition(), x -> new ArrayList<>()).add(c);
            }
        }
        Map<String, Set<String>> claimTerms = new HashMap<>();
        List<Compound> out = new ArrayList<>();
        int skipped = 0;
        for (Proposition p : corpus.propositions()) {
            Split split = split(p.text());
            if (split == null) {
                continue;
            }
            if (dismissed.contains(p.id())) {
                skipped++;
                continue;
            }
            List<Part> parts = new ArrayList<>();
            for (String part : split.parts) {
                Set<String> want = new LinkedHashSet<>(terms.english(part));
                List<String> covered = new ArrayList<>();
                List<String> uncovered = new ArrayList<>();
                for (Claim c : stanced.getOrDefault(p.id(), List.of())) {
                    Set<String> has = claimTerms.computeIfAbsent(c.ref(), r -> claimTerms(c, sources.get(c.source())));
                    long hit = want.stream().filter(has::contains).count();
                    (2 * hit >= want.size() ? covered : uncovered).add(c.ref());
                }
                parts.add(new Part(split.prefix + part, covered, uncovered));
            }
            out.add(new Compound(p.id(), p.text(), split.signals, parts));
        }
        return new Result(out, skipped);
    }

    private Set<String> claimTerms(Claim c, Source s) {
        Set<String> t = new HashSet<>(terms.english(c.text()));
        for (Evidence e : c.evidence()) {
            t.addAll(terms.english(s != null && s.isNonEnglish() ? e.gloss() : e.quote()));
        }
        return t;
    }

    /** A proposition's suggested parts: {@code prefix + part} each; null when it reads as one assertion. */
    record Split(List<String> signals, String prefix, List<String> parts) {
    }

    Split split(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        List<String> signals = new ArrayList<>();
        String head = null;
        String rest = t;
        String connective = null;
        Matcher m = CAUSAL.matcher(t);
        if (m.find() && m.start() > 0) {
            String h = t.substring(0, m.start());
            String r = t.substring(m.end());
            if (!terms.english(h).isEmpty() && !terms.english(r).isEmpty()) {
                head = h;
                rest = r;
                connective = m.group(1).toLowerCase(Locale.ROOT);
                signals.add("because");
            }
        }
        List<String> items = new ArrayList<>();
        for (String item : SEPARATOR.split(rest)) {
            if (!terms.english(item).isEmpty()) {
                items.add(item.strip());
            }
        }
        if (items.size() >= 3 && LIST.matcher(rest).find()) {
            signals.add("list");
        } else if (items.size() == 2 && rest.toLowerCase(Locale.ROOT).contains(" and ")
                && items.stream().allMatch(i -> terms.english(i).size() >= 2)) {
            signals.add("and");
        } else {
            items = List.of(rest);
        }
        if (signals.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (head != null && items.size() == 1) {
            return new Split(signals, "", List.of(head, items.get(0)));
        }
        parts.addAll(items);
        return new Split(signals, head == null ? "" : head + " " + connective + " ", parts);
    }
}
