package org.argmap.web;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches folders with a {@link WatchService} and runs a callback after changes, coalescing bursts:
 * the first change schedules one run {@code delay} later, and changes until that run starts join
 * it; a change during the run schedules the next. So an editor that saves in several writes causes
 * one reload, and a stream of edits (ten a second) still reloads at least every {@code delay} plus
 * the time of a load, never starving. The callback runs on one daemon thread, never concurrently.
 */
final class DirectoryWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryWatcher.class);

    private final WatchService service;
    private final Duration delay;
    private final Runnable onChange;
    private final ScheduledExecutorService runner;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Map<Path, WatchKey> keys = new HashMap<>();
    private final Thread thread;

    DirectoryWatcher(Duration delay, Runnable onChange) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.delay = delay;
        this.onChange = onChange;
        this.runner = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "argmap-reload"));
        this.thread = daemon(this::loop, "argmap-watch");
        thread.start();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Watches exactly these folders from now on (adds new ones, drops the others). */
    synchronized void watch(Set<Path> dirs) {
        keys.entrySet().removeIf(e -> {
            if (!dirs.contains(e.getKey())) {
                e.getValue().cancel();
                return true;
            }
            return false;
        });
        for (Path d : dirs) {
            if (!keys.containsKey(d)) {
                try {
                    keys.put(d, d.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE));
                } catch (IOException | ClosedWatchServiceException e) {
                    LOG.warn("cannot watch {}: {}", d, e.getMessage());
                }
            }
        }
    }

    synchronized Set<Path> watched() {
        return Set.copyOf(keys.keySet());
    }

    private void loop() {
        while (true) {
            WatchKey key;
            try {
                key = service.take();
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
            key.pollEvents();
            key.reset();
            if (scheduled.compareAndSet(false, true)) {
                runner.schedule(this::run, delay.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    private void run() {
        scheduled.set(false);
        try {
            onChange.run();
        } catch (RuntimeException e) {
            LOG.error("reload failed", e);
        }
    }

    @Override
    public void close() {
        runner.shutdownNow();
        thread.interrupt();
        try {
            service.close();
        } catch (IOException e) {
            LOG.debug("closing the watch service", e);
        }
    }
}
