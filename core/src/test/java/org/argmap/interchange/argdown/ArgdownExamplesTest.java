package org.argmap.interchange.argdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.argmap.interchange.ExternalData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The six official Argdown examples parse without errors into the same model as the official
 * implementation: the numbers of statements and arguments, their titles, and the relations by
 * type, compared with the Argdown CLI's JSON export in {@code examples-json}.
 */
class ArgdownExamplesTest {

    static Stream<Path> examples() {
        return ExternalData.argdown("examples", ".argdown").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void modelMatchesTheArgdownCliExport(Path file) throws IOException {
        String name = file.getFileName().toString().replace(".argdown", ".json");
        JsonNode json = new ObjectMapper().readTree(file.getParent().resolveSibling("examples-json").resolve(name).toFile());
        ArgdownDocument doc = ArgdownParser.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        assertTrue(doc.diagnostics().stream().noneMatch(d -> d.isError()), () -> "errors: " + doc.diagnostics());
        assertEquals(new TreeSet<>(fieldNames(json.get("statements"))), new TreeSet<>(doc.statements().keySet()), "statement titles");
        assertEquals(new TreeSet<>(fieldNames(json.get("arguments"))), new TreeSet<>(doc.arguments().keySet()), "argument titles");
        Map<String, Integer> expected = new TreeMap<>();
        for (JsonNode r : json.get("relations")) {
            expected.merge(r.get("relationType").asText(), 1, Integer::sum);
        }
        Map<String, Integer> actual = new TreeMap<>();
        for (ArgdownDocument.Relation r : doc.relations()) {
            actual.merge(r.type().word(), 1, Integer::sum);
        }
        assertEquals(expected, actual, "relations by type");
        long withPcs = 0;
        for (JsonNode a : json.get("arguments")) {
            if (a.has("pcs") && a.get("pcs").size() > 0) {
                withPcs++;
            }
        }
        assertEquals(withPcs, doc.arguments().values().stream().filter(ArgdownDocument.Argument::reconstructed).count(),
                "reconstructed arguments");
    }

    private static java.util.List<String> fieldNames(JsonNode o) {
        java.util.List<String> l = new java.util.ArrayList<>();
        o.fieldNames().forEachRemaining(l::add);
        return l;
    }
}
