package org.argmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.argmap.model.Claim;
import org.argmap.model.ClaimKind;
import org.argmap.model.Corpus;
import org.argmap.model.Evidence;
import org.argmap.model.EvidenceKind;
import org.argmap.model.Expectation;
import org.argmap.model.Relation;
import org.argmap.model.RelationType;
import org.argmap.model.Source;
import org.argmap.model.StanceType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fixture in {@code fixtures/valid} uses every feature of the format; this pins what it loads to. */
class FullFormatFixtureTest {
    static LoadResult result;
    static Corpus corpus;

    @BeforeAll
    static void load() {
        result = new CorpusLoader().load(List.of(Path.of("src/test/resources/fixtures/valid")));
        corpus = result.corpus();
    }

    @Test
    void loadsWithoutAnyDiagnostic() {
        assertEquals(List.of(), result.diagnostics());
    }

    @Test
    void readsSourceMetadata() {
        Source a = corpus.source("alpha").orElseThrow();
        assertEquals(List.of("A. Author", "B. Author"), a.authors());
        assertEquals("c. 2020", a.date());
        assertEquals("https://example.org/alpha", a.url());
        assertEquals("degenerated-workers-state", a.tradition());
        assertEquals(64, a.textSha256().length());
        assertEquals(List.of("alpha", "beta"), corpus.sources().stream().map(Source::id).toList());
        assertEquals(4, a.location().line());
    }

    @Test
    void readsClaimsWithKindsTagsAndLocations() {
        Claim c = corpus.claimsByRef().get("alpha/rose-from-ruins");
        assertEquals(ClaimKind.THESIS, c.kind());
        assertEquals(List.of("bureaucracy", "origin"), c.tags());
        assertEquals("the main thesis", c.note());
        assertEquals(16, c.location().line());
        assertEquals(5, c.location().column());
        assertEquals(ClaimKind.PREMISE, corpus.claimsByRef().get("alpha/names").kind());
        assertEquals(9, corpus.claims().size());
    }

    @Test
    void findsQuotesAndComputesCodePointOffsets() throws Exception {
        String text = java.nio.file.Files.readString(Path.of("src/test/resources/fixtures/texts/sample.txt"));
        for (Evidence e : corpus.evidence()) {
            assertTrue(e.exact(), e.id());
            assertEquals(e.quote(), text.substring(text.offsetByCodePoints(0, e.start()), text.offsetByCodePoints(0, e.end())));
        }
        Evidence first = corpus.claimsByRef().get("alpha/rose-from-ruins").evidence().get(0);
        assertEquals("alpha/rose-from-ruins#1", first.id());
        assertEquals(EvidenceKind.QUOTATION, first.kind());
        assertEquals("The Author", first.speaker());
        assertEquals(text.codePointCount(0, text.indexOf("in the ashes")), first.start());
        Evidence bare = corpus.claimsByRef().get("alpha/rose-from-ruins").evidence().get(1);
        assertEquals(EvidenceKind.STATEMENT, bare.kind());
        assertNull(bare.speaker());
        Evidence dutch = corpus.claimsByRef().get("alpha/parasite").evidence().get(0);
        assertEquals("The bureaucracy was parasitic on the workers' state.", dutch.gloss());
    }

    @Test
    void readsStancesExplicitAndImplied() {
        var stances = corpus.claimsByRef().get("alpha/rose-from-ruins").stances();
        assertEquals(2, stances.size());
        assertEquals(StanceType.QUALIFIES, stances.get(1).type());
        assertTrue(stances.get(1).implied());
        assertFalse(corpus.claimsByRef().get("alpha/councils").stances().get(0).implied());
        assertEquals(StanceType.DENIES, corpus.claimsByRef().get("beta/state-capitalism").stances().get(1).type());
    }

    @Test
    void resolvesRelationsUndercutsAndCrossSourceRelations() {
        List<Relation> rs = corpus.relations();
        Relation undercut = rs.stream().filter(r -> r.type() == RelationType.UNDERCUTS).findFirst().orElseThrow();
        assertEquals("alpha/names", undercut.from());
        assertEquals("alpha-r1", undercut.to());
        Relation cross = rs.stream().filter(r -> r.from().equals("beta/state-capitalism") && r.type() == RelationType.ATTACKS)
                .findFirst().orElseThrow();
        assertEquals("alpha/parasite", cross.to());
        assertNull(cross.source());
        assertTrue(rs.stream().anyMatch(r -> r.type() == RelationType.CONTRARY && r.from().equals("workers-state")));
        assertTrue(rs.stream().anyMatch(r -> r.type() == RelationType.ENTAILS));
        assertEquals("alpha#2", rs.stream().filter(r -> r.from().equals("alpha/parasite")).findFirst().orElseThrow().id());
    }

    @Test
    void readsExpectations() {
        assertEquals(2, corpus.expectations().size());
        Expectation a = corpus.expectations().get(0);
        assertEquals(Expectation.Type.AGREEMENT, a.type());
        assertEquals(List.of("alpha", "beta"), a.sources());
        assertEquals("direct", corpus.expectations().get(1).kind());
    }
}
