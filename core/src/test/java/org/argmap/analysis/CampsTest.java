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

    /**
     * Issue 18.3: a and b share nothing (no score), though each agrees with c. Averaging only the
     * defined pairs used to put all three in one camp with cohesion 1.0; a camp needs every pair
     * of its members to share something, so b, which shares nothing with a, stays out.
     */
    @Test
    void aSourceThatSharesNothingWithACampsMembersDoesNotJoinIt() {
        Corpus c = load(propositions("p", "q"),
                src("a", "t", "p", "affirms"),
                src("b", "t", "q", "affirms"),
                src("c", "t", "p", "affirms", "q", "affirms"));
        AnalysisReport r = Analysis.of(c);
        assertEquals(null, r.agreement("a", "b").score());
        assertEquals(List.of(new Camp(1, List.of("a", "c"), 1.0, "t", 1), new Camp(2, List.of("b"), null, "t", 0)),
                r.camps());
    }

    @Test
    void cohesionSaysHowManyPairsItIsComputedOver() {
        AnalysisReport r = Analysis.of(twoCamps());
        assertEquals(List.of(3, 1), r.camps().stream().map(Camp::pairs).toList());
        String json = ReportJson.write(r);
        assertEquals(true, json.contains("\"cohesion\" : 1.0,\n    \"pairs\" : 3"), json.substring(json.indexOf("\"camps\"")));
    }

    /** The clustering against the definition, rescanning all pairs, on random score matrices. */
    @Test
    void agreesWithTheQuadraticRescanOnRandomScores() {
        java.util.Random rnd = new java.util.Random(18);
        for (int round = 0; round < 300; round++) {
            int n = 1 + rnd.nextInt(14);
            List<String> ids = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                ids.add("s" + i);
            }
            List<SourceAgreement> scores = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    // scores on a coarse grid, so that ties happen; some pairs share nothing
                    Double v = rnd.nextInt(5) == 0 ? null : rnd.nextInt(9) / 8.0;
                    scores.add(new SourceAgreement(ids.get(i), ids.get(j), v == null ? 0 : 1, 0, 0, 0, v));
                }
            }
            Corpus empty = load(propositions("p"));
            List<List<String>> expected = naive(ids, scores, 0.75);
            List<List<String>> actual = Camps.cluster(empty, ids, scores, 0.75).stream().map(Camp::sources).toList();
            assertEquals(expected, actual, "round " + round);
        }
    }

    /** Average linkage by the book: rescan every pair of camps at every merge; all pairs defined. */
    private static List<List<String>> naive(List<String> ids, List<SourceAgreement> scores, double threshold) {
        java.util.Map<String, Double> s = new java.util.HashMap<>();
        scores.forEach(x -> s.put(x.a() + " " + x.b(), x.score()));
        java.util.function.BiFunction<String, String, Double> score = (a, b) ->
                ids.indexOf(a) < ids.indexOf(b) ? s.get(a + " " + b) : s.get(b + " " + a);
        List<List<String>> cs = new java.util.ArrayList<>();
        ids.forEach(i -> cs.add(new java.util.ArrayList<>(List.of(i))));
        while (true) {
            int bi = -1;
            int bj = -1;
            double best = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < cs.size(); i++) {
                for (int j = i + 1; j < cs.size(); j++) {
                    double sum = 0;
                    boolean all = true;
                    for (String a : cs.get(i)) {
                        for (String b : cs.get(j)) {
                            Double v = score.apply(a, b);
                            all &= v != null;
                            sum += v == null ? 0 : v;
                        }
                    }
                    double mean = sum / (cs.get(i).size() * cs.get(j).size());
                    if (all && mean >= threshold - 1e-12 && mean > best + 1e-12) {
                        best = mean;
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                return cs;
            }
            cs.get(bi).addAll(cs.remove(bj));
            cs.get(bi).sort(java.util.Comparator.comparingInt(ids::indexOf));
        }
    }
}
