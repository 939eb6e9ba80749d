package org.argmap.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded corpus: the sources with their claims, the proposition catalog, the relations and the
 * expectations, and the analyst's dismissals of alignment suggestions. Immutable; collections are
 * in a deterministic order (files sorted by path, then file order).
 */
public record Corpus(List<Source> sources, List<Claim> claims, List<Proposition> propositions,
                     List<Relation> relations, List<Expectation> expectations, List<Dismissal> dismissals) {

    public Corpus {
        sources = List.copyOf(sources);
        claims = List.copyOf(claims);
        propositions = List.copyOf(propositions);
        relations = List.copyOf(relations);
        expectations = List.copyOf(expectations);
        dismissals = List.copyOf(dismissals);
    }

    /** A corpus without dismissals. */
    public Corpus(List<Source> sources, List<Claim> claims, List<Proposition> propositions,
                  List<Relation> relations, List<Expectation> expectations) {
        this(sources, claims, propositions, relations, expectations, List.of());
    }

    public static Corpus empty() {
        return new Corpus(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public Optional<Source> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Claims by reference {@code source/id}, in corpus order. */
    public Map<String, Claim> claimsByRef() {
        Map<String, Claim> m = new LinkedHashMap<>();
        for (Claim c : claims) {
            m.putIfAbsent(c.ref(), c);
        }
        return m;
    }

    public List<Claim> claimsOf(String sourceId) {
        return claims.stream().filter(c -> c.source().equals(sourceId)).toList();
    }

    public Optional<Proposition> proposition(String id) {
        return propositions.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** All stances of all claims, in corpus order. */
    public List<Stance> stances() {
        return claims.stream().flatMap(c -> c.stances().stream()).toList();
    }

    /** All evidence of all claims, in corpus order. */
    public List<Evidence> evidence() {
        return claims.stream().flatMap(c -> c.evidence().stream()).toList();
    }
}
