package org.argmap.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.argmap.model.Claim;
import org.argmap.model.Corpus;
import org.argmap.model.Proposition;
import org.argmap.model.Relation;

import org.argmap.model.Stance;
import org.argmap.model.StanceType;

/**
 * The propositions a set of sources disagree on, for the comparison's "disagreements only"
 * filter. A proposition is disputed when two of the sources take different stances on it (one
 * affirms, another denies or qualifies), or when it is one side of a conflict between two sources
 * through a relation between propositions: both affirm two propositions that are contrary or
 * contradict, both deny two that contradict, or one affirms a proposition that entails one the
 * other denies (equivalence counts as entailment both ways).
 */
final class Disagreements {

    private Disagreements() {
    }

    /** The disputed proposition ids among {@code sourceIds} (all sources when empty), in catalog order. */
    static Set<String> propositions(Corpus corpus, List<String> sourceIds) {
        Map<String, Map<String, Set<StanceType>>> pos = positions(corpus, sourceIds);
        Set<String> disputed = new LinkedHashSet<>();
        for (var e : pos.entrySet()) {
            if (e.getValue().values().stream().distinct().count() > 1) {
                disputed.add(e.getKey());
            }
        }
        for (Relation r : corpus.relations()) {
            if (r.type().betweenClaims()) {
                continue;
            }
            Map<String, Set<StanceType>> a = pos.getOrDefault(r.from(), Map.of());
            Map<String, Set<StanceType>> b = pos.getOrDefault(r.to(), Map.of());
            boolean conflict = switch (r.type()) {
                case CONTRARY -> across(a, StanceType.AFFIRMS, b, StanceType.AFFIRMS);
                case CONTRADICTS -> across(a, StanceType.AFFIRMS, b, StanceType.AFFIRMS)
                        || across(a, StanceType.DENIES, b, StanceType.DENIES);
                case ENTAILS -> across(a, StanceType.AFFIRMS, b, StanceType.DENIES);
                case EQUIVALENT -> across(a, StanceType.AFFIRMS, b, StanceType.DENIES)
                        || across(a, StanceType.DENIES, b, StanceType.AFFIRMS);
                default -> false;
            };
            if (conflict) {
                disputed.add(r.from());
                disputed.add(r.to());
            }
        }
        Set<String> ordered = new LinkedHashSet<>();
        for (Proposition p : corpus.propositions()) {
            if (disputed.contains(p.id())) {
                ordered.add(p.id());
            }
        }
        return ordered;
    }

    /** For each proposition, each source's set of stance types on it (sources in corpus order). */
    static Map<String, Map<String, Set<StanceType>>> positions(Corpus corpus, List<String> sourceIds) {
        Map<String, Map<String, Set<StanceType>>> pos = new TreeMap<>();
        for (Stance st : corpus.stances()) {
            if (sourceIds.isEmpty() || sourceIds.contains(st.source())) {
                pos.computeIfAbsent(st.proposition(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(st.source(), k -> EnumSet.noneOf(StanceType.class)).add(st.type());
            }
        }
        return pos;
    }

    /** True when one source takes {@code ta} in {@code a} and a different source takes {@code tb} in {@code b}. */
    private static boolean across(Map<String, Set<StanceType>> a, StanceType ta, Map<String, Set<StanceType>> b, StanceType tb) {
        for (var x : a.entrySet()) {
            for (var y : b.entrySet()) {
                if (!x.getKey().equals(y.getKey()) && x.getValue().contains(ta) && y.getValue().contains(tb)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The corpus narrowed to what the comparison of {@code sourceIds} disputes: the sources' claims
     * keep only their stances on disputed propositions, and the catalog only those propositions.
     */
    static Corpus narrow(Corpus corpus, List<String> sourceIds) {
        Set<String> keep = propositions(corpus, sourceIds);
        List<Claim> claims = new ArrayList<>();
        for (Claim c : corpus.claims()) {
            List<Stance> st = c.stances().stream().filter(s -> keep.contains(s.proposition())).toList();
            claims.add(new Claim(c.source(), c.id(), c.text(), c.kind(), c.tags(), c.evidence(), st, c.note(), c.location()));
        }
        List<Proposition> props = corpus.propositions().stream().filter(p -> keep.contains(p.id())).toList();
        List<Relation> rels = corpus.relations().stream()
                .filter(r -> r.type().betweenClaims() || (keep.contains(r.from()) && keep.contains(r.to()))).toList();
        return new Corpus(corpus.sources(), claims, props, rels, corpus.expectations());
    }

}
