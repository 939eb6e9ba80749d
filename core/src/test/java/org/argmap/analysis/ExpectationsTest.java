package org.argmap.analysis;

import static org.argmap.analysis.InlineMaps.load;
import static org.argmap.analysis.InlineMaps.propositions;
import static org.argmap.analysis.InlineMaps.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.argmap.diag.Diagnostic;
import org.argmap.diag.Severity;
import org.argmap.model.Corpus;
import org.junit.jupiter.api.Test;

/** Expected findings: those that hold give nothing, each that fails gives an error at its own line. */
class ExpectationsTest {

    private static Corpus corpus(String expect) {
        return load(propositions("p", "q") + "relations:\n  - {from: p, to: q, type: contrary}\n" + expect,
                source("a", "claims:\n  - {id: x, text: X., stances: [{proposition: p, stance: affirms}]}\n"),
                source("b", "claims:\n  - {id: y, text: Y., stances: [{proposition: p, stance: affirms}, {proposition: q, stance: affirms}]}\n"),
                source("c", "claims:\n  - {id: z, text: Z., stances: [{proposition: q, stance: affirms}]}\n"));
    }

    @Test
    void findingsThatHoldGiveNoDiagnostic() {
        Corpus c = corpus("""
                expect:
                  agreements:
                    - {proposition: p, stance: affirms, sources: [a, b]}
                    - {proposition: q, sources: [c, b]}
                  contradictions:
                    - {kind: incompatible, sources: [a, c], propositions: [p, q]}
                    - {kind: internal, sources: [b]}
                    - {sources: [c, a]}
                """);
        assertEquals(5, c.expectations().size());
        assertEquals(List.of(), Analysis.check(Analysis.of(c)));
    }

    @Test
    void eachFailedFindingIsAnErrorAtItsLocation() {
        Corpus c = corpus("""
                expect:
                  agreements:
                    - {proposition: p, stance: denies, sources: [a, b]}
                    - {proposition: q, stance: affirms, sources: [a, c]}
                  contradictions:
                    - {kind: direct, sources: [a, c]}
                    - {kind: indirect, sources: [a, c]}
                """);
        List<Diagnostic> ds = Analysis.check(Analysis.of(c));
        String file = c.expectations().get(0).location().file();
        assertEquals(List.of(
                new Diagnostic(Severity.ERROR, "expectation-failed", "expected agreement does not hold: a and b deny p", file, 10, 7,
                        "found: a affirms; b affirms"),
                new Diagnostic(Severity.ERROR, "expectation-failed", "expected agreement does not hold: a and c affirm q", file, 11, 7,
                        "found: a is silent (its other stances entail that it denies); c affirms"),
                new Diagnostic(Severity.ERROR, "expectation-failed", "expected a contradiction of kind direct between a and c is not found",
                        file, 13, 7, "contradictions between these sources: incompatible (affirms p / affirms q)"),
                new Diagnostic(Severity.ERROR, "expectation-failed",
                        "expected a contradiction of kind indirect between a and c is not found", file, 14, 7,
                        "contradictions between these sources: incompatible (affirms p / affirms q)")), ds);
    }

    @Test
    void sourcesOnTheSameSideAreNoContradictionBetweenThem() {
        // a and b both affirm p: they are on one side of the contradiction with c, not against each other.
        Corpus c = load(propositions("p", "q") + "relations:\n  - {from: p, to: q, type: contrary}\n"
                        + "expect:\n  contradictions:\n    - {sources: [a, b], propositions: [p]}\n    - {sources: [a, b, c]}\n",
                source("a", "claims:\n  - {id: x, text: X., stances: [{proposition: p, stance: affirms}]}\n"),
                source("b", "claims:\n  - {id: y, text: Y., stances: [{proposition: p, stance: affirms}]}\n"),
                source("c", "claims:\n  - {id: z, text: Z., stances: [{proposition: q, stance: affirms}]}\n"));
        List<Diagnostic> ds = Analysis.check(Analysis.of(c));
        assertEquals(1, ds.size());
        assertEquals("expected a contradiction between a and b involving p is not found", ds.get(0).message());
    }
}
