package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's sources table is the tool's output, not typed by hand: regenerate with {@code ./argmap sources --format markdown}. */
class ReadmeTest {
    @Test
    void sourcesTableIsWhatTheToolPrints() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        String start = "<!-- sources-table: ./argmap sources --format markdown -->\n";
        String end = "<!-- /sources-table -->";
        int i = readme.indexOf(start);
        int j = readme.indexOf(end);
        assertTrue(i >= 0 && j > i, "README lacks the sources-table markers");
        CliTestSupport.Run r = CliTestSupport.run("sources", "--format", "markdown", "../argmaps");
        assertEquals(0, r.exit());
        assertEquals(r.out(), readme.substring(i + start.length(), j),
                "README sources table is stale: run ./argmap sources --format markdown and paste it between the markers");
    }
}
