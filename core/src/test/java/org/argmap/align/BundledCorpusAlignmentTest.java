package org.argmap.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.argmap.align.Alignment.Compound;
import org.argmap.align.Alignment.Part;
import org.argmap.load.CorpusLoader;
import org.argmap.load.LoadResult;
import org.argmap.model.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled corpus: what the independent reading found, the tool must surface. */
class BundledCorpusAlignmentTest {

    static Corpus corpus;
    static Alignment alignment;

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
    }

    @Test
    void flagsBureaucracyFromIsolationAsACompoundThatSeveralAffirmsOverreach() {
        Compound k = alignment.compounds().stream().filter(c -> c.proposition().equals("bureaucracy-from-isolation"))
                .findFirst().orElseThrow(() -> new AssertionError(alignment.compounds().toString()));
        assertTrue(k.signals().containsAll(List.of("because", "list")), k.signals().toString());
        Part famine = k.parts().stream().filter(p -> p.text().endsWith("famine")).findFirst().orElseThrow();
        // the reading found: alcoy-2016/degeneration-main-causes and tengely-evans-2016/isolation-and-civil-war say no famine
        assertTrue(famine.uncovered().containsAll(List.of("alcoy-2016/degeneration-main-causes",
                "tengely-evans-2016/isolation-and-civil-war", "trotsky-1935/bureaucracy-rose-on-defeats")), famine.toString());
        assertTrue(k.parts().size() >= 4, k.parts().toString());
    }

    @Test
    void candidatesJoinClaimsOfDifferentSourcesThatShareNoProposition() {
        assertFalse(alignment.candidates().isEmpty());
        var claims = corpus.claimsByRef();
        for (var c : alignment.candidates()) {
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
        var claims = corpus.claimsByRef();
        for (var g : alignment.gaps()) {
            assertTrue(claims.get(g.claim()).stances().stream().noneMatch(s -> s.proposition().equals(g.proposition())), g.toString());
            for (var p : g.parallels()) {
                assertTrue(claims.get(p.ref()).stances().stream().anyMatch(s -> s.proposition().equals(g.proposition())), g.toString());
                assertFalse(claims.get(p.ref()).source().equals(claims.get(g.claim()).source()));
            }
        }
    }

    @Test
    void theOutputIsByteIdenticalRunToRun() {
        assertEquals(AlignmentJson.write(alignment), AlignmentJson.write(Aligner.of(corpus)));
        assertEquals(AlignmentText.markdown(alignment), AlignmentText.markdown(Aligner.of(corpus)));
    }
}
