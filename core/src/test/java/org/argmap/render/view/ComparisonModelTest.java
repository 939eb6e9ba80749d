package org.argmap.render.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.argmap.model.Corpus;
import org.argmap.model.Source;
import org.argmap.model.StanceType;
import org.argmap.render.Fixtures;
import org.argmap.render.view.ComparisonModel.Agreement;
import org.argmap.render.view.ComparisonModel.Contradiction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonModelTest {
    @TempDir
    Path dir;

    @Test
    void ordersSourcesByTraditionThenId() {
        ComparisonModel m = ComparisonModel.of(Fixtures.smallCorpus(dir), List.of());
        assertEquals(List.of("en-c", "hu-a", "nl-b"), m.sources().stream().map(Source::id).toList());
    }

    @Test
    void derivesAgreementsFromSharedStances() {
        ComparisonModel m = ComparisonModel.of(Fixtures.smallCorpus(dir), List.of());
        assertEquals(List.of(new Agreement("p1", StanceType.AFFIRMS, List.of("en-c", "hu-a"))), m.agreements());
        assertTrue(m.isAgreed("p1"));
        assertFalse(m.isAgreed("p2"));
    }

    @Test
    void derivesDirectAndIncompatibleContradictions() {
        ComparisonModel m = ComparisonModel.of(Fixtures.smallCorpus(dir), List.of());
        assertEquals(List.of(
                new Contradiction(Contradiction.Kind.DIRECT, "en-c", "p1", "nl-b", "p1"),
                new Contradiction(Contradiction.Kind.DIRECT, "hu-a", "p1", "nl-b", "p1"),
                new Contradiction(Contradiction.Kind.INCOMPATIBLE, "hu-a", "p2", "nl-b", "p3")), m.contradictions());
        assertTrue(m.isContested("p1"));
        assertTrue(m.isIncompatible("p3"));
        assertFalse(m.isContested("p2"));
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
    void comparesOnlyTheGivenSources() {
        ComparisonModel m = ComparisonModel.of(Fixtures.smallCorpus(dir), List.of("nl-b", "hu-a"));
        assertEquals(List.of("hu-a", "nl-b"), m.sources().stream().map(Source::id).toList());
        assertEquals(List.of(), m.agreements());
        assertEquals(2, m.contradictions().size());
    }

    @Test
    void rejectsAnUnknownSource() {
        Corpus c = Fixtures.smallCorpus(dir);
        assertThrows(IllegalArgumentException.class, () -> ComparisonModel.of(c, List.of("nope")));
    }

    @Test
    void realCorpusHasTheExpectedCrossCampContradiction() {
        ComparisonModel m = ComparisonModel.of(Fixtures.realCorpus(), List.of("trotsky-1935", "red-flag-2020"));
        assertTrue(m.contradictions().contains(new Contradiction(Contradiction.Kind.INCOMPATIBLE,
                "trotsky-1935", "political-revolution-needed", "red-flag-2020", "social-revolution-needed")),
                () -> m.contradictions().toString());
    }
}
