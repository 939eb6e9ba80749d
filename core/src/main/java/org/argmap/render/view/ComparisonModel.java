package org.argmap.render.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.argmap.model.Claim;
import org.argmap.model.Corpus;
import org.argmap.model.Proposition;
import org.argmap.model.Relation;
import org.argmap.model.RelationType;
import org.argmap.model.Source;
import org.argmap.model.Stance;
import org.argmap.model.StanceType;

/**
 * What the comparison and matrix views need to know about how sources relate, derived from the
 * corpus alone: the stance matrix (propositions &times; sources, from the claims' stances), the
 * agreements (two or more sources taking the same stance on a proposition), and the
 * contradictions between sources, either {@link Contradiction.Kind#DIRECT} (one affirms, another
 * denies one proposition) or {@link Contradiction.Kind#INCOMPATIBLE} (they affirm two
 * propositions related by {@code contradicts} or {@code contrary}). A small, replaceable
 * stand-in for the analysis package; cost linear in stances plus relations &times; sources².
 *
 * @param sources the compared sources, in camp order
 * @param propositions propositions with at least one stance from the compared sources, in catalog order
 * @param matrix stances by proposition id, then source id (both in the orders above); each cell
 *     lists the stances of that source's claims on that proposition, in corpus order
 * @param agreements agreements, by proposition (catalog order) then stance
 * @param contradictions contradictions, direct ones first, then by proposition order
 * @param propositionRelations relations between the listed propositions, in corpus order
 */
public record ComparisonModel(List<Source> sources, List<Proposition> propositions,
                              Map<String, Map<String, List<Stance>>> matrix, List<Agreement> agreements,
                              List<Contradiction> contradictions, List<Relation> propositionRelations) {

    /**
     * Sources taking the same stance on a proposition.
     *
     * @param proposition the proposition id
     * @param stance the shared stance
     * @param sources the sources, in camp order (two or more)
     */
    public record Agreement(String proposition, StanceType stance, List<String> sources) {
        public Agreement {
            sources = List.copyOf(sources);
        }
    }

    /**
     * Two sources that cannot both be right.
     *
     * @param kind direct (opposite stances on one proposition) or incompatible (affirming two
     *     propositions that contradict or are contrary)
     * @param first the first source (in camp order)
     * @param firstProposition what it affirms (for direct: the proposition)
     * @param second the second source
     * @param secondProposition what the second affirms or, for direct, denies (the same proposition)
     */
    public record Contradiction(Kind kind, String first, String firstProposition, String second,
                                String secondProposition) {
        /** The kinds of contradiction derived here. */
        public enum Kind { DIRECT, INCOMPATIBLE }
    }

    public ComparisonModel {
        sources = List.copyOf(sources);
        propositions = List.copyOf(propositions);
        agreements = List.copyOf(agreements);
        contradictions = List.copyOf(contradictions);
        propositionRelations = List.copyOf(propositionRelations);
    }

    /**
     * Derives the model for the given sources, ordered by camp: by {@code tradition} (sources
     * without one last), then id.
     *
     * @param sourceIds ids of sources in the corpus; empty for all of them
     * @throws IllegalArgumentException for an id not in the corpus
     */
    public static ComparisonModel of(Corpus corpus, List<String> sourceIds) {
        return of(corpus, sourceIds, null);
    }

    /**
     * Derives the model for the given sources in the given order.
     *
     * @param sourceIds ids of sources in the corpus; empty for all of them
     * @param order the source order (e.g. camps from an analysis), or null for {@link #campOrder}
     */
    public static ComparisonModel of(Corpus corpus, List<String> sourceIds, Comparator<Source> order) {
        List<Source> sources = new ArrayList<>();
        for (String id : sourceIds.isEmpty() ? corpus.sources().stream().map(Source::id).toList() : sourceIds) {
            Source s = corpus.source(id).orElseThrow(() -> new IllegalArgumentException("unknown source " + id));
            if (!sources.contains(s)) {
                sources.add(s);
            }
        }
        sources.sort(order == null ? campOrder() : order);
        List<String> ids = sources.stream().map(Source::id).toList();

        Map<String, Map<String, List<Stance>>> matrix = new LinkedHashMap<>();
        Map<String, Map<String, List<Stance>>> raw = new TreeMap<>();
        for (Claim c : corpus.claims()) {
            if (!ids.contains(c.source())) {
                continue;
            }
            for (Stance st : c.stances()) {
                raw.computeIfAbsent(st.proposition(), k -> new TreeMap<>())
                        .computeIfAbsent(c.source(), k -> new ArrayList<>()).add(st);
            }
        }
        List<Proposition> props = new ArrayList<>();
        for (Proposition p : corpus.propositions()) {
            Map<String, List<Stance>> row = raw.get(p.id());
            if (row == null) {
                continue;
            }
            props.add(p);
            Map<String, List<Stance>> ordered = new LinkedHashMap<>();
            for (String s : ids) {
                if (row.containsKey(s)) {
                    ordered.put(s, List.copyOf(row.get(s)));
                }
            }
            matrix.put(p.id(), java.util.Collections.unmodifiableMap(ordered));
        }

        List<Agreement> agreements = new ArrayList<>();
        List<Contradiction> direct = new ArrayList<>();
        for (Proposition p : props) {
            Map<String, List<Stance>> row = matrix.get(p.id());
            for (StanceType t : StanceType.values()) {
                List<String> with = ids.stream().filter(s -> has(row, s, t)).toList();
                if (with.size() >= 2) {
                    agreements.add(new Agreement(p.id(), t, with));
                }
            }
            for (String a : ids) {
                for (String b : ids) {
                    if (!a.equals(b) && has(row, a, StanceType.AFFIRMS) && has(row, b, StanceType.DENIES)) {
                        direct.add(new Contradiction(Contradiction.Kind.DIRECT, a, p.id(), b, p.id()));
                    }
                }
            }
        }
        Set<String> propIds = new LinkedHashSet<>(props.stream().map(Proposition::id).toList());
        List<Relation> propRelations = corpus.relations().stream()
                .filter(r -> !r.type().betweenClaims() && propIds.contains(r.from()) && propIds.contains(r.to()))
                .toList();
        List<Contradiction> incompatible = new ArrayList<>();
        for (Relation r : propRelations) {
            if (r.type() != RelationType.CONTRADICTS && r.type() != RelationType.CONTRARY) {
                continue;
            }
            for (int i = 0; i < ids.size(); i++) {
                for (int j = 0; j < ids.size(); j++) {
                    String a = ids.get(i);
                    String b = ids.get(j);
                    if (i != j && has(matrix.get(r.from()), a, StanceType.AFFIRMS)
                            && has(matrix.get(r.to()), b, StanceType.AFFIRMS)) {
                        Contradiction c = i < j
                                ? new Contradiction(Contradiction.Kind.INCOMPATIBLE, a, r.from(), b, r.to())
                                : new Contradiction(Contradiction.Kind.INCOMPATIBLE, b, r.to(), a, r.from());
                        if (!incompatible.contains(c)) {
                            incompatible.add(c);
                        }
                    }
                }
            }
        }
        List<Contradiction> all = new ArrayList<>(direct);
        all.addAll(incompatible);
        return new ComparisonModel(sources, props, java.util.Collections.unmodifiableMap(matrix), agreements, all,
                propRelations);
    }

    /** Sources by tradition (those without one last), then id. */
    public static Comparator<Source> campOrder() {
        return Comparator.comparing((Source s) -> s.tradition() == null ? "\uffff" : s.tradition())
                .thenComparing(Source::id);
    }

    private static boolean has(Map<String, List<Stance>> row, String source, StanceType t) {
        if (row == null) {
            return false;
        }
        List<Stance> l = row.get(source);
        return l != null && l.stream().anyMatch(s -> s.type() == t);
    }

    /** The stances one source takes on one proposition; empty when it is silent. */
    public List<Stance> stances(String proposition, String source) {
        return matrix.getOrDefault(proposition, Map.of()).getOrDefault(source, List.of());
    }

    /** True when two or more sources take the same stance on the proposition. */
    public boolean isAgreed(String proposition) {
        return agreements.stream().anyMatch(a -> a.proposition().equals(proposition));
    }

    /** True when one source affirms and another denies the proposition. */
    public boolean isContested(String proposition) {
        return contradictions.stream().anyMatch(c -> c.kind() == Contradiction.Kind.DIRECT
                && c.firstProposition().equals(proposition));
    }

    /** True when the proposition takes part in an incompatibility between two sources. */
    public boolean isIncompatible(String proposition) {
        return contradictions.stream().anyMatch(c -> c.kind() == Contradiction.Kind.INCOMPATIBLE
                && (c.firstProposition().equals(proposition) || c.secondProposition().equals(proposition)));
    }

    /** The ids of the sources taking a stance on the proposition, in camp order. */
    public List<String> sourcesOn(String proposition) {
        return List.copyOf(matrix.getOrDefault(proposition, Map.of()).keySet());
    }

    /** The tradition of a compared source, or null. */
    public String tradition(String sourceId) {
        return sources.stream().filter(s -> s.id().equals(sourceId)).map(Source::tradition)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }
}
