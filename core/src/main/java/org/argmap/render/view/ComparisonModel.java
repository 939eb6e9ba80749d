package org.argmap.render.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.argmap.analysis.Analysis;
import org.argmap.analysis.AnalysisReport;
import org.argmap.analysis.Camp;
import org.argmap.analysis.Contradiction;
import org.argmap.analysis.Contradiction.Kind;
import org.argmap.analysis.StanceMatrix;
import org.argmap.model.Claim;
import org.argmap.model.ClaimKind;
import org.argmap.model.Corpus;
import org.argmap.model.Proposition;
import org.argmap.model.Relation;
import org.argmap.model.Source;
import org.argmap.model.Stance;
import org.argmap.model.StanceType;

/**
 * What the comparison and matrix views need to know about how some chosen sources relate: the
 * analysis package's findings ({@link Analysis#of}, the single source of truth, rules in
 * docs/analysis.md) restricted to those sources, so that a figure says what {@code argmap
 * analyze} says.
 *
 * <ul>
 *   <li>stances: those of claims that are not objections (an objection voices an opponent), as
 *       in the analysis's stance matrix;
 *   <li>agreements: the analysis's agreements with at least two chosen sources, listing only
 *       those (so {@code qualifies} never agrees);
 *   <li>contradictions: the analysis's contradictions with chosen sources on both sides (each
 *       side listing only chosen sources and their claims), and internal contradictions of a
 *       chosen source, with their kind;
 *   <li>source order: the analysis's camps (camp order, then order within the camp), restricted
 *       to the chosen sources; {@code tradition} then id only if the analysis has no camps.
 * </ul>
 *
 * @param sources the compared sources, in camp order (or the caller's order)
 * @param camps the analysis's camps that hold a compared source, each listing only the compared ones
 * @param propositions propositions with at least one counted stance from the compared sources, in catalog order
 * @param matrix stances by proposition id, then source id (both in the orders above); each cell
 *     lists the stances of that source's non-objection claims on that proposition, in corpus order
 * @param agreements agreements among the compared sources, in the analysis's order
 * @param contradictions contradictions among the compared sources, in the analysis's order
 *     (direct, incompatible, indirect, attack, internal)
 * @param propositionRelations relations between the listed propositions, in corpus order
 * @param stanceMatrix the analysis's stance matrix (every source of the corpus)
 */
public record ComparisonModel(List<Source> sources, List<Camp> camps, List<Proposition> propositions,
                              Map<String, Map<String, List<Stance>>> matrix, List<Agreement> agreements,
                              List<Contradiction> contradictions, List<Relation> propositionRelations,
                              StanceMatrix stanceMatrix) {

    /**
     * Compared sources taking the same clean stance (affirms or denies) on a proposition.
     *
     * @param proposition the proposition id
     * @param stance the shared stance
     * @param sources the compared sources, in the model's source order (two or more)
     */
    public record Agreement(String proposition, StanceType stance, List<String> sources) {
        public Agreement {
            sources = List.copyOf(sources);
        }
    }

    public ComparisonModel {
        sources = List.copyOf(sources);
        camps = List.copyOf(camps);
        propositions = List.copyOf(propositions);
        agreements = List.copyOf(agreements);
        contradictions = List.copyOf(contradictions);
        propositionRelations = List.copyOf(propositionRelations);
    }

    /**
     * Derives the model for the given sources, ordered by the analysis's camps.
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
     * @param order the source order, or null for the analysis's camps
     * @throws IllegalArgumentException for an id not in the corpus
     */
    public static ComparisonModel of(Corpus corpus, List<String> sourceIds, Comparator<Source> order) {
        return of(corpus, Analysis.of(corpus, false, org.argmap.analysis.Progress.NONE), sourceIds, order);
    }

    /**
     * Derives the model from an analysis of the corpus already made.
     *
     * @param report {@code Analysis.of(corpus)}
     * @param sourceIds ids of sources in the corpus; empty for all of them
     * @param order the source order, or null for the analysis's camps
     * @throws IllegalArgumentException for an id not in the corpus
     */
    public static ComparisonModel of(Corpus corpus, AnalysisReport report, List<String> sourceIds,
                                     Comparator<Source> order) {
        List<Source> sources = new ArrayList<>();
        for (String id : sourceIds.isEmpty() ? corpus.sources().stream().map(Source::id).toList() : sourceIds) {
            Source s = corpus.source(id).orElseThrow(() -> new IllegalArgumentException("unknown source " + id));
            if (!sources.contains(s)) {
                sources.add(s);
            }
        }
        sources.sort(order != null ? order : report.camps().isEmpty() ? traditionOrder() : campOrder(report.camps()));
        List<String> ids = sources.stream().map(Source::id).toList();

        List<Camp> camps = new ArrayList<>();
        for (Camp c : report.camps()) {
            List<String> mine = c.sources().stream().filter(ids::contains).toList();
            if (!mine.isEmpty()) {
                camps.add(new Camp(c.number(), mine, c.cohesion(), c.label()));
            }
        }

        Map<String, Map<String, List<Stance>>> matrix = new LinkedHashMap<>();
        List<Proposition> props = new ArrayList<>();
        for (Proposition p : corpus.propositions()) {
            Map<String, List<Stance>> row = new LinkedHashMap<>();
            for (String s : ids) {
                List<Stance> st = new ArrayList<>();
                for (Claim c : corpus.claimsOf(s)) {
                    if (c.kind() != ClaimKind.OBJECTION) {
                        c.stances().stream().filter(x -> x.proposition().equals(p.id())).forEach(st::add);
                    }
                }
                if (!st.isEmpty()) {
                    row.put(s, List.copyOf(st));
                }
            }
            if (!row.isEmpty()) {
                props.add(p);
                matrix.put(p.id(), Collections.unmodifiableMap(row));
            }
        }

        List<Agreement> agreements = new ArrayList<>();
        for (org.argmap.analysis.Agreement a : report.agreements()) {
            List<String> with = ids.stream().filter(a.sources()::contains).toList();
            if (with.size() >= 2) {
                agreements.add(new Agreement(a.proposition(), a.stance(), with));
            }
        }
        List<Contradiction> contradictions = new ArrayList<>();
        for (Contradiction c : report.contradictions()) {
            List<Contradiction.Side> sides = c.sides().stream().map(x -> restrict(x, ids)).toList();
            if (sides.stream().allMatch(x -> !x.sources().isEmpty())) {
                contradictions.add(new Contradiction(c.kind(), c.basis(), sides, c.propositions(), c.explanation(),
                        c.chains()));
            }
        }

        Set<String> propIds = new LinkedHashSet<>(props.stream().map(Proposition::id).toList());
        List<Relation> propRelations = corpus.relations().stream()
                .filter(r -> !r.type().betweenClaims() && propIds.contains(r.from()) && propIds.contains(r.to()))
                .toList();
        return new ComparisonModel(sources, camps, props, Collections.unmodifiableMap(matrix), agreements,
                contradictions, propRelations, report.stanceMatrix());
    }

    private static Contradiction.Side restrict(Contradiction.Side side, List<String> ids) {
        return new Contradiction.Side(side.stance(), side.proposition(),
                side.sources().stream().filter(ids::contains).toList(),
                side.claims().stream().filter(c -> ids.contains(c.source())).toList());
    }

    /** Sources by the analysis's camps: camp order, then order within the camp; others last, by id. */
    public static Comparator<Source> campOrder(List<Camp> camps) {
        List<String> flat = camps.stream().flatMap(c -> c.sources().stream()).toList();
        return Comparator.comparingInt((Source s) -> flat.contains(s.id()) ? flat.indexOf(s.id()) : Integer.MAX_VALUE)
                .thenComparing(Source::id);
    }

    /** Sources by tradition (those without one last), then id: the fallback when there are no camps. */
    public static Comparator<Source> traditionOrder() {
        return Comparator.comparing((Source s) -> s.tradition() == null ? "\uffff" : s.tradition())
                .thenComparing(Source::id);
    }

    /** The stances one source's non-objection claims take on one proposition; empty when it is silent. */
    public List<Stance> stances(String proposition, String source) {
        return matrix.getOrDefault(proposition, Map.of()).getOrDefault(source, List.of());
    }

    /** The analysis's stance-matrix cell of a proposition and a compared source. */
    public StanceMatrix.Cell cell(String proposition, String source) {
        return stanceMatrix.cell(proposition, source);
    }

    /** True when two or more compared sources agree on the proposition. */
    public boolean isAgreed(String proposition) {
        return agreements.stream().anyMatch(a -> a.proposition().equals(proposition));
    }

    /**
     * True when the proposition is affirmed and denied: a side of a direct contradiction between
     * compared sources, or of an internal one whose basis is direct.
     */
    public boolean isContested(String proposition) {
        return contradictions.stream()
                .filter(c -> c.kind() == Kind.DIRECT || c.kind() == Kind.INTERNAL && c.basis() == Kind.DIRECT)
                .anyMatch(c -> onASide(c, proposition));
    }

    /**
     * True when the proposition is a side of a propositional contradiction among the compared
     * sources of any kind (direct, incompatible, indirect, or internal by one of those).
     */
    public boolean isAtOdds(String proposition) {
        return contradictions.stream().filter(c -> c.basis() != Kind.ATTACK).anyMatch(c -> onASide(c, proposition));
    }

    private static boolean onASide(Contradiction c, String proposition) {
        return c.sides().stream().anyMatch(s -> proposition.equals(s.proposition()));
    }

    /** The number of contradictions of one kind among the compared sources. */
    public long count(Kind kind) {
        return contradictions.stream().filter(c -> c.kind() == kind).count();
    }

    /** The ids of the compared sources taking a stance on the proposition, in source order. */
    public List<String> sourcesOn(String proposition) {
        return List.copyOf(matrix.getOrDefault(proposition, Map.of()).keySet());
    }

    /** The camp a compared source belongs to, or null when the analysis has no camps. */
    public Camp campOf(String sourceId) {
        return camps.stream().filter(c -> c.sources().contains(sourceId)).findFirst().orElse(null);
    }

    /** The tradition of a compared source, or null. */
    public String tradition(String sourceId) {
        return sources.stream().filter(s -> s.id().equals(sourceId)).map(Source::tradition)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }
}
