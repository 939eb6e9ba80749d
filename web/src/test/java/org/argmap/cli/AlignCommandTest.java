package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code argmap align} in-process on the bundled corpus and on broken maps. */
class AlignCommandTest {

    @TempDir
    Path dir;

    @Test
    void jsonOnTheBundledCorpusIsByteIdenticalAndListsNothingUndecided() throws Exception {
        CliTestSupport.Run a = CliTestSupport.run("align", "../argmaps", "--format", "json");
        CliTestSupport.Run b = CliTestSupport.run("align", "../argmaps", "--format", "json");
        assertEquals(0, a.exit(), a.err());
        assertEquals(a.out(), b.out());
        JsonNode j = new ObjectMapper().readTree(a.out());
        assertEquals("argmap-align/1", j.get("format").asText());
        // issue 16: the review resolved or dismissed every suggestion
        assertEquals(0, j.get("candidates").size());
        assertEquals(0, j.get("gaps").size());
        assertEquals(0, j.get("compounds").size());
        assertEquals(31, j.get("dismissed").asInt());
    }

    @Test
    void withoutItsDismissalsTheBundledCorpusShowsCandidatesAndTheCompoundOrigin() throws Exception {
        Path maps = CliTestSupport.copyCorpus(dir);
        Path catalog = maps.resolve("propositions.yaml");
        String text = Files.readString(catalog);
        int cut = text.indexOf("\ndismissed:");
        assertTrue(cut > 0, "propositions.yaml has no dismissed: block");
        Files.writeString(catalog, text.substring(0, cut + 1));
        CliTestSupport.Run a = CliTestSupport.run("align", maps.toString(), "--format", "json");
        assertEquals(0, a.exit(), a.err());
        JsonNode j = new ObjectMapper().readTree(a.out());
        assertEquals(0, j.get("dismissed").asInt());
        assertTrue(j.get("candidates").size() > 0);
        boolean found = false;
        for (JsonNode c : j.get("compounds")) {
            found |= c.get("proposition").asText().equals("bureaucracy-from-isolation");
        }
        assertTrue(found);
    }

    @Test
    void writesMarkdownToAFile() throws Exception {
        Path out = dir.resolve("align.md");
        CliTestSupport.Run r = CliTestSupport.run("align", "../argmaps", "--format", "markdown", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        String md = Files.readString(out);
        assertTrue(md.startsWith("# Alignment: "), md);
        assertTrue(md.contains("## Candidate propositions") && md.contains("## Stance gaps") && md.contains("## Compound propositions"));
    }

    @Test
    void aDismissalNamingAnUnknownClaimIsALocatedErrorAndNothingIsAligned() throws Exception {
        Path maps = CliTestSupport.copyCorpus(dir);
        Files.writeString(maps.resolve("dismissed.yaml"), """
                dismissed:
                  - claims: [alcoy-2016/no-such-claim, trotsky-1935/bureaucracy-rose-on-defeats]
                    reason: test
                """);
        CliTestSupport.Run r = CliTestSupport.run("align", maps.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("dismissed.yaml:2:14: error [unknown-claim] source 'alcoy-2016' has no claim 'no-such-claim'"), r.err());
        assertEquals("", r.out());
        CliTestSupport.Run v = CliTestSupport.run("validate", maps.toString());
        assertEquals(1, v.exit());
        assertTrue(v.out().contains("[unknown-claim]") || v.err().contains("[unknown-claim]"), v.out() + v.err());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        assertEquals(2, CliTestSupport.run("align", "../argmaps", "--format", "yaml").exit());
        assertEquals(2, CliTestSupport.run("align", "../argmaps", "--min-similarity", "0").exit());
    }
}
