package org.argmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON Schema the editor uses agrees with the loader: it accepts the corpus and rejects the invalid fixtures it can judge. */
class JsonSchemaTest {
    static Schema schema;
    static final YAMLMapper STRICT_YAML = YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    /** Reads a key with no value as null, as editors and the loader do. */
    static final YAMLMapper YAML = YAMLMapper.builder().enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL).build();

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("../schema/argmap.schema.json"))) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
    }

    static List<Error> validate(Path f) throws Exception {
        JsonNode n = YAML.readTree(f.toFile());
        return schema.validate(n == null ? NullNode.getInstance() : n);
    }

    static Stream<Path> corpusFiles() throws Exception {
        return Files.list(Path.of("../argmaps")).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void acceptsEveryCorpusFile(Path f) throws Exception {
        assertEquals(List.of(), validate(f));
        assertTrue(Files.readString(f).startsWith("# yaml-language-server: $schema=../schema/argmap.schema.json\n"), "schema line");
    }

    @Test
    void acceptsTheFullFormatFixture() throws Exception {
        for (String f : List.of("alpha.yaml", "beta.yaml", "shared.yaml")) {
            assertEquals(List.of(), validate(Path.of("src/test/resources/fixtures/valid", f)), f);
        }
    }

    @Test
    void acceptsEmptySectionsLikeTheLoader(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        List<String> files = List.of("relations: []\n", "propositions: []\n", "relations:\n", "expect:\n  agreements:\n",
                "source: {id: s, title: S, language: en, text: t.txt}\nclaims:\n  - {id: x, text: X., evidence: , stances: }\nrelations:\n");
        for (int i = 0; i < files.size(); i++) {
            Path f = dir.resolve("f" + i + ".yaml");
            Files.writeString(f, files.get(i));
            assertEquals(List.of(), validate(f), files.get(i));
        }
    }

    record Fixture(Path path, String verdict) {
        @Override
        public String toString() {
            return path.getFileName() + " " + verdict;
        }
    }

    static Stream<Fixture> invalidFixtures() throws Exception {
        List<Fixture> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(DiagnosticFixturesTest.INVALID)) {
            for (Path p : s.filter(x -> x.toString().endsWith(".yaml")).sorted().toList()) {
                for (String line : Files.readAllLines(p)) {
                    if (line.startsWith("# schema: ")) {
                        out.add(new Fixture(p, line.substring(10).strip()));
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFixtures")
    void judgesInvalidFixturesLikeTheLoader(Fixture f) throws Exception {
        switch (f.verdict()) {
            case "reject" -> assertFalse(validate(f.path()).isEmpty(), "schema accepted " + f.path());
            case "accept" -> assertEquals(List.of(), validate(f.path()), "schema cannot see cross-reference errors");
            // not YAML the schema could judge: the YAML layer (strict about duplicate keys, as the loader and
            // the editor's YAML language server are) refuses the file before any schema sees it
            case "yaml" -> assertThrows(JsonProcessingException.class, () -> STRICT_YAML.readTree(f.path().toFile()),
                    "the YAML layer accepted " + f.path());
            default -> throw new AssertionError("bad verdict " + f.verdict());
        }
    }
}
