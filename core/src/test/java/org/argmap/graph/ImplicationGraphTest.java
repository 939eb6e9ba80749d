package org.argmap.graph;

import static org.argmap.analysis.InlineMaps.one;
import static org.argmap.analysis.InlineMaps.propositions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.argmap.model.Corpus;
import org.junit.jupiter.api.Test;

/** Relations between propositions read as implications between literals. */
class ImplicationGraphTest {

    private static ImplicationGraph of(String relations, String... props) {
        Corpus c = one(propositions(props) + "relations:\n" + relations);
        return ImplicationGraph.of(c);
    }

    @Test
    void eachRelationYieldsItsImplicationsAndTheirContrapositives() {
        ImplicationGraph g = of("""
                  - {from: a, to: b, type: entails}
                  - {from: c, to: d, type: equivalent}
                  - {from: e, to: f, type: contrary}
                  - {from: g, to: h, type: contradicts}
                """, "a", "b", "c", "d", "e", "f", "g", "h");
        assertEquals(16, g.graph().vertexSet().size());
        assertEquals(2 + 4 + 2 + 4, g.graph().edgeSet().size());
        assertEquals(List.of("a -> b (entails)", "not b -> not a (entails, contrapositive)"),
                g.graph().edgeSet().stream().limit(2).map(Implication::toString).toList());
        assertTrue(g.shortest(Literal.not("h"), Literal.of("g")).isPresent());
        assertTrue(g.shortest(Literal.not("f"), Literal.of("e")).isEmpty(), "both contraries may be false");
    }

    @Test
    void shortestChainFollowsContrapositives() {
        ImplicationGraph g = of("""
                  - {from: a, to: b, type: entails}
                  - {from: b, to: c, type: entails}
                """, "a", "b", "c");
        Chain ch = g.shortest(Literal.not("c"), Literal.not("a")).orElseThrow();
        assertEquals(2, ch.length());
        assertEquals(2, ch.contrapositives());
        assertEquals("b entails c, so if c is false, b is false", ch.steps().get(0).sentence());
    }

    @Test
    void chainsComeShortestFirst() {
        ImplicationGraph g = of("""
                  - {from: a, to: m, type: entails}
                  - {from: m, to: b, type: entails}
                  - {from: a, to: b, type: equivalent}
                """, "a", "m", "b");
        List<Chain> chains = g.chains(Literal.of("a"), Literal.of("b"), 5);
        assertEquals(List.of(1, 2), chains.stream().map(Chain::length).toList());
        assertEquals("equivalent", chains.get(0).steps().get(0).type().word());
    }

    @Test
    void consequencesAreEverythingReachable() {
        ImplicationGraph g = of("""
                  - {from: a, to: b, type: entails}
                  - {from: b, to: c, type: contrary}
                """, "a", "b", "c", "d");
        assertEquals(Set.of(Literal.of("a"), Literal.of("b"), Literal.not("c")), g.consequences(List.of(Literal.of("a"))));
    }

    @Test
    void detectsPropositionsThatCannotHold() {
        // a entails b, a contrary b: a is impossible, but the catalog is still satisfiable (a false).
        ImplicationGraph g = of("""
                  - {from: a, to: b, type: entails}
                  - {from: a, to: b, type: contrary}
                """, "a", "b");
        assertEquals(List.of(Literal.of("a")), g.impossible());
        assertEquals(List.of(), g.inconsistent());
    }

    @Test
    void detectsRelationsThatCannotAllHold() {
        // a -> b -> not a (a cannot hold) and not a -> c -> a (a cannot fail): every literal in one component.
        ImplicationGraph g = of("""
                  - {from: a, to: b, type: entails}
                  - {from: a, to: b, type: contrary}
                  - {from: a, to: c, type: contradicts}
                  - {from: c, to: a, type: entails}
                """, "a", "b", "c");
        assertEquals(List.of("a", "b", "c"), g.inconsistent());
    }
}
