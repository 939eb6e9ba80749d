package org.argmap.analysis;

import static org.argmap.analysis.InlineMaps.load;
import static org.argmap.analysis.InlineMaps.propositions;
import static org.argmap.analysis.InlineMaps.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.argmap.model.Corpus;
import org.junit.jupiter.api.Test;

/** Camps by average linkage over the agreement scores, and the cruxes that separate them. */
class CampsTest {

    private static String src(String id, String tradition, String... stances) {
        StringBuilder b = new StringBuilder("claims:\n  - id: x\n    text: X.\n    stances:\n");
        for (int i = 0; i < stances.length; i += 2) {
            b.append("      - {proposition: ").append(stances[i]).append(", stance: ").append(stances[i + 1]).append("}\n");
        }
        return source(id, b.toString()).replace("language: en,", "language: en, tradition: " + tradition + ",");
    }

    private static Corpus twoCamps() {
        // a, b and c agree on everything they share; d and e agree with each other and oppose a-c on w and x.
        return load(propositions("w", "x", "y", "z"),
                src("a", "left", "w", "affirms", "x", "affirms", "y", "affirms"),
                src("b", "left", "w", "affirms", "x", "affirms", "y", "affirms", "z", "affirms"),
                src("c", "right", "w", "affirms", "y", "affirms"),
                src("d", "right", "w", "denies", "x", "denies", "y", "affirms"),
                src("e", "right", "w", "denies", "x", "denies", "y", "affirms", "z", "affirms"));
    }

    @Test
    void sourcesThatAgreeFormACamp() {
        AnalysisReport r = Analysis.of(twoCamps());
        assertEquals(List.of(new Camp(1, List.of("a", "b", "c"), 1.0, null), new Camp(2, List.of("d", "e"), 1.0, "right")),
                r.camps());
        assertEquals(1.0 / 3, r.agreement("a", "d").score());
        assertEquals(0.5, r.agreement("c", "d").score());
    }

    @Test
    void cruxesAreThePropositionsTheCampsAnswerOppositely() {
        AnalysisReport r = Analysis.of(twoCamps());
        List<Crux> cruxes = r.cruxes();
        assertEquals(List.of("w", "x"), cruxes.stream().map(Crux::proposition).toList());
        Crux w = cruxes.get(0);
        assertEquals(1.0, w.separation());
        assertEquals(1.0, w.coverage());
        assertEquals(1.0, w.score());
        assertEquals(List.of(new Crux.CampView(1, 1.0, List.of(Position.AFFIRMS, Position.AFFIRMS, Position.AFFIRMS)),
                new Crux.CampView(2, -1.0, List.of(Position.DENIES, Position.DENIES))), w.camps());
        Crux x = cruxes.get(1);
        assertEquals(0.8, x.coverage());
        assertEquals(0.8, x.score());
        assertEquals(List.of(Position.AFFIRMS, Position.AFFIRMS, Position.SILENT), x.camps().get(0).positions());
    }

    @Test
    void oneCampHasNoCruxes() {
        Corpus c = load(propositions("p"),
                src("a", "t", "p", "affirms"),
                src("b", "t", "p", "affirms"));
        AnalysisReport r = Analysis.of(c);
        assertEquals(List.of(new Camp(1, List.of("a", "b"), 1.0, "t")), r.camps());
        assertEquals(List.of(), r.cruxes());
    }

    @Test
    void sourcesThatShareNothingStayApart() {
        Corpus c = load(propositions("p", "q"),
                src("a", "t", "p", "affirms"),
                src("b", "t", "q", "affirms"));
        assertEquals(List.of(new Camp(1, List.of("a"), null, "t"), new Camp(2, List.of("b"), null, "t")),
                Analysis.of(c).camps());
    }
}
