package org.argmap.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.argmap.load.CorpusLoader;
import org.argmap.model.Corpus;
import org.junit.jupiter.api.Test;

/** The analysis reports its stages, and computes only what it is asked for. */
class AnalysisProgressTest {

    static final Corpus CORPUS = new CorpusLoader().load(List.of(java.nio.file.Path.of("../argmaps"))).corpus();

    static final class Recorder implements Progress {
        final List<String> stages = new ArrayList<>();
        long steps;

        @Override
        public void stage(String name, long total) {
            stages.add(name + (total > 0 ? " /" + total : ""));
        }

        @Override
        public void advance(long n) {
            steps += n;
        }
    }

    @Test
    void reportsEachStageAndEveryStepOfTheAcceptabilityStage() {
        Recorder r = new Recorder();
        AnalysisReport report = Analysis.of(CORPUS, true, r);
        assertEquals(List.of("stances", "contradictions", "camps", "acceptability /11", "warnings"), r.stages);
        assertEquals(11, r.steps);
        assertEquals(ReportJson.write(Analysis.of(CORPUS)), ReportJson.write(report));
    }

    @Test
    void withoutAcceptabilityTheDungStageIsNotRun() {
        Recorder r = new Recorder();
        AnalysisReport light = Analysis.of(CORPUS, false, r);
        assertNull(light.acceptability());
        assertEquals(List.of("stances", "contradictions", "camps", "warnings"), r.stages);
        AnalysisReport full = Analysis.of(CORPUS);
        assertEquals(full.camps(), light.camps());
        assertEquals(full.contradictions(), light.contradictions());
        assertEquals(full.cruxes(), light.cruxes());
    }
}
