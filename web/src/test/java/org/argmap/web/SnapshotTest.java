package org.argmap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.argmap.load.LoadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotTest {

    @Test
    void aFailedLoadKeepsTheLastGoodCorpusWithTheNewDiagnostics(@TempDir Path dir) throws Exception {
        MiniCorpus.write(dir);
        Snapshot good = Snapshot.first(MiniCorpus.load(dir));
        good.cache().put("x", java.util.concurrent.CompletableFuture.completedFuture(Resource.html("x")));
        Files.writeString(dir.resolve("b.yaml"), MiniCorpus.B.replace("kind: thesis", "kind: thesys"));
        LoadResult broken = MiniCorpus.load(dir);
        assertTrue(broken.hasErrors());
        Snapshot next = Snapshot.next(good, broken);
        assertSame(good.corpus(), next.corpus());
        assertTrue(next.stale());
        assertEquals(broken.diagnostics(), next.diagnostics());
        assertSame(good.cache(), next.cache());
        assertNotEquals(good.version(), next.version());
        assertEquals(good.corpusHash(), next.corpusHash());
        assertEquals(2, next.sequence());

        // Fixed again: the new corpus, not stale, and (being equal to the last good one) the same cache.
        Files.writeString(dir.resolve("b.yaml"), MiniCorpus.B);
        Snapshot fixed = Snapshot.next(next, MiniCorpus.load(dir));
        assertFalse(fixed.stale());
        assertEquals(good.version(), fixed.version());
        assertSame(good.cache(), fixed.cache());
    }

    @Test
    void aChangedCorpusGetsANewVersionAndAnEmptyCache(@TempDir Path dir) throws Exception {
        MiniCorpus.write(dir);
        Snapshot first = Snapshot.first(MiniCorpus.load(dir));
        first.cache().put("x", java.util.concurrent.CompletableFuture.completedFuture(Resource.html("x")));
        // A note is not in the export JSON, but it is shown on the pages: it must change the version.
        Files.writeString(dir.resolve("a.yaml"), MiniCorpus.A.replace("kind: fact", "kind: fact\n    note: new note"));
        Snapshot next = Snapshot.next(first, MiniCorpus.load(dir));
        assertNotEquals(first.corpusHash(), next.corpusHash());
        assertNotSame(first.cache(), next.cache());
        assertTrue(next.cache().isEmpty());
        assertFalse(next.stale());
    }

    @Test
    void aCorpusThatNeverLoadedCleanlyFollowsEachLoad(@TempDir Path dir) throws Exception {
        MiniCorpus.write(dir);
        Files.writeString(dir.resolve("b.yaml"), MiniCorpus.B.replace("kind: thesis", "kind: thesys"));
        Snapshot first = Snapshot.first(MiniCorpus.load(dir));
        Files.writeString(dir.resolve("a.yaml"), MiniCorpus.A.replace("A fact about the fall.", "Another fact."));
        Snapshot next = Snapshot.next(first, MiniCorpus.load(dir));
        assertFalse(next.stale());
        assertEquals("Another fact.", next.claims().get("a/two").text());
    }
}
