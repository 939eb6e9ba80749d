package org.argmap.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.argmap.analysis.Contradiction.Kind;
import org.argmap.analysis.Contradiction.Side;
import org.argmap.load.CorpusLoader;
import org.argmap.load.LoadResult;
import org.argmap.model.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The five articles in {@code ../argmaps}: the key findings, and the corpus's own expected findings. */
class RealCorpusAnalysisTest {

    static Corpus corpus;
    static AnalysisReport report;

    @BeforeAll
    static void analyse() {
        LoadResult r = new CorpusLoader().load(List.of(Path.of("../argmaps")));
        assertEquals(0, r.errorCount(), r.diagnostics().toString());
        corpus = r.corpus();
        report = Analysis.of(corpus);
    }

    private static List<String> refs(Side s) {
        return s.claims().stream().map(CitedClaim::ref).toList();
    }

    private static List<String> quotes(Side s) {
        return s.claims().stream().flatMap(c -> c.quotes().stream()).map(Quote::text).toList();
    }

    private static Contradiction find(Kind kind, String p1, String p2) {
        return report.contradictions(kind).stream()
                .filter(c -> p1.equals(c.sides().get(0).proposition()) && p2.equals(c.sides().get(1).proposition()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + p1 + " / " + p2));
    }

    @Test
    void theWorkersStateReadingClashesWithTheStateCapitalistReading() {
        Contradiction x = find(Kind.INCOMPATIBLE, "ussr-workers-state", "ussr-state-capitalist");
        Side workersState = x.sides().get(0);
        Side stateCapitalist = x.sides().get(1);
        assertEquals("affirms", workersState.stance());
        assertEquals(List.of("alcoy-2016", "trotsky-1935", "westerlund-2019"), workersState.sources());
        assertEquals(List.of("alcoy-2016/social-bases-of-workers-state-maintained", "trotsky-1935/bureaucratic-absolutism-contradicts-workers-state",
                "westerlund-2019/planned-economy-remnant-of-workers-state"), refs(workersState));
        assertTrue(quotes(workersState).contains(
                "Although the social bases of the workers’ state, notably the nationalization of the means of production, were maintained"));
        assertTrue(quotes(workersState).contains("bureaucratic absolutism which has come into an irreconcilable contradiction with "
                + "economic and cultural requirements of the workers’ state"));
        assertEquals("affirms", stateCapitalist.stance());
        assertEquals(List.of("red-flag-2020", "tengely-evans-2016"), stateCapitalist.sources());
        assertEquals(List.of("red-flag-2020/khrushchev-no-fundamental-change", "red-flag-2020/russia-bureaucratic-ruling-class",
                "red-flag-2020/stalinist-capitalism-deprives-control", "tengely-evans-2016/not-socialist-but-state-capitalist",
                "tengely-evans-2016/crisis-split-ruling-class"),
                refs(stateCapitalist));
        assertTrue(quotes(stateCapitalist).contains("Russia and the Eastern Bloc weren’t socialist. They represented a form of "
                + "“state capitalism” with the exploitation of workers at its core."));
        assertEquals("ussr-workers-state and ussr-state-capitalist are contrary: they cannot both be true [argmaps/relations.yaml:5:5].",
                x.explanation().get(1).replace(Path.of("../argmaps/relations.yaml").toString(), "argmaps/relations.yaml"));
    }

    @Test
    void westerlundDeniesWhatTheStateCapitalistSourcesAffirm() {
        Contradiction x = find(Kind.DIRECT, "ussr-state-capitalist", "ussr-state-capitalist");
        assertEquals(List.of("red-flag-2020", "tengely-evans-2016"), x.sides().get(0).sources());
        assertEquals(List.of("westerlund-2019/stalinism-collapsed-into-capitalism"), refs(x.sides().get(1)));
        assertTrue(x.sides().get(1).claims().get(0).quotes().stream().anyMatch(q -> q.gloss() != null
                && q.gloss().startsWith("The Stalinist leaders quickly transformed themselves into capitalists")));
    }

    @Test
    void stateCapitalismClashesWithTheCasteThesisThroughAChain() {
        Contradiction x = find(Kind.INDIRECT, "ussr-state-capitalist", "bureaucracy-is-caste");
        assertEquals(List.of("ussr-state-capitalist -> bureaucracy-is-ruling-class (entails)",
                "bureaucracy-is-ruling-class -> not bureaucracy-is-caste (contrary)"),
                x.chains().get(0).steps().stream().map(Object::toString).toList());
        assertEquals(List.of("alcoy-2016", "westerlund-2019"), x.sides().get(1).sources());
    }

    @Test
    void theSourcesFallIntoTheirTwoTraditions() {
        assertEquals(List.of(List.of("alcoy-2016", "trotsky-1935", "westerlund-2019"), List.of("red-flag-2020", "tengely-evans-2016")),
                report.camps().stream().map(Camp::sources).toList());
        assertEquals(List.of("degenerated-workers-state", "state-capitalism"), report.camps().stream().map(Camp::label).toList());
        // since the review of issue 16 westerlund-2019 affirms ussr-workers-state too, so every source
        // takes a position on it and it separates the camps best
        assertEquals(List.of("ussr-workers-state", "ussr-state-capitalist", "political-revolution-needed", "social-revolution-needed"),
                report.cruxes().stream().limit(4).map(Crux::proposition).toList());
    }

    @Test
    void allFiveSourcesAgreeThatStalinismRepressedTheWorkers() {
        Agreement a = report.agreements().stream().filter(x -> x.proposition().equals("stalinism-repressed-workers"))
                .findFirst().orElseThrow();
        assertEquals(List.of("alcoy-2016", "red-flag-2020", "tengely-evans-2016", "trotsky-1935", "westerlund-2019"), a.sources());
    }

    @Test
    void theCorpusExpectedFindingsHold() {
        assertTrue(corpus.expectations().size() >= corpus.sources().size(), "the corpus states its findings");
        assertEquals(List.of(), Analysis.check(report));
    }

    @Test
    void eachCauseOfTheBureaucracyIsAgreedOnOnlyByTheSourcesThatNameIt() {
        // issue 16: the causes used to be one bundled proposition that all five "affirmed"
        assertEquals(List.of("alcoy-2016", "red-flag-2020", "tengely-evans-2016", "trotsky-1935", "westerlund-2019"),
                agreement("bureaucracy-from-isolation").sources());
        assertEquals(List.of("alcoy-2016", "red-flag-2020", "tengely-evans-2016", "westerlund-2019"),
                agreement("bureaucracy-from-civil-war").sources());
        assertEquals(List.of("red-flag-2020", "westerlund-2019"), agreement("bureaucracy-from-famine").sources());
        assertEquals(List.of(Position.AFFIRMS, Position.SILENT, Position.SILENT, Position.SILENT, Position.SILENT),
                report.stanceMatrix().row("bureaucracy-from-backwardness").stream().map(StanceMatrix.Cell::position).toList());
    }

    private static Agreement agreement(String proposition) {
        return report.agreements().stream().filter(x -> x.proposition().equals(proposition)).findFirst()
                .orElseThrow(() -> new AssertionError("no agreement on " + proposition));
    }

    @Test
    void theRelationsBetweenPropositionsAreConsistent() {
        assertEquals(List.of(), report.warnings());
    }

    @Test
    void theTextReportShowsTheClashWithItsQuotes() {
        String text = ReportText.text(report);
        assertTrue(text.contains("2. Incompatible: ussr-workers-state (alcoy-2016, trotsky-1935 and westerlund-2019) vs ussr-state-capitalist "
                + "(red-flag-2020 and tengely-evans-2016)\n"), text);
        assertTrue(text.contains("> “Although the social bases of the workers’ state, notably the nationalization of the means of\n"));
        String md = ReportText.markdown(report);
        assertTrue(md.contains("### 2. Incompatible: ussr-workers-state (alcoy-2016, trotsky-1935 and westerlund-2019) vs ussr-state-capitalist"), md);
    }

    @Test
    void reportsAreByteIdenticalForTheSameInput() {
        Corpus again = new CorpusLoader().load(List.of(Path.of("../argmaps"))).corpus();
        AnalysisReport second = Analysis.of(again);
        assertEquals(ReportJson.write(report), ReportJson.write(second));
        assertEquals(ReportText.text(report), ReportText.text(second));
        assertEquals(ReportText.markdown(report), ReportText.markdown(second));
    }
}
