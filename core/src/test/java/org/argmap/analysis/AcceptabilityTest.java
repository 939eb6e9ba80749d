package org.argmap.analysis;

import static org.argmap.analysis.InlineMaps.load;
import static org.argmap.analysis.InlineMaps.one;
import static org.argmap.analysis.InlineMaps.propositions;
import static org.argmap.analysis.InlineMaps.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.argmap.analysis.Acceptability.Attack;
import org.argmap.analysis.Acceptability.Framework;
import org.argmap.analysis.Acceptability.Label;
import org.argmap.analysis.Acceptability.Status;
import org.argmap.analysis.Acceptability.StatusChange;
import org.argmap.graph.CorpusGraph;
import org.argmap.model.Corpus;
import org.junit.jupiter.api.Test;

/** The claim-level Dung framework: which claims attack which, and what the semantics make of it. */
class AcceptabilityTest {

    @Test
    void attacksAreExplicitAttacksUndercutsAndMutualAttacksAcrossContradictions() {
        Corpus c = load(propositions("p", "q") + """
                relations:
                  - {from: p, to: q, type: contrary}
                  - {from: a/u, to: b-r, type: undercuts}
                """,
                source("a", """
                        claims:
                          - {id: x, text: X., stances: [{proposition: p, stance: affirms}]}
                          - {id: u, text: U.}
                          - {id: v, text: V.}
                        relations:
                          - {from: v, to: x, type: attacks}
                          - {from: u, to: x, type: supports}
                        """),
                source("b", """
                        claims:
                          - {id: y, text: Y., stances: [{proposition: q, stance: affirms}]}
                          - {id: s, text: S.}
                        relations:
                          - {id: b-r, from: s, to: y, type: supports}
                        """));
        Framework f = Analysis.of(c).acceptability().corpus();
        assertEquals(List.of("a/x", "a/u", "a/v", "b/y", "b/s"), f.arguments());
        assertEquals(List.of(
                new Attack("a/v", "a/x", "attacks (relation " + c.relations().stream()
                        .filter(r -> r.from().equals("a/v")).findFirst().orElseThrow().id() + ")"),
                new Attack("a/u", "b/s", "undercuts relation b-r"),
                new Attack("a/x", "b/y", "incompatible: p / q"),
                new Attack("b/y", "a/x", "incompatible: p / q")), f.attacks());
    }

    @Test
    void directContradictionsAttackBothWaysBetweenEveryPairOfClaims() {
        Corpus c = load(propositions("p"),
                source("a", """
                        claims:
                          - {id: x1, text: X1., stances: [{proposition: p, stance: affirms}]}
                          - {id: x2, text: X2., stances: [{proposition: p, stance: affirms}]}
                        """),
                source("b", "claims:\n  - {id: y, text: Y., stances: [{proposition: p, stance: denies}]}\n"));
        Framework f = Analysis.of(c).acceptability().corpus();
        assertEquals(List.of(
                new Attack("a/x1", "b/y", "direct: p / not p"),
                new Attack("b/y", "a/x1", "direct: p / not p"),
                new Attack("a/x2", "b/y", "direct: p / not p"),
                new Attack("b/y", "a/x2", "direct: p / not p")), f.attacks());
        assertEquals(List.of(), f.grounded());
        assertEquals(2, f.preferred().count());
        assertEquals(List.of(List.of("a/x1", "a/x2"), List.of("b/y")), f.preferred().extensions());
        assertEquals(3, f.complete().count());
        assertEquals(2, f.stable().count());
        assertEquals(new Status("b/y", Label.UNDEC, true, false, true, false), f.status("b/y"));
    }

    @Test
    void aClaimCommittedToIncompatiblePropositionsAttacksItself() {
        Corpus c = one(propositions("p", "q") + "relations:\n  - {from: p, to: q, type: contradicts}\n" + source("a", """
                claims:
                  - id: x
                    text: X.
                    stances:
                      - {proposition: p, stance: affirms}
                      - {proposition: q, stance: affirms}
                """));
        Framework f = Analysis.of(c).acceptability().corpus();
        assertEquals(List.of(new Attack("a/x", "a/x", "incompatible: p / q")), f.attacks());
        assertEquals(new Status("a/x", Label.UNDEC, false, false, false, true), f.status("a/x"));
        assertEquals(0, f.stable().count());
    }

    @Test
    void eachSourceHasItsOwnFrameworkOfItsClaimsAndTheAttacksAmongThem() {
        Corpus c = load(propositions("p"),
                source("a", """
                        claims:
                          - {id: x, text: X., stances: [{proposition: p, stance: affirms}]}
                          - {id: o, text: O., kind: objection}
                        relations:
                          - {from: x, to: o, type: attacks}
                        """),
                source("b", "claims:\n  - {id: y, text: Y., stances: [{proposition: p, stance: denies}]}\n"));
        Acceptability acc = Analysis.of(c).acceptability();
        assertEquals(List.of("a", "b"), acc.sources().stream().map(Framework::scope).toList());
        Framework a = acc.sources().get(0);
        assertEquals(List.of("a/x", "a/o"), a.arguments());
        assertEquals(1, a.attacks().size());
        assertEquals(List.of("a/x"), a.grounded());
        assertEquals(Label.OUT, a.status("a/o").grounded());
        // In the whole corpus a/x is contested by b/y, so a/o is no longer surely out.
        assertEquals(new Status("a/o", Label.UNDEC, true, false, true, false), acc.corpus().status("a/o"));
    }

    @Test
    void reportsClaimsWhoseStatusDependsOnOneSource() {
        Corpus c = load(propositions("p"),
                source("a", "claims:\n  - {id: x, text: X., stances: [{proposition: p, stance: affirms}]}\n"),
                source("b", "claims:\n  - {id: y, text: Y., stances: [{proposition: p, stance: denies}]}\n"),
                source("c", "claims:\n  - {id: z, text: Z.}\n"));
        List<StatusChange> changes = Analysis.of(c).acceptability().changes();
        assertEquals(List.of(
                new StatusChange("a", "b/y", new Status("b/y", Label.UNDEC, true, false, true, false), new Status("b/y", Label.IN, true, true, null, null, null)),
                new StatusChange("b", "a/x", new Status("a/x", Label.UNDEC, true, false, true, false), new Status("a/x", Label.IN, true, true, null, null, null))),
                changes);
    }

    @Test
    void independentConflictsMultiplyTheCountWithoutBeingEnumeratedTogether() {
        // Twenty propositions, each affirmed by a and denied by b: twenty separate two-claim conflicts.
        StringBuilder pa = new StringBuilder("claims:\n");
        StringBuilder pb = new StringBuilder("claims:\n");
        String[] ids = new String[20];
        for (int i = 0; i < 20; i++) {
            ids[i] = "p" + (char) ('a' + i);
            pa.append("  - {id: x").append(i).append(", text: X., stances: [{proposition: ").append(ids[i]).append(", stance: affirms}]}\n");
            pb.append("  - {id: y").append(i).append(", text: Y., stances: [{proposition: ").append(ids[i]).append(", stance: denies}]}\n");
        }
        Corpus c = load(propositions(ids), source("a", pa.toString()), source("b", pb.toString()));
        Framework f = Analysis.of(c).acceptability().corpus();
        assertEquals(40, f.attacks().size());
        assertEquals(3486784401L, f.complete().count());
        assertEquals(1048576L, f.preferred().count());
        assertEquals(1048576L, f.stable().count());
        assertEquals(List.of(), f.preferred().extensions());
        assertEquals(true, f.preferred().truncated());
        assertEquals(new Status("a/x7", Label.UNDEC, true, false, true, false), f.status("a/x7"));
    }

    @Test
    void aComponentWithoutStableExtensionLeavesTheWholeWithout() {
        Corpus c = load(propositions("p", "q") + "relations:\n  - {from: p, to: q, type: contradicts}\n", source("a", """
                claims:
                  - {id: x, text: X., stances: [{proposition: p, stance: affirms}, {proposition: q, stance: affirms}]}
                  - {id: y, text: Y.}
                  - {id: z, text: Z.}
                relations:
                  - {from: y, to: z, type: attacks}
                """));
        Framework f = Analysis.of(c).acceptability().corpus();
        assertEquals(0, f.stable().count());
        assertEquals(1, f.preferred().count());
        assertEquals(List.of(List.of("a/y")), f.preferred().extensions());
        assertEquals(List.of("a/y"), f.grounded());
    }

    /**
     * When the SAT budget runs out, the answers not found stay open (null) and the status says
     * why; grounded labels, which need no query, are all there; the extension counts are lower
     * bounds, marked not exact.
     */
    @Test
    void anExhaustedBudgetLeavesAnswersOpenAndSaysWhy() {
        Corpus c = one(source("a", """
                claims:
                  - {id: w, text: W.}
                  - {id: x, text: X.}
                  - {id: y, text: Y.}
                  - {id: z, text: Z.}
                  - {id: free, text: F.}
                relations:
                  - {from: w, to: x, type: attacks}
                  - {from: x, to: y, type: attacks}
                  - {from: y, to: z, type: attacks}
                  - {from: z, to: w, type: attacks}
                """));
        CorpusGraph graph = CorpusGraph.of(c);
        Acceptability acc = Frameworks.of(graph, Frameworks.attacks(graph, List.of()), Progress.NONE,
                new org.argmap.dung.Acceptance.Budget(1, 0));
        Status w = acc.corpus().status("a/w");
        assertEquals(Label.UNDEC, w.grounded());
        assertEquals("undec/open", w.summary());
        assertEquals(true, w.undecided().startsWith("not decided: the SAT budget"), w.undecided());
        assertEquals(new Status("a/free", Label.IN, true, true, true, true), acc.corpus().status("a/free"));
        assertEquals(false, acc.corpus().complete().exact());
        assertEquals(true, acc.corpus().complete().truncated());
    }
}
