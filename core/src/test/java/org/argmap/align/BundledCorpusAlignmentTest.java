package org.argmap.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.argmap.align.Alignment.Compound;
import org.argmap.load.CorpusLoader;
import org.argmap.load.LoadResult;
import org.argmap.model.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled corpus: what the independent reading found, the tool must surface. */
class BundledCorpusAlignmentTest {

    /** The bundled corpus as reviewed, with its {@code dismissed:} entries. */
    static Corpus corpus;
    static Alignment alignment;
    /** The same maps without the dismissals: what the tool suggests before review. */
    static Corpus undismissed;
    static Alignment raw;

    @BeforeAll
    static void align() {
        LoadResult r = new CorpusLoader().load(List.of(Path.of("../argmaps")));
        assertFalse(r.hasErrors(), () -> r.diagnostics().toString());
        corpus = r.corpus();
        long t0 = System.nanoTime();
        alignment = Aligner.of(corpus);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        // a sanity bound against quadratic regressions, not the speed target (see bench/align-bench.sh)
        assertTrue(ms < 20_000, ms + " ms");
        undismissed = new Corpus(corpus.sources(), corpus.claims(), corpus.propositions(), corpus.relations(),
                corpus.expectations());
        raw = Aligner.of(undismissed);
    }

    @Test
    void theReviewedCorpusLeavesNoSuggestionUndecided() {
        // issue 16: every candidate, gap and compound was resolved (propositions, stances, splits)
        // or dismissed with a reason; see docs/align.md, "Review of the bundled corpus"
        assertEquals(List.of(), alignment.candidates());
        assertEquals(List.of(), alignment.gaps());
        assertEquals(List.of(), alignment.compounds());
        assertEquals(31, corpus.dismissals().size());
        assertEquals(31, alignment.dismissed());
    }

    @Test
    void withoutItsDismissalsTheCorpusStillShowsWhatTheReviewDismissed() {
        // the example of docs/align.md: the USSR's isolation in the 1920s against Hungary's in 1956
        assertTrue(raw.gaps().stream().anyMatch(g -> g.claim().equals("alcoy-2016/workers-state-isolated")
                && g.proposition().equals("hungary-1956-defeated-by-isolation")), raw.gaps().toString());
        // the split of bureaucracy-from-isolation left one causal assertion, flagged for its "because"
        Compound k = raw.compounds().stream().filter(c -> c.proposition().equals("bureaucracy-from-isolation"))
                .findFirst().orElseThrow(() -> new AssertionError(raw.compounds().toString()));
        assertEquals(List.of("because"), k.signals());
        assertEquals(2, k.parts().size(), k.parts().toString());
        assertFalse(raw.candidates().isEmpty());
    }

    @Test
    void theSplitCompoundsNoLongerOverclaim() {
        // ussr-workers-state, political-revolution-needed, stalinism-not-stalins-person and
        // eastern-bloc-leaders-subordinate-to-moscow were split or narrowed on review: not flagged
        // even without dismissals
        var flagged = raw.compounds().stream().map(Compound::proposition).toList();
        for (String p : List.of("ussr-workers-state", "political-revolution-needed", "stalinism-not-stalins-person",
                "eastern-bloc-leaders-subordinate-to-moscow")) {
            assertFalse(flagged.contains(p), p + " in " + flagged);
        }
    }

    @Test
    void candidatesJoinClaimsOfDifferentSourcesThatShareNoProposition() {
        assertFalse(raw.candidates().isEmpty());
        var claims = undismissed.claimsByRef();
        for (var c : raw.candidates()) {
            assertEquals(c.members().size(), c.members().stream().map(Alignment.Member::source).distinct().count(), c.id());
            for (var a : c.members()) {
                for (var b : c.members()) {
                    if (a != b) {
                        var pa = claims.get(a.ref()).stances().stream().map(s -> s.proposition()).toList();
                        assertTrue(claims.get(b.ref()).stances().stream().noneMatch(s -> pa.contains(s.proposition())), c.id());
                    }
                }
            }
            assertTrue(c.score() >= Alignment.Settings.DEFAULT.candidate());
        }
    }

    @Test
    void gapsNameAClaimWithoutAStanceThatAParallelClaimTakes() {
        var claims = undismissed.claimsByRef();
        assertFalse(raw.gaps().isEmpty());
        for (var g : raw.gaps()) {
            assertTrue(claims.get(g.claim()).stances().stream().noneMatch(s -> s.proposition().equals(g.proposition())), g.toString());
            for (var p : g.parallels()) {
                assertTrue(claims.get(p.ref()).stances().stream().anyMatch(s -> s.proposition().equals(g.proposition())), g.toString());
                assertFalse(claims.get(p.ref()).source().equals(claims.get(g.claim()).source()));
            }
        }
    }

    @Test
    void theOutputIsByteIdenticalRunToRun() {
        assertEquals(AlignmentJson.write(raw), AlignmentJson.write(Aligner.of(undismissed)));
        assertEquals(AlignmentText.markdown(raw), AlignmentText.markdown(Aligner.of(undismissed)));
    }
}
