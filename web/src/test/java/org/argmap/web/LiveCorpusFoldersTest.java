package org.argmap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.argmap.load.CorpusLoader;
import org.argmap.load.LoadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live server watches the folders of texts inside the corpus root, never those a map names outside it. */
class LiveCorpusFoldersTest {

    @Test
    void aTextOutsideTheCorpusRootHasItsFolderLeftUnwatched(@TempDir Path dir) throws Exception {
        Path maps = Files.createDirectories(dir.resolve("corpus/argmaps"));
        Path seeds = Files.createDirectories(dir.resolve("corpus/seeds"));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(seeds.resolve("a.txt"), "A text.\n");
        Files.writeString(elsewhere.resolve("b.txt"), "B text.\n");
        Files.writeString(maps.resolve("a.yaml"), "source:\n  id: a\n  title: A\n  language: en\n  text: ../seeds/a.txt\n");
        Files.writeString(maps.resolve("b.yaml"), "source:\n  id: b\n  title: B\n  language: en\n  text: ../../elsewhere/b.txt\n");
        LoadResult refused = new CorpusLoader().load(List.of(maps));
        assertEquals(List.of("text-outside-corpus"), refused.diagnostics().stream().map(d -> d.code()).toList());
        assertEquals(Set.of(maps.toAbsolutePath().normalize(), seeds.toAbsolutePath().normalize()),
                LiveCorpusService.folders(List.of(maps), refused, false));

        LoadResult allowed = new CorpusLoader().allowingOutsideTexts(true).load(List.of(maps));
        assertEquals(Set.of(maps.toAbsolutePath().normalize(), seeds.toAbsolutePath().normalize(), elsewhere.toAbsolutePath().normalize()),
                LiveCorpusService.folders(List.of(maps), allowed, true));
    }
}
