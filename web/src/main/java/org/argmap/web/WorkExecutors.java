package org.argmap.web;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server's two pools of its own, apart from Micronaut's event loop and blocking executor:
 * {@value #DRAWING} (bounded: {@link DrawingConfiguration#poolSize()} threads and a queue of
 * {@link DrawingConfiguration#queue()}; a task past that is rejected with
 * {@link java.util.concurrent.RejectedExecutionException}, which the server answers with 503) and
 * {@value #ANALYSIS} (one thread: the analysis of each new corpus version, in order).
 */
@Factory
final class WorkExecutors {

    static final String DRAWING = "argmap-drawing";
    static final String ANALYSIS = "argmap-analysis";

    @Singleton
    @Named(DRAWING)
    @Bean(preDestroy = "shutdownNow")
    ThreadPoolExecutor drawing(DrawingConfiguration config) {
        int n = config.poolSize();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(n, n, 30, TimeUnit.SECONDS,
                config.queue() > 0 ? new ArrayBlockingQueue<>(config.queue()) : new SynchronousQueue<>(), threads(DRAWING), new ThreadPoolExecutor.AbortPolicy());
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    @Singleton
    @Named(ANALYSIS)
    @Bean(preDestroy = "shutdownNow")
    ExecutorService analysis() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads(ANALYSIS));
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private static ThreadFactory threads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
