package org.argmap.render.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.argmap.analysis.Analysis;
import org.argmap.analysis.AnalysisReport;
import org.argmap.analysis.Camp;
import org.argmap.analysis.Contradiction;
import org.argmap.load.CorpusLoader;
import org.argmap.load.LoadResult;
import org.argmap.model.Corpus;
import org.argmap.model.Source;
import org.argmap.model.StanceType;
import org.argmap.render.Fixtures;
import org.argmap.render.view.ComparisonModel.Agreement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonModelTest {
    @TempDir
    Path dir;

    /** "kind: stance proposition [sources] / stance proposition [sources]". */
    static String describe(Contradiction c) {
        return c.kind().word() + ": " + String.join(" / ", c.sides().stream()
                .map(s -> s.stance() + " " + s.proposition() + " " + s.sources()).toList());
    }

    @Test
    void ordersSourcesByTheAnalysisCamps() {
        Corpus c = Fixtures.smallCorpus(dir);
        ComparisonModel m = ComparisonModel.of(c, List.of("nl-b", "hu-a", "en-c"));
        assertEquals(List.of(List.of("en-c", "hu-a"), List.of("nl-b")),
                Analysis.of(c).camps().stream().map(Camp::sources).toList());
        assertEquals(List.of("en-c", "hu-a", "nl-b"), m.sources().stream().map(Source::id).toList());
        assertEquals(1, m.campOf("hu-a").number());
        assertEquals("camp-one", m.campOf("hu-a").label());
    }

    @Test
    void takesItsAgreementsFromTheAnalysis() {
        ComparisonModel m = ComparisonModel.of(Fixtures.smallCorpus(dir), List.of());
        assertEquals(List.of(new Agreement("p1", StanceType.AFFIRMS, List.of("en-c", "hu-a"))), m.agreements());
        assertTrue(m.isAgreed("p1"));
        assertFalse(m.isAgreed("p2"), "hu-a affirms p2 but en-c only qualifies it: no agreement");
    }

    @Test
    void takesItsContradictionsFromTheAnalysis() {
        ComparisonModel m = ComparisonModel.of(Fixtures.smallCorpus(dir), List.of());
        assertEquals(List.of("direct: affirms p1 [en-c, hu-a] / denies p1 [nl-b]",
                "incompatible: affirms p2 [hu-a] / affirms p3 [nl-b]"),
                m.contradictions().stream().map(ComparisonModelTest::describe).toList());
        assertTrue(m.isContested("p1"));
        assertFalse(m.isContested("p2"));
        assertTrue(m.isAtOdds("p3"));
        assertTrue(m.isAtOdds("p2"));
    }

    @Test
    void holdsTheStanceMatrixInCatalogAndCampOrder() {
        ComparisonModel m = ComparisonModel.of(Fixtures.smallCorpus(dir), List.of());
        assertEquals(List.of("p1", "p2", "p3"), m.propositions().stream().map(p -> p.id()).toList());
        assertEquals(List.of("en-c", "hu-a", "nl-b"), m.sourcesOn("p1"));
        assertEquals(StanceType.QUALIFIES, m.stances("p2", "en-c").get(0).type());
        assertTrue(m.stances("p2", "en-c").get(0).implied());
        assertEquals(List.of(), m.stances("p3", "hu-a"));
    }

    @Test
    void comparesOnlyTheGivenSourcesListingOnlyThemOnEachSide() {
        ComparisonModel m = ComparisonModel.of(Fixtures.smallCorpus(dir), List.of("nl-b", "hu-a"));
        assertEquals(List.of("hu-a", "nl-b"), m.sources().stream().map(Source::id).toList());
        assertEquals(List.of(), m.agreements());
        assertEquals(List.of("direct: affirms p1 [hu-a] / denies p1 [nl-b]",
                "incompatible: affirms p2 [hu-a] / affirms p3 [nl-b]"),
                m.contradictions().stream().map(ComparisonModelTest::describe).toList());
        assertTrue(m.contradictions().get(0).sides().get(0).claims().stream().allMatch(x -> x.source().equals("hu-a")));
    }

    @Test
    void objectionStancesDoNotCount() throws IOException {
        Fixtures.smallCorpus(dir);
        // nl-b voices an opponent who affirms p1 and p3's contrary p2: neither is nl-b's own stance
        String nl = Files.readString(dir.resolve("nl-b.yaml")) + """
                  - id: opponent
                    text: Some say the councils held power in a workers' state.
                    kind: objection
                    stances:
                      - proposition: p1
                        stance: affirms
                      - proposition: p2
                        stance: affirms
                """;
        Files.writeString(dir.resolve("nl-b.yaml"), nl);
        LoadResult r = new CorpusLoader().load(List.of(dir));
        assertFalse(r.hasErrors(), () -> r.diagnostics().toString());
        ComparisonModel m = ComparisonModel.of(r.corpus(), List.of());
        assertEquals(List.of("en-c", "hu-a"), m.sourcesOn("p2"));
        assertEquals(List.of(new Agreement("p1", StanceType.AFFIRMS, List.of("en-c", "hu-a"))), m.agreements());
        assertEquals(List.of("direct: affirms p1 [en-c, hu-a] / denies p1 [nl-b]",
                "incompatible: affirms p2 [hu-a] / affirms p3 [nl-b]"),
                m.contradictions().stream().map(ComparisonModelTest::describe).toList());
        assertEquals("denies", m.cell("p1", "nl-b").position().word());
    }

    @Test
    void rejectsAnUnknownSource() {
        Corpus c = Fixtures.smallCorpus(dir);
        assertThrows(IllegalArgumentException.class, () -> ComparisonModel.of(c, List.of("nope")));
    }

    @Test
    void onTheRealCorpusItSaysWhatTheAnalysisSays() {
        Corpus c = Fixtures.realCorpus();
        AnalysisReport report = Analysis.of(c);
        List<String> chosen = List.of("trotsky-1935", "red-flag-2020");
        ComparisonModel m = ComparisonModel.of(c, chosen);
        List<String> expectedAgreements = report.agreements().stream()
                .filter(a -> a.sources().containsAll(chosen))
                .map(a -> a.proposition() + " " + a.stance().word()).toList();
        assertEquals(expectedAgreements, m.agreements().stream().map(a -> a.proposition() + " " + a.stance().word()).toList());
        long expectedContradictions = report.contradictions().stream().filter(x -> x.kind() == Contradiction.Kind.INTERNAL
                ? chosen.containsAll(x.sources()) : x.sides().stream().allMatch(s -> s.sources().stream().anyMatch(chosen::contains)))
                .count();
        assertEquals(expectedContradictions, m.contradictions().size());
        assertTrue(m.contradictions().stream().map(ComparisonModelTest::describe).toList()
                .contains("incompatible: affirms political-revolution-needed [trotsky-1935] / affirms social-revolution-needed [red-flag-2020]"),
                () -> m.contradictions().stream().map(ComparisonModelTest::describe).toList().toString());
        List<String> flat = report.camps().stream().flatMap(x -> x.sources().stream()).filter(chosen::contains).toList();
        assertEquals(flat, m.sources().stream().map(Source::id).toList());
    }
}
