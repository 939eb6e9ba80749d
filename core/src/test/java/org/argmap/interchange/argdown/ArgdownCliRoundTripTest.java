package org.argmap.interchange.argdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.argmap.interchange.ImportedMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checked by the Argdown command line itself: for every Argdown file the tests hold, the CLI's
 * JSON of our {@code import argdown} → {@code export argdown} has the same reconstructed
 * arguments (each premise-conclusion structure: the roles premise, intermediary and main
 * conclusion, in order, with their statements' texts; and the statements each inference uses)
 * and the same self-attacks as the CLI's JSON of the original.
 */
class ArgdownCliRoundTripTest {

    static Stream<Path> argdownFiles() {
        return ArgdownRoundTripTest.argdownFiles();
    }

    private static String norm(String text) {
        return text == null ? "" : text.replaceAll("#\\([^)]*\\)|#[^\\s#]+", " ").replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip().toLowerCase(Locale.ROOT);
    }

    private static String statementText(JsonNode json, String title) {
        JsonNode ec = json.get("statements").get(title);
        if (ec == null) {
            return title;
        }
        for (JsonNode m : ec.get("members")) {
            if (m.hasNonNull("text") && !m.get("text").asText().isBlank()) {
                return m.get("text").asText();
            }
        }
        return title;
    }

    /**
     * Each reconstructed argument as its inferences, in an order-free form: per inference its
     * conclusion's role and text and the texts of the statements it uses (its data's {@code uses},
     * else the premises since the previous conclusion and that conclusion, as argdown-core reads a
     * pcs). Two structures that number their statements differently but infer the same
     * conclusions from the same statements are equal.
     */
    static List<String> reconstructions(JsonNode json) {
        List<String> out = new ArrayList<>();
        json.get("arguments").fields().forEachRemaining(e -> {
            JsonNode pcs = e.getValue().get("pcs");
            if (pcs == null || pcs.isEmpty()) {
                return;
            }
            List<String> texts = new ArrayList<>();
            List<String> inferences = new ArrayList<>();
            List<Integer> since = new ArrayList<>();
            Integer last = null;
            for (JsonNode s : pcs) {
                texts.add(norm(statementText(json, s.get("title").asText())));
                int index = texts.size();
                String role = s.get("role").asText();
                if (role.equals("premise")) {
                    since.add(index);
                    continue;
                }
                List<Integer> used = new ArrayList<>();
                JsonNode uses = s.path("inference").path("data").path("uses");
                if (uses.isArray() && !uses.isEmpty()) {
                    uses.forEach(u -> used.add(u.asInt()));
                } else {
                    if (last != null) {
                        used.add(last);
                    }
                    used.addAll(since);
                }
                List<String> premises = used.stream().filter(u -> u >= 1 && u < index).map(u -> texts.get(u - 1))
                        .distinct().sorted().toList();
                inferences.add(role + ": " + texts.get(index - 1) + " <- " + premises);
                since.clear();
                last = index;
            }
            out.add(String.join(" | ", inferences.stream().sorted().toList()));
        });
        return out.stream().sorted().toList();
    }

    static long selfAttacks(JsonNode json) {
        long n = 0;
        for (JsonNode r : json.get("relations")) {
            if (r.get("relationType").asText().equals("attack") && r.get("from").equals(r.get("to"))) {
                n++;
            }
        }
        return n;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("argdownFiles")
    void reconstructionsAndSelfAttacksSurviveTheRoundTripInTheArgdownCli(Path file, @org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException, InterruptedException {
        ArgdownExportTest.assumeCli();
        ImportedMap m = ArgdownImporter.importFile(file, dir.resolve("map.yaml").toString(), "map.txt");
        assertFalse(m.hasErrors(), () -> m.diagnostics().toString());
        String exported = ArgdownExporter.export(ArgdownRoundTripTest.load(m, dir));
        Path a = Files.createDirectories(dir.resolve("original"));
        Path b = Files.createDirectories(dir.resolve("export"));
        JsonNode original = ArgdownExportTest.argdownJson(Files.readString(file, StandardCharsets.UTF_8), a);
        JsonNode ours = ArgdownExportTest.argdownJson(exported, b);
        assertEquals(reconstructions(original), reconstructions(ours), exported);
        assertEquals(selfAttacks(original), selfAttacks(ours), "self-attacks");
    }
}
