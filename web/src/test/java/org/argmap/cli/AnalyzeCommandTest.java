package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code argmap analyze} on the real corpus and on broken copies of it. */
class AnalyzeCommandTest {

    @Test
    void checkPassesOnTheCorpus() {
        CliTestSupport.Run r = CliTestSupport.run("analyze", "--check", "../argmaps");
        assertEquals(0, r.exit(), r.err());
        int expected = new org.argmap.load.CorpusLoader().load(List.of(Path.of("../argmaps"))).corpus().expectations().size();
        assertEquals("check: all " + expected + " expected findings hold\n", r.err());
        assertTrue(r.out().startsWith("Cross-source analysis\n=====================\n"), r.out());
        assertTrue(r.out().contains("Incompatible: ussr-workers-state (alcoy-2016, trotsky-1935 and westerlund-2019) vs ussr-state-capitalist "
                + "(red-flag-2020 and tengely-evans-2016)"), r.out());
    }

    @Test
    void jsonHasTheDocumentedTopLevel() throws Exception {
        CliTestSupport.Run r = CliTestSupport.run("analyze", "--format", "json", "../argmaps");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        List<String> keys = new ArrayList<>();
        j.fieldNames().forEachRemaining(keys::add);
        assertTrue(keys.containsAll(List.of("stances", "agreements", "contradictions", "camps", "cruxes", "acceptability")), keys.toString());
        assertEquals("incompatible", j.get("contradictions").get(1).get("kind").asText());
        assertTrue(r.out().endsWith("}\n"));
        assertEquals(r.out(), CliTestSupport.run("analyze", "--format", "json", "../argmaps").out(), "same input, same bytes");
    }

    @Test
    void markdownIsWrittenToAFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report.md");
        CliTestSupport.Run r = CliTestSupport.run("analyze", "--format", "markdown", "-o", out.toString(), "../argmaps");
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out());
        String md = Files.readString(out);
        assertTrue(md.startsWith("# Cross-source analysis\n"), md);
        assertTrue(md.contains("| proposition | alcoy-2016 | red-flag-2020 | tengely-evans-2016 | trotsky-1935 | westerlund-2019 |"), md);
    }

    @Test
    void aFailedExpectationExitsOneWithALocatedDiagnostic(@TempDir Path dir) throws Exception {
        Path maps = CliTestSupport.copyCorpus(dir);
        Path relations = maps.resolve("relations.yaml");
        String text = Files.readString(relations);
        String wrong = "    - kind: direct\n      sources: [alcoy-2016, trotsky-1935]\n";
        Files.writeString(relations, text + wrong);
        int line = (int) (text + wrong).lines().count() - 1;
        CliTestSupport.Run r = CliTestSupport.run("analyze", "--check", maps.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains(relations + ":" + line + ":7: error [expectation-failed] expected a contradiction of kind direct "
                + "between alcoy-2016 and trotsky-1935 is not found\n  hint: no contradiction between these sources\n"), r.err());
        int expected = new org.argmap.load.CorpusLoader().load(List.of(maps)).corpus().expectations().size();
        assertTrue(r.err().endsWith("check: 1 of " + expected + " expected findings do not hold\n"), r.err());
    }

    @Test
    void withoutCheckAFailedExpectationDoesNotFail(@TempDir Path dir) throws Exception {
        Path maps = CliTestSupport.copyCorpus(dir);
        Path relations = maps.resolve("relations.yaml");
        Files.writeString(relations, Files.readString(relations) + "    - kind: direct\n      sources: [alcoy-2016, trotsky-1935]\n");
        assertEquals(0, CliTestSupport.run("analyze", maps.toString()).exit());
    }

    @Test
    void brokenMapsAreReportedAndNothingIsAnalysed(@TempDir Path dir) throws Exception {
        Path maps = CliTestSupport.copyCorpus(dir);
        Path relations = maps.resolve("relations.yaml");
        Files.writeString(relations, Files.readString(relations).replace("to: ussr-state-capitalist\n    type: contrary",
                "to: ussr-state-capitalism\n    type: contrary"));
        CliTestSupport.Run r = CliTestSupport.run("analyze", "--check", maps.toString());
        assertEquals(1, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().contains("error [unknown-proposition]"), r.err());
        assertTrue(r.err().contains(": nothing analysed\n"), r.err());
    }

    @Test
    void anUnknownFormatIsBadUsage() {
        CliTestSupport.Run r = CliTestSupport.run("analyze", "--format", "html", "../argmaps");
        assertEquals(2, r.exit());
        assertEquals("argmap: --format must be text, markdown or json, not 'html'\n", r.err());
    }
}
