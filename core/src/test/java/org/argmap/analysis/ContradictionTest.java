package org.argmap.analysis;

import static org.argmap.analysis.InlineMaps.load;
import static org.argmap.analysis.InlineMaps.one;
import static org.argmap.analysis.InlineMaps.propositions;
import static org.argmap.analysis.InlineMaps.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.argmap.analysis.Contradiction.Kind;
import org.argmap.analysis.Contradiction.Side;
import org.argmap.model.Corpus;
import org.junit.jupiter.api.Test;

/** Each kind of contradiction on small inline maps, with its sides and its explanation. */
class ContradictionTest {

    private static String claim(String id, String proposition, String stance) {
        return "  - id: " + id + "\n    text: " + id + ".\n    stances:\n      - proposition: " + proposition
                + "\n        stance: " + stance + "\n";
    }

    private static List<String> refs(Side s) {
        return s.claims().stream().map(CitedClaim::ref).toList();
    }

    @Test
    void directWhenOneSourceAffirmsWhatAnotherDenies() {
        Corpus c = load(propositions("p"),
                source("a", "claims:\n" + claim("yes", "p", "affirms")),
                source("b", "claims:\n" + claim("no", "p", "denies")));
        List<Contradiction> found = Analysis.of(c).contradictions();
        assertEquals(1, found.size());
        Contradiction x = found.get(0);
        assertEquals(Kind.DIRECT, x.kind());
        assertEquals(Kind.DIRECT, x.basis());
        assertEquals(new Side("affirms", "p", List.of("a"), x.sides().get(0).claims()), x.sides().get(0));
        assertEquals(List.of("a/yes"), refs(x.sides().get(0)));
        assertEquals("denies", x.sides().get(1).stance());
        assertEquals(List.of("b/no"), refs(x.sides().get(1)));
        assertEquals(List.of("p"), x.propositions());
        assertEquals(List.of("a affirms p.", "b denies p.", "One side affirms what the other denies."), x.explanation());
        assertEquals(0, x.chains().get(0).length());
    }

    @Test
    void incompatibleWhenTheAffirmedPropositionsAreContrary() {
        Corpus c = load(propositions("p", "q") + "relations:\n  - {from: p, to: q, type: contrary}\n",
                source("a", "claims:\n" + claim("x", "p", "affirms")),
                source("b", "claims:\n" + claim("y", "q", "affirms")));
        List<Contradiction> found = Analysis.of(c).contradictions();
        assertEquals(1, found.size());
        Contradiction x = found.get(0);
        assertEquals(Kind.INCOMPATIBLE, x.kind());
        assertEquals(List.of("p", "q"), x.propositions());
        assertEquals(List.of("a/x"), refs(x.sides().get(0)));
        assertEquals(List.of("b/y"), refs(x.sides().get(1)));
        assertEquals(List.of("a affirms p.",
                "p and q are contrary: they cannot both be true [" + c.relations().get(0).location() + "].",
                "b affirms q.",
                "So whoever affirms p must deny q: the two cannot both hold."), x.explanation());
    }

    @Test
    void incompatibleWhenBothDenyTwoContradictories() {
        Corpus c = load(propositions("p", "q") + "relations:\n  - {from: p, to: q, type: contradicts}\n",
                source("a", "claims:\n" + claim("x", "p", "denies")),
                source("b", "claims:\n" + claim("y", "q", "denies")));
        Contradiction x = Analysis.of(c).contradictions().get(0);
        assertEquals(Kind.INCOMPATIBLE, x.kind());
        assertTrue(x.explanation().get(1).startsWith("p contradicts q: they cannot both be false ["), x.explanation().get(1));
        assertEquals(1, Analysis.of(c).contradictions().size());
    }

    @Test
    void contraryPropositionsBothDeniedAreNoContradiction() {
        Corpus c = load(propositions("p", "q") + "relations:\n  - {from: p, to: q, type: contrary}\n",
                source("a", "claims:\n" + claim("x", "p", "denies")),
                source("b", "claims:\n" + claim("y", "q", "denies")));
        assertEquals(List.of(), Analysis.of(c).contradictions());
    }

    @Test
    void indirectThroughAnEntailmentWhenTheConsequenceIsDenied() {
        Corpus c = load(propositions("p", "q") + "relations:\n  - {from: p, to: q, type: entails}\n",
                source("a", "claims:\n" + claim("x", "p", "affirms")),
                source("b", "claims:\n" + claim("y", "q", "denies")));
        List<Contradiction> found = Analysis.of(c).contradictions();
        assertEquals(1, found.size());
        Contradiction x = found.get(0);
        assertEquals(Kind.INDIRECT, x.kind());
        assertEquals("affirms", x.sides().get(0).stance());
        assertEquals("p", x.sides().get(0).proposition());
        assertEquals("denies", x.sides().get(1).stance());
        assertEquals(List.of("a affirms p.",
                "p entails q: if p is true, q is true [" + c.relations().get(0).location() + "].",
                "b denies q.",
                "So whoever affirms p must affirm q: the two cannot both hold."), x.explanation());
    }

    @Test
    void indirectThroughEntailmentThenContrary() {
        // A affirms P, P entails Q, Q contrary R, B affirms R.
        Corpus c = load(propositions("p", "q", "r") + """
                relations:
                  - {from: p, to: q, type: entails}
                  - {from: q, to: r, type: contrary}
                """,
                source("a", "claims:\n" + claim("x", "p", "affirms")),
                source("b", "claims:\n" + claim("y", "r", "affirms")));
        List<Contradiction> found = Analysis.of(c).contradictions();
        assertEquals(1, found.size());
        Contradiction x = found.get(0);
        assertEquals(Kind.INDIRECT, x.kind());
        assertEquals(List.of("p", "q", "r"), x.propositions());
        assertEquals("p -> q (entails)", x.chains().get(0).steps().get(0).toString());
        assertEquals("q -> not r (contrary)", x.chains().get(0).steps().get(1).toString());
        assertEquals(List.of("a affirms p.",
                "p entails q: if p is true, q is true [" + c.relations().get(0).location() + "].",
                "q and r are contrary: they cannot both be true [" + c.relations().get(1).location() + "].",
                "b affirms r.",
                "So whoever affirms p must deny r: the two cannot both hold."), x.explanation());
    }

    @Test
    void indirectListsTheShortestChainFirst() {
        // Two chains from p to q: p -> q directly is written last, p -> m1 -> m2 -> q first.
        Corpus c = load(propositions("p", "m1", "m2", "q") + """
                relations:
                  - {from: p, to: m1, type: entails}
                  - {from: m1, to: m2, type: entails}
                  - {from: m2, to: q, type: entails}
                  - {from: p, to: q, type: entails}
                """,
                source("a", "claims:\n" + claim("x", "p", "affirms")),
                source("b", "claims:\n" + claim("y", "q", "denies")));
        List<Contradiction> found = Analysis.of(c).contradictions();
        assertEquals(1, found.size());
        Contradiction x = found.get(0);
        assertEquals(Kind.INDIRECT, x.kind());
        assertEquals(List.of(1, 3), x.chains().stream().map(ch -> ch.length()).toList());
        assertEquals(c.relations().get(3), x.chains().get(0).steps().get(0).relation());
        assertEquals(4, x.explanation().size());
        assertTrue(x.explanation().get(1).startsWith("p entails q: "), x.explanation().get(1));
        assertEquals(List.of("p", "q", "m1", "m2"), x.propositions());
    }

    @Test
    void indirectPrefersReadingEntailmentsForward() {
        // q is denied by a, p affirmed by b: the chain is told from b's side, p entails q.
        Corpus c = load(propositions("p", "q") + "relations:\n  - {from: p, to: q, type: entails}\n",
                source("a", "claims:\n" + claim("x", "q", "denies")),
                source("b", "claims:\n" + claim("y", "p", "affirms")));
        Contradiction x = Analysis.of(c).contradictions().get(0);
        assertEquals(List.of("b"), x.sides().get(0).sources());
        assertEquals(0, x.chains().get(0).contrapositives());
    }

    @Test
    void attackBetweenClaimsOfDifferentSources() {
        Corpus c = load("""
                relations:
                  - from: a/x
                    to: b/y
                    type: attacks
                    note: x answers y
                """,
                source("a", "claims:\n  - {id: x, text: X.}\n"),
                source("b", "claims:\n  - {id: y, text: Y.}\n"));
        List<Contradiction> found = Analysis.of(c).contradictions();
        assertEquals(1, found.size());
        Contradiction x = found.get(0);
        assertEquals(Kind.ATTACK, x.kind());
        assertEquals("attacks", x.sides().get(0).stance());
        assertEquals(List.of("a/x"), refs(x.sides().get(0)));
        assertEquals("attacked", x.sides().get(1).stance());
        assertEquals(List.of("b/y"), refs(x.sides().get(1)));
        assertEquals(List.of("a/x attacks b/y: it is a reason against it [" + c.relations().get(0).location() + "]. Note: x answers y"),
                x.explanation());
    }

    @Test
    void attackOnAViewAnotherSourceRejectsIsNoContradiction() {
        Corpus c = load("""
                relations:
                  - {from: a/x, to: b/opponent, type: attacks}
                  - {from: b/opponent, to: a/x, type: attacks}
                """,
                source("a", "claims:\n  - {id: x, text: X.}\n"),
                source("b", "claims:\n  - {id: opponent, text: O., kind: objection}\n  - {id: answer, text: A., kind: rebuttal}\n"
                        + "relations:\n  - {from: answer, to: opponent, type: attacks}\n"));
        assertEquals(List.of(), Analysis.of(c).contradictions(), "a and b both reject b's objection");
    }

    @Test
    void undercutAcrossSourcesNamesTheRelationItUndercuts() {
        Corpus c = load(propositions("p", "q", "r") + """
                relations:
                  - {from: a/u, to: b-r1, type: undercuts}
                """,
                source("a", "claims:\n" + claim("u", "r", "affirms")),
                source("b", "claims:\n" + claim("s", "p", "affirms") + claim("t", "q", "affirms") + """
                        relations:
                          - {id: b-r1, from: s, to: t, type: supports}
                        """));
        Contradiction x = Analysis.of(c).contradictions().get(0);
        assertEquals(Kind.ATTACK, x.kind());
        assertEquals(Kind.ATTACK, x.basis());
        assertEquals("undercuts", x.sides().get(0).stance());
        assertEquals("undercut", x.sides().get(1).stance());
        // the undercut side is the argument defeated, named by its origin claim (as in the Dung
        // frameworks); the conclusion t is not disputed, so neither it nor its proposition q is listed
        assertEquals(List.of("b/s"), refs(x.sides().get(1)));
        assertEquals(List.of("r", "p"), x.propositions());
        assertTrue(x.explanation().get(0).startsWith("a/u undercuts relation b-r1 (b/s supports b/t): it denies that b/s bears on b/t ["),
                x.explanation().get(0));
    }

    @Test
    void theSidesOfADirectContradictionHoldEveryClaimCommittedToTheLiteralImpliedOnesIncluded() {
        // a's cell is affirms (its explicit stance outweighs its implied denial in the matrix), but
        // contradictions work claim by claim: a/hint sits on the denying side with b, and a is also
        // at odds with itself
        Corpus c = load(propositions("p"),
                source("a", "claims:\n" + claim("yes", "p", "affirms")
                        + "  - {id: hint, text: H., stances: [{proposition: p, stance: denies, implied: true}]}\n"),
                source("b", "claims:\n" + claim("no", "p", "denies")),
                source("c", "claims:\n  - {id: also, text: A., stances: [{proposition: p, stance: denies, implied: true}]}\n"));
        AnalysisReport report = Analysis.of(c);
        assertEquals(Position.AFFIRMS, report.stanceMatrix().cell("p", "a").position());
        List<Contradiction> found = report.contradictions();
        assertEquals(List.of(Kind.DIRECT, Kind.INTERNAL), found.stream().map(Contradiction::kind).toList());
        Contradiction x = found.get(0);
        assertEquals(List.of("a/yes"), refs(x.sides().get(0)));
        assertEquals(List.of("a", "b", "c"), x.sides().get(1).sources());
        assertEquals(List.of("a/hint", "b/no", "c/also"), refs(x.sides().get(1)));
        assertEquals(List.of(true, false, true), x.sides().get(1).claims().stream().map(CitedClaim::implied).toList());
        assertEquals(List.of("a"), found.get(1).sources());
    }

    @Test
    void internalWhenOneSourceAffirmsAndDeniesTheSameProposition() {
        Corpus c = one(propositions("p") + source("a", "claims:\n" + claim("x", "p", "affirms") + claim("y", "p", "denies")));
        List<Contradiction> found = Analysis.of(c).contradictions();
        assertEquals(1, found.size());
        Contradiction x = found.get(0);
        assertEquals(Kind.INTERNAL, x.kind());
        assertEquals(Kind.DIRECT, x.basis());
        assertEquals(List.of("a"), x.sources());
        assertEquals("The source both affirms and denies p.", x.explanation().get(2));
    }

    @Test
    void internalByIncompatibilityAndASeparateContradictionBetweenSources() {
        // a affirms p and q (contrary); b affirms q too: a against itself, and a against b.
        Corpus c = load(propositions("p", "q") + "relations:\n  - {from: p, to: q, type: contrary}\n",
                source("a", "claims:\n" + claim("x", "p", "affirms") + claim("y", "q", "affirms")),
                source("b", "claims:\n" + claim("z", "q", "affirms")));
        List<Contradiction> found = Analysis.of(c).contradictions();
        assertEquals(List.of(Kind.INCOMPATIBLE, Kind.INTERNAL), found.stream().map(Contradiction::kind).toList());
        assertEquals(List.of("a/y", "b/z"), refs(found.get(0).sides().get(1)));
        Contradiction internal = found.get(1);
        assertEquals(Kind.INCOMPATIBLE, internal.basis());
        assertEquals(List.of("a/x"), refs(internal.sides().get(0)));
        assertEquals(List.of("a/y"), refs(internal.sides().get(1)));
    }

    @Test
    void internalAttackOnlyBetweenTheSourcesOwnVoices() {
        Corpus c = load(propositions("p", "q"), source("a", """
                claims:
                  - {id: thesis, text: T., kind: thesis, stances: [{proposition: p, stance: affirms}]}
                  - {id: doubt, text: D., kind: premise, stances: [{proposition: q, stance: affirms}]}
                  - {id: opponent, text: O., kind: objection, stances: [{proposition: p, stance: denies}]}
                  - {id: answer, text: A., kind: rebuttal, stances: [{proposition: q, stance: affirms}]}
                relations:
                  - {from: doubt, to: thesis, type: attacks}
                  - {from: answer, to: opponent, type: attacks}
                  - {from: opponent, to: thesis, type: attacks}
                """));
        List<Contradiction> found = Analysis.of(c).contradictions();
        assertEquals(1, found.size());
        assertEquals(Kind.INTERNAL, found.get(0).kind());
        assertEquals(Kind.ATTACK, found.get(0).basis());
        assertEquals(List.of("a/doubt"), refs(found.get(0).sides().get(0)));
        assertEquals(List.of("a/thesis"), refs(found.get(0).sides().get(1)));
    }

    /**
     * Issue 18.6: inside one source, an attack is a finding only when both claims keep a position
     * the source holds (an affirms or denies stance, not contradicted by the source itself). A
     * rebuttal of a rebuttal, a claim without stance, a qualification, or a claim whose stance
     * the source also denies elsewhere, is the article's own argument.
     */
    @Test
    void internalAttacksAreFindingsOnlyBetweenPositionsTheSourceHolds() {
        Corpus c = load(propositions("p", "q", "r"), source("a", """
                claims:
                  - {id: thesis, text: T., kind: thesis, stances: [{proposition: p, stance: affirms}]}
                  - {id: worry, text: W., kind: premise, stances: [{proposition: q, stance: affirms}]}
                  - {id: reply, text: R., kind: rebuttal}
                  - {id: counter, text: C., kind: rebuttal}
                  - {id: hedge, text: H., kind: premise, stances: [{proposition: p, stance: qualifies}]}
                  - {id: torn, text: X., kind: premise, stances: [{proposition: r, stance: affirms}]}
                  - {id: other, text: Y., kind: premise, stances: [{proposition: r, stance: denies}]}
                relations:
                  - {from: worry, to: thesis, type: attacks}
                  - {from: counter, to: reply, type: attacks}
                  - {from: reply, to: worry, type: attacks}
                  - {from: hedge, to: thesis, type: attacks}
                  - {from: torn, to: thesis, type: attacks}
                """));
        List<Contradiction> found = Analysis.of(c).contradictions().stream()
                .filter(x -> x.basis() == Kind.ATTACK).toList();
        assertEquals(1, found.size(), found.toString());
        assertEquals(List.of("a/worry"), refs(found.get(0).sides().get(0)));
        assertEquals(List.of("a/thesis"), refs(found.get(0).sides().get(1)));
        // the attacks stay in the Dung framework all the same
        assertEquals(5, Analysis.of(c).acceptability().corpus().attacks().stream()
                .filter(at -> at.reason().startsWith("attacks")).count());
    }

    @Test
    void qualifiesNeverMakesAContradiction() {
        Corpus c = load(propositions("p", "q") + "relations:\n  - {from: p, to: q, type: contradicts}\n",
                source("a", "claims:\n" + claim("x", "p", "qualifies")),
                source("b", "claims:\n" + claim("y", "p", "affirms") + claim("z", "q", "qualifies")),
                source("c", "claims:\n" + claim("w", "p", "denies")));
        List<Contradiction> found = Analysis.of(c).contradictions();
        assertEquals(1, found.size(), found.toString());
        assertEquals(List.of("b"), found.get(0).sides().get(0).sources());
        assertEquals(List.of("c"), found.get(0).sides().get(1).sources());
    }

    @Test
    void stancesOfObjectionsDoNotCount() {
        Corpus c = load(propositions("p"),
                source("a", "claims:\n" + claim("x", "p", "affirms")),
                source("b", "claims:\n" + claim("y", "p", "denies").replace("    text: y.\n", "    text: y.\n    kind: objection\n")));
        assertEquals(List.of(), Analysis.of(c).contradictions());
    }
}
