package org.argmap.analysis;

import static org.argmap.analysis.InlineMaps.load;
import static org.argmap.analysis.InlineMaps.one;
import static org.argmap.analysis.InlineMaps.propositions;
import static org.argmap.analysis.InlineMaps.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.argmap.analysis.StanceMatrix.Cell;
import org.argmap.model.ClaimKind;
import org.argmap.model.Corpus;
import org.argmap.model.StanceType;
import org.junit.jupiter.api.Test;

/** The stance matrix's aggregation rules and the agreement rule, on inline maps. */
class AgreementAndMatrixTest {

    @Test
    void agreementListsEachSourcesClaimsWithTheirQuotes() {
        Corpus c = load(propositions("p", "q"),
                source("a", """
                        claims:
                          - id: rose
                            text: The bureaucracy rose from the ruins.
                            kind: thesis
                            evidence:
                              - quote: "in the ashes of the revolution"
                            stances:
                              - {proposition: p, stance: affirms}
                          - id: other
                            text: Other.
                            stances:
                              - {proposition: q, stance: affirms}
                        """),
                source("b", """
                        claims:
                          - id: councils
                            text: Councils.
                            evidence:
                              - quote: "De bureaucratie parasiteerde op de arbeidersstaat."
                                gloss: The bureaucracy was parasitic on the workers' state.
                            stances:
                              - {proposition: p, stance: affirms, implied: true, note: by the title}
                          - id: no-q
                            text: Not q.
                            stances:
                              - {proposition: q, stance: denies}
                        """));
        List<Agreement> agreements = Analysis.of(c).agreements();
        assertEquals(1, agreements.size());
        Agreement a = agreements.get(0);
        assertEquals("p", a.proposition());
        assertEquals(StanceType.AFFIRMS, a.stance());
        assertEquals(List.of("a", "b"), a.sources());
        assertEquals(List.of(
                new CitedClaim("a/rose", "a", "The bureaucracy rose from the ruins.", ClaimKind.THESIS, StanceType.AFFIRMS, false, null,
                        List.of(new Quote("a/rose#1", "in the ashes of the revolution", null, null))),
                new CitedClaim("b/councils", "b", "Councils.", ClaimKind.PREMISE, StanceType.AFFIRMS, true, "by the title",
                        List.of(new Quote("b/councils#1", "De bureaucratie parasiteerde op de arbeidersstaat.",
                                "The bureaucracy was parasitic on the workers' state.", null)))),
                a.claims());
    }

    @Test
    void denialsAgreeToo() {
        Corpus c = load(propositions("p"),
                source("a", "claims:\n  - {id: x, text: X., stances: [{proposition: p, stance: denies}]}\n"),
                source("b", "claims:\n  - {id: y, text: Y., stances: [{proposition: p, stance: denies}]}\n"),
                source("c", "claims:\n  - {id: z, text: Z., stances: [{proposition: p, stance: affirms}]}\n"));
        List<Agreement> agreements = Analysis.of(c).agreements();
        assertEquals(1, agreements.size());
        assertEquals(StanceType.DENIES, agreements.get(0).stance());
        assertEquals(List.of("a", "b"), agreements.get(0).sources());
    }

    @Test
    void qualificationsDoNotAgree() {
        Corpus c = load(propositions("p"),
                source("a", "claims:\n  - {id: x, text: X., stances: [{proposition: p, stance: qualifies}]}\n"),
                source("b", "claims:\n  - {id: y, text: Y., stances: [{proposition: p, stance: qualifies}]}\n"));
        assertEquals(List.of(), Analysis.of(c).agreements());
        assertEquals(Position.QUALIFIES, Analysis.of(c).stanceMatrix().cell("p", "a").position());
    }

    @Test
    void explicitStancesOutweighImpliedOnesAndDifferencesAreMarkedMixed() {
        Corpus c = one(propositions("p", "q", "r") + source("a", """
                claims:
                  - id: x
                    text: X.
                    stances:
                      - {proposition: p, stance: affirms}
                      - {proposition: q, stance: affirms}
                      - {proposition: r, stance: affirms, implied: true}
                  - id: y
                    text: Y.
                    stances:
                      - {proposition: p, stance: denies, implied: true}
                      - {proposition: q, stance: denies}
                      - {proposition: r, stance: affirms, implied: true}
                """));
        StanceMatrix m = Analysis.of(c).stanceMatrix();
        Cell p = m.cell("p", "a");
        assertEquals(Position.AFFIRMS, p.position());
        assertTrue(p.mixed());
        assertFalse(p.implied());
        assertEquals(List.of("a/x", "a/y"), p.claims().stream().map(CitedClaim::ref).toList());
        Cell q = m.cell("q", "a");
        assertEquals(Position.QUALIFIES, q.position());
        assertTrue(q.mixed());
        Cell r = m.cell("r", "a");
        assertEquals(Position.AFFIRMS, r.position());
        assertFalse(r.mixed());
        assertTrue(r.implied());
    }

    @Test
    void aMixedCellWhoseExplicitStancesAgreeJoinsTheAgreementWithOnlyThoseClaims() {
        Corpus c = load(propositions("p"),
                source("a", """
                        claims:
                          - {id: x, text: X., stances: [{proposition: p, stance: affirms}]}
                          - {id: y, text: Y., stances: [{proposition: p, stance: denies, implied: true}]}
                        """),
                source("b", "claims:\n  - {id: z, text: Z., stances: [{proposition: p, stance: affirms}]}\n"));
        AnalysisReport report = Analysis.of(c);
        Cell a = report.stanceMatrix().cell("p", "a");
        assertEquals(Position.AFFIRMS, a.position());
        assertTrue(a.mixed());
        assertEquals(1, report.agreements().size());
        Agreement agreement = report.agreements().get(0);
        assertEquals(StanceType.AFFIRMS, agreement.stance());
        assertEquals(List.of("a", "b"), agreement.sources());
        assertEquals(List.of("a/x", "b/z"), agreement.claims().stream().map(CitedClaim::ref).toList());
    }

    @Test
    void aSourceThatAlsoDeniesIsLeftOutOfTheAgreementNotTheOthers() {
        Corpus c = load(propositions("p"),
                source("a", "claims:\n  - {id: x, text: X., stances: [{proposition: p, stance: denies}]}\n"),
                source("b", "claims:\n  - {id: y, text: Y., stances: [{proposition: p, stance: denies}]}\n"),
                source("c", "claims:\n  - {id: z, text: Z., stances: [{proposition: p, stance: affirms}]}\n"),
                source("d", "claims:\n  - {id: w, text: W., stances: [{proposition: p, stance: qualifies}]}\n"));
        List<Agreement> agreements = Analysis.of(c).agreements();
        assertEquals(1, agreements.size());
        assertEquals(StanceType.DENIES, agreements.get(0).stance());
        assertEquals(List.of("a", "b"), agreements.get(0).sources());
    }

    @Test
    void objectionsAreLeftOutOfTheMatrix() {
        Corpus c = one(propositions("p") + source("a", """
                claims:
                  - {id: x, text: X., kind: objection, stances: [{proposition: p, stance: affirms}]}
                """));
        Cell cell = Analysis.of(c).stanceMatrix().cell("p", "a");
        assertEquals(Position.SILENT, cell.position());
        assertEquals(List.of(), cell.claims());
    }

    @Test
    void silentCellsShowWhatTheSourcesOtherStancesEntail() {
        Corpus c = load(propositions("p", "q", "r", "s") + """
                relations:
                  - {from: p, to: q, type: entails}
                  - {from: p, to: r, type: contrary}
                """,
                source("a", "claims:\n  - {id: x, text: X., stances: [{proposition: p, stance: affirms}]}\n"));
        StanceMatrix m = Analysis.of(c).stanceMatrix();
        assertEquals(List.of("p", "q", "r", "s"), m.propositions());
        assertEquals(Position.AFFIRMS, m.cell("q", "a").entailed());
        assertEquals(Position.DENIES, m.cell("r", "a").entailed());
        assertEquals(Position.SILENT, m.cell("s", "a").entailed());
        assertEquals(Position.SILENT, m.cell("q", "a").position());
        assertEquals(Position.DENIES, m.cell("r", "a").effective());
        assertEquals(List.of("p"), List.copyOf(m.nonEmptyRows().keySet()));
    }

    @Test
    void scoresCountSamePartialAndOppositePositions() {
        Corpus c = load(propositions("p", "q", "r", "s"),
                source("a", """
                        claims:
                          - id: x
                            text: X.
                            stances:
                              - {proposition: p, stance: affirms}
                              - {proposition: q, stance: affirms}
                              - {proposition: r, stance: affirms}
                        """),
                source("b", """
                        claims:
                          - id: y
                            text: Y.
                            stances:
                              - {proposition: p, stance: affirms}
                              - {proposition: q, stance: qualifies}
                              - {proposition: r, stance: denies}
                              - {proposition: s, stance: denies}
                        """));
        SourceAgreement s = Analysis.of(c).agreement("a", "b");
        assertEquals(new SourceAgreement("a", "b", 3, 1, 1, 1, 0.5), s);
    }

    @Test
    void scoreIsNullWhenNothingIsShared() {
        Corpus c = load(propositions("p", "q"),
                source("a", "claims:\n  - {id: x, text: X., stances: [{proposition: p, stance: affirms}]}\n"),
                source("b", "claims:\n  - {id: y, text: Y., stances: [{proposition: q, stance: affirms}]}\n"));
        assertNull(Analysis.of(c).agreement("b", "a").score());
    }
}
