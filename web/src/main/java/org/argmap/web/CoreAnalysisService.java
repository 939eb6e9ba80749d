package org.argmap.web;

import jakarta.inject.Singleton;
import org.argmap.analysis.Analysis;
import org.argmap.analysis.AnalysisReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the core's {@link Analysis} once per corpus; a failure is remembered, not retried per request. */
@Singleton
final class CoreAnalysisService implements AnalysisService {

    private static final Logger LOG = LoggerFactory.getLogger(CoreAnalysisService.class);

    private record Outcome(AnalysisReport report, RuntimeException failure) {
    }

    @Override
    public AnalysisReport report(Snapshot s) {
        Outcome o = s.memo("analysis", () -> {
            try {
                return new Outcome(Analysis.of(s.corpus()), null);
            } catch (RuntimeException e) {
                LOG.warn("the analysis failed on corpus {}", s.corpusHash(), e);
                return new Outcome(null, e);
            }
        });
        if (o.failure() != null) {
            throw new Unavailable("the analysis failed on these maps: " + o.failure(), o.failure());
        }
        return o.report();
    }
}
