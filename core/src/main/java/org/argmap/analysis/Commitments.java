package org.argmap.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.argmap.graph.CorpusGraph;
import org.argmap.graph.Literal;
import org.argmap.model.Claim;
import org.argmap.model.ClaimKind;
import org.argmap.model.Proposition;
import org.argmap.model.Stance;

/**
 * What each claim commits its source to: the literal of each affirms or denies stance of a claim
 * that is not an objection (an objection voices an opponent). Qualifies commits to nothing.
 */
final class Commitments {

    /** A claim committed to a literal by one of its stances. */
    record Commit(Claim claim, Stance stance) {
    }

    private final Map<Literal, List<Commit>> byLiteral = new LinkedHashMap<>();
    private final Map<String, Set<Literal>> bySource = new LinkedHashMap<>();
    private final Map<String, Integer> catalogIndex = new LinkedHashMap<>();

    Commitments(CorpusGraph graph) {
        int i = 0;
        for (Proposition p : graph.corpus().propositions()) {
            catalogIndex.put(p.id(), i++);
        }
        graph.corpus().sources().forEach(s -> bySource.put(s.id(), new LinkedHashSet<>()));
        for (Proposition p : graph.corpus().propositions()) {
            for (Literal l : List.of(Literal.of(p.id()), Literal.not(p.id()))) {
                List<Commit> cs = new ArrayList<>();
                for (Stance s : graph.stancesOn(p.id())) {
                    Claim c = graph.claim(s.claimRef()).orElseThrow();
                    if (counts(c) && l.equals(Literal.committedBy(s.type(), p.id()))) {
                        cs.add(new Commit(c, s));
                        bySource.computeIfAbsent(c.source(), k -> new LinkedHashSet<>()).add(l);
                    }
                }
                if (!cs.isEmpty()) {
                    byLiteral.put(l, List.copyOf(cs));
                }
            }
        }
    }

    /** True when the claim speaks for its source: every kind but objection. */
    static boolean counts(Claim c) {
        return c.kind() != ClaimKind.OBJECTION;
    }

    /** The literals some claim commits to, in catalog order ({@code P} before {@code not P}). */
    List<Literal> literals() {
        return List.copyOf(byLiteral.keySet());
    }

    /** The claims committed to a literal, in corpus order. */
    List<Commit> of(Literal l) {
        return byLiteral.getOrDefault(l, List.of());
    }

    /** The literals a source's claims commit it to. */
    Set<Literal> ofSource(String source) {
        return bySource.getOrDefault(source, Set.of());
    }

    /** The catalog position of a proposition. */
    int index(String proposition) {
        return catalogIndex.getOrDefault(proposition, Integer.MAX_VALUE);
    }
}
