package org.argmap.interchange.aif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.argmap.diag.Diagnostic;
import org.argmap.interchange.ExternalData;
import org.argmap.interchange.ImportedMap;
import org.argmap.interchange.yaml.MapYamlWriter;
import org.argmap.load.CorpusLoader;
import org.argmap.load.LoadResult;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every AIF file of {@code shared/external/aif} imports into a map the loader accepts, and
 * exporting that map back keeps the argument structure: the same numbers of I, RA, CA and MA
 * nodes, the same edges between them, and the same scheme nodes compared by type, premise texts
 * and target (ids differ, so structure is compared through texts).
 */
class AifRoundTripTest {
    static final Set<String> ARGUMENT = Set.of("I", "RA", "CA", "MA");

    static Stream<Path> aifFiles() {
        return ExternalData.files("aif", ".json", "AifRoundTripTest (the AIF maps of shared/external/aif, which carry no licence to copy them)").stream();
    }

    /** Imports, writes YAML and text, loads them back with the real loader. */
    static LoadResult importAndLoad(Path file, Path dir) throws IOException {
        ImportedMap m = AifImporter.importFile(file, dir.resolve("out.yaml").toString(), "out.txt");
        assertFalse(m.hasErrors(), () -> "import errors: " + m.diagnostics());
        Files.writeString(dir.resolve("out.txt"), m.text(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("out.yaml"), MapYamlWriter.write(m), StandardCharsets.UTF_8);
        LoadResult r = new CorpusLoader().load(List.of(dir.resolve("out.yaml")));
        List<Diagnostic> problems = r.diagnostics().stream()
                .filter(d -> d.isError() || d.code().startsWith("quote")).toList();
        assertTrue(problems.isEmpty(), () -> "loader: " + problems);
        return r;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("aifFiles")
    void roundTripKeepsArgumentNodesAndEdges(Path file, @TempDir Path dir) throws IOException {
        JsonNode original = unwrap(new ObjectMapper().readTree(file.toFile()));
        LoadResult r = importAndLoad(file, dir);
        JsonNode exported = AifExporter.export(r.corpus());
        Structure before = Structure.of(original);
        Structure after = Structure.of(exported);
        assertEquals(before.counts, after.counts, "node counts by type (I, RA, CA, MA)");
        assertEquals(before.edges, after.edges, "edges between I/RA/CA/MA nodes");
        assertEquals(before.schemes, after.schemes, "scheme nodes by type, premises and target");
    }

    static JsonNode unwrap(JsonNode n) {
        return n.has("AIF") ? n.get("AIF") : n;
    }

    /**
     * The argument structure of an AIF graph. An L-node wired into an RA/CA/MA-node is counted as
     * the I-node the importer documents it becomes (one case in us-2016/nodeset10850).
     */
    record Structure(Map<String, Integer> counts, int edges, List<String> schemes) {
        static Structure of(JsonNode g) {
            Map<String, JsonNode> nodes = new HashMap<>();
            for (JsonNode n : g.get("nodes")) {
                nodes.put(n.get("nodeID").asText(), n);
            }
            Set<String> schemeIds = new HashSet<>();
            nodes.forEach((id, n) -> {
                if (Set.of("RA", "CA", "MA").contains(n.get("type").asText())) {
                    schemeIds.add(id);
                }
            });
            Set<String> lAsI = new HashSet<>();
            for (JsonNode e : g.get("edges")) {
                String f = e.get("fromID").asText();
                String t = e.get("toID").asText();
                if (type(nodes.get(f)).equals("L") && schemeIds.contains(t)) {
                    lAsI.add(f);
                }
                if (type(nodes.get(t)).equals("L") && schemeIds.contains(f)) {
                    lAsI.add(t);
                }
            }
            Map<String, Integer> counts = new TreeMap<>();
            nodes.forEach((id, n) -> {
                String ty = lAsI.contains(id) ? "I" : type(n);
                if (ARGUMENT.contains(ty)) {
                    counts.merge(ty, 1, Integer::sum);
                }
            });
            Map<String, List<String>> premises = new HashMap<>();
            Map<String, String> target = new HashMap<>();
            int edges = 0;
            for (JsonNode e : g.get("edges")) {
                String f = e.get("fromID").asText();
                String t = e.get("toID").asText();
                boolean fa = lAsI.contains(f) || ARGUMENT.contains(type(nodes.get(f)));
                boolean ta = lAsI.contains(t) || ARGUMENT.contains(type(nodes.get(t)));
                if (!fa || !ta) {
                    continue;
                }
                edges++;
                if (schemeIds.contains(t)) {
                    premises.computeIfAbsent(t, k -> new ArrayList<>()).add(label(nodes.get(f)));
                }
                if (schemeIds.contains(f)) {
                    target.put(f, label(nodes.get(t)));
                }
            }
            List<String> schemes = new ArrayList<>();
            for (String s : schemeIds) {
                List<String> p = new ArrayList<>(premises.getOrDefault(s, List.of()));
                Collections.sort(p);
                schemes.add(type(nodes.get(s)) + " " + p + " -> " + target.get(s));
            }
            Collections.sort(schemes);
            return new Structure(counts, edges, schemes);
        }

        private static String type(JsonNode n) {
            return n.get("type").asText();
        }

        /** A proposition by its text (an L-node's without the speaker prefix); a scheme node by its type and premises. */
        private static String label(JsonNode n) {
            String ty = type(n);
            String text = n.get("text").asText().strip();
            if (ty.equals("L")) {
                int colon = text.indexOf(" : ");
                return colon > 0 ? text.substring(colon + 3).strip() : text;
            }
            return ARGUMENT.contains(ty) && !ty.equals("I") ? ty : text;
        }
    }
}
