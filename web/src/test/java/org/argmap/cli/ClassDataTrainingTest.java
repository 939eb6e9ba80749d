package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataTrainingTest {

    @Test
    void everyTrainingCommandSucceedsOnTheCorpus() throws Exception {
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 0), ClassDataTraining.run("../argmaps"));
    }

    @Test
    void aBrokenCorpusIsAnInputErrorForEachCommandButNoCrash(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.yaml"), "source: [\n");
        // every command on the broken folder reports input errors (1); the generated large map renders
        assertEquals(List.of(1, 1, 1, 1, 1, 1, 0, 1), ClassDataTraining.run(dir.toString()));
    }
}
