package org.argmap.web;

import io.micronaut.context.annotation.Context;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.argmap.analysis.Analysis;
import org.argmap.analysis.AnalysisReport;
import org.argmap.model.Corpus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;

/**
 * Runs the core's {@link Analysis} once per corpus version on the {@value WorkExecutors#ANALYSIS}
 * thread. Each snapshot the corpus service swaps in is queued at once, so that the report is
 * usually ready before a page asks for it; a page that does not need it never waits for it.
 * Versions are analysed one at a time in order; a queued version that has been replaced by another
 * before its turn, and that no request has asked for, is skipped (a burst of edits analyses the
 * last one, not every one). A failure is remembered, not retried per request.
 *
 * <p>The report is kept in the snapshot's memo, which the snapshots of an unchanged corpus share.
 */
@Context
final class CoreAnalysisService implements AnalysisService {

    private static final Logger LOG = LoggerFactory.getLogger(CoreAnalysisService.class);
    private static final String MEMO = "analysis";

    private final CorpusService corpus;
    private final ExecutorService executor;
    private final AtomicInteger runs = new AtomicInteger();

    CoreAnalysisService(CorpusService corpus, @Named(WorkExecutors.ANALYSIS) ExecutorService executor) {
        this.corpus = corpus;
        this.executor = executor;
        job(corpus.current()).submitIfIdle();
        Flux.from(corpus.changes()).subscribe(s -> job(s).submitIfIdle());
    }

    @Override
    public CompletableFuture<AnalysisReport> future(Snapshot s) {
        Job j = job(s);
        j.demanded.set(true);
        j.submitIfIdle();
        return j.report;
    }

    @Override
    public Optional<AnalysisReport> report(Snapshot s, Duration wait) {
        CompletableFuture<AnalysisReport> f = future(s);
        try {
            return Optional.of(wait.isZero() || wait.isNegative() ? f.getNow(null) : f.get(wait.toNanos(), TimeUnit.NANOSECONDS))
                    .filter(r -> r != null);
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (ExecutionException | java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof Unavailable u ? u : new Unavailable("the analysis failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    @Override
    public CompletableFuture<AnalysisReport> whenDone(Snapshot s) {
        return job(s).report.copy();
    }

    @Override
    public boolean isDone(Snapshot s) {
        return job(s).report.isDone();
    }

    /** How many analyses have been run (not skipped) since the server started. */
    int runs() {
        return runs.get();
    }

    private Job job(Snapshot s) {
        return s.memo(MEMO, () -> new Job(s.corpus(), s.corpusHash()));
    }

    /** One corpus version's analysis: queued at most once at a time, computed at most once. */
    private final class Job implements Runnable {
        final Corpus corpusToAnalyse;
        final String corpusHash;
        final CompletableFuture<AnalysisReport> report = new CompletableFuture<>();
        final AtomicBoolean demanded = new AtomicBoolean();
        final AtomicBoolean queued = new AtomicBoolean();

        Job(Corpus c, String corpusHash) {
            this.corpusToAnalyse = c;
            this.corpusHash = corpusHash;
        }

        void submitIfIdle() {
            if (!report.isDone() && queued.compareAndSet(false, true)) {
                try {
                    executor.execute(this);
                } catch (java.util.concurrent.RejectedExecutionException e) {
                    // shutting down
                    queued.set(false);
                }
            }
        }

        @Override
        public void run() {
            if (!demanded.get() && !corpus.current().corpusHash().equals(corpusHash)) {
                // replaced before its turn and nobody asked: skip; a later request queues it again
                queued.set(false);
                if (demanded.get()) {
                    submitIfIdle();
                }
                return;
            }
            long start = System.nanoTime();
            runs.incrementAndGet();
            try {
                report.complete(Analysis.of(corpusToAnalyse));
                LOG.debug("analysed corpus {} in {} ms", corpusHash, (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException | Error e) {
                // an Error too: a future left incomplete would keep pages waiting for ever
                LOG.warn("the analysis failed on corpus {}", corpusHash, e);
                report.completeExceptionally(new Unavailable("the analysis failed on these maps: " + e, e));
            }
        }
    }
}
