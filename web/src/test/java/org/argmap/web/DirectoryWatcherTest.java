package org.argmap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryWatcherTest {

    @Test
    void aBurstOfWritesCausesOneRun(@TempDir Path dir) throws Exception {
        AtomicInteger runs = new AtomicInteger();
        try (DirectoryWatcher w = new DirectoryWatcher(Duration.ofMillis(400), runs::incrementAndGet)) {
            w.watch(Set.of(dir));
            for (int i = 0; i < 10; i++) {
                Files.writeString(dir.resolve("m.yaml"), "v" + i);
            }
            Thread.sleep(1500);
            assertEquals(1, runs.get());
        }
    }

    @Test
    void aSteadyStreamOfEditsStillRunsRegularly(@TempDir Path dir) throws Exception {
        AtomicInteger runs = new AtomicInteger();
        try (DirectoryWatcher w = new DirectoryWatcher(Duration.ofMillis(100), runs::incrementAndGet)) {
            w.watch(Set.of(dir));
            // Ten edits a second for two seconds: a trailing debounce would never fire; this must fire repeatedly.
            for (int i = 0; i < 20; i++) {
                Files.writeString(dir.resolve("m.yaml"), "v" + i);
                Thread.sleep(100);
            }
            Thread.sleep(500);
            assertTrue(runs.get() >= 5, runs.get() + " runs");
            assertTrue(runs.get() <= 20, runs.get() + " runs");
        }
    }

    @Test
    void stopsWatchingFoldersNoLongerListed(@TempDir Path dir) throws Exception {
        AtomicInteger runs = new AtomicInteger();
        Path a = Files.createDirectory(dir.resolve("a"));
        Path b = Files.createDirectory(dir.resolve("b"));
        try (DirectoryWatcher w = new DirectoryWatcher(Duration.ofMillis(50), runs::incrementAndGet)) {
            w.watch(Set.of(a, b));
            w.watch(Set.of(a));
            assertEquals(Set.of(a), w.watched());
            Files.writeString(b.resolve("x.yaml"), "x");
            Thread.sleep(600);
            assertEquals(0, runs.get());
            Files.writeString(a.resolve("x.yaml"), "x");
            Thread.sleep(600);
            assertEquals(1, runs.get());
        }
    }
}
