package org.argmap.cli;

import static org.argmap.cli.CliTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code argmap export json}: the documented fields, true offsets and hashes, identical bytes twice. */
class ExportJsonTest {
    @TempDir
    Path tmp;

    @Test
    void writesTheDocumentedFieldsWithTrueOffsetsAndHashes() throws Exception {
        Path out = tmp.resolve("corpus.json");
        assertEquals(0, run("export", "json", "../argmaps", "-o", out.toString()).exit());
        JsonNode n = new ObjectMapper().readTree(out.toFile());
        assertEquals(5, n.get("sources").size());
        for (JsonNode s : n.get("sources")) {
            byte[] bytes = Files.readAllBytes(Path.of("../argmaps").resolve(s.get("text").asText()).normalize());
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), s.get("textSha256").asText());
            assertTrue(s.get("title").asText().length() > 5);
        }
        JsonNode c = n.get("claims").get(0);
        for (String f : new String[] {"id", "source", "text"}) {
            assertTrue(c.hasNonNull(f), f);
        }
        for (JsonNode e : n.get("evidence")) {
            String src = e.get("source").asText();
            String text = Files.readString(Path.of("../seeds", src + ".txt"));
            int start = text.offsetByCodePoints(0, e.get("start").asInt());
            int end = text.offsetByCodePoints(0, e.get("end").asInt());
            assertEquals(e.get("quote").asText(), text.substring(start, end), e.get("id").asText());
            assertTrue(e.get("claim").isTextual());
        }
        JsonNode r = n.get("relations").get(0);
        assertTrue(r.has("from") && r.has("to") && r.has("type"));
        assertTrue(n.get("propositions").get(0).has("text"));
        JsonNode st = n.get("stances").get(0);
        for (String f : new String[] {"source", "proposition", "stance", "claim"}) {
            assertTrue(st.hasNonNull(f), f);
        }
    }

    @Test
    void sameInputGivesIdenticalBytes() throws Exception {
        CliTestSupport.Run a = run("export", "json", "../argmaps");
        CliTestSupport.Run b = run("export", "json", "../argmaps");
        assertEquals(0, a.exit());
        assertEquals(a.out(), b.out());
        assertTrue(a.out().endsWith("}\n"));
    }

    @Test
    void refusesToExportABrokenCorpus() {
        CliTestSupport.Run r = run("export", "json", "../core/src/test/resources/fixtures/invalid/self-relation.yaml");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("[self-relation]"));
        assertEquals("", r.out());
    }

    @Test
    void unknownFormatIsBadUsage() {
        assertEquals(2, run("export", "yaml2", "../argmaps").exit());
    }
}
