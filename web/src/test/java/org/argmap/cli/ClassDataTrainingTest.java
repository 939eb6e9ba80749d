package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataTrainingTest {

    @Test
    void everyTrainingCommandSucceedsOnTheCorpus() throws Exception {
        assertEquals(0, ClassDataTraining.run("../argmaps"));
    }

    @Test
    void aBrokenCorpusCountsAsFailures(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.yaml"), "source: [\n");
        // every command on the broken folder fails; the generated large map still renders
        assertEquals(6, ClassDataTraining.run(dir.toString()));
    }
}
