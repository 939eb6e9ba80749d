package org.argmap.interchange.argdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.argmap.diag.Diagnostic;
import org.argmap.interchange.ExternalData;
import org.argmap.interchange.ImportedMap;
import org.argmap.interchange.yaml.MapYamlWriter;
import org.argmap.load.CorpusLoader;
import org.argmap.load.LoadResult;
import org.argmap.model.RelationType;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Argdown file of {@code src/test/resources/argdown} (the official examples and argdown-core's test inputs) imports into a map that the loader accepts as it is. */
class ArgdownImportTest {

    static Stream<Path> argdownFiles() {
        return ExternalData.argdown("", ".argdown").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("argdownFiles")
    void importsAndValidates(Path file, @TempDir Path dir) throws IOException {
        ImportedMap m = ArgdownImporter.importFile(file, dir.resolve("out.yaml").toString(), "out.txt");
        assertFalse(m.hasErrors(), () -> "import errors: " + m.diagnostics());
        Files.writeString(dir.resolve("out.txt"), m.text(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("out.yaml"), MapYamlWriter.write(m), StandardCharsets.UTF_8);
        LoadResult r = new CorpusLoader().load(List.of(dir.resolve("out.yaml")));
        List<Diagnostic> problems = r.diagnostics().stream().filter(d -> d.isError() || d.code().startsWith("quote")).toList();
        assertTrue(problems.isEmpty(), () -> "loader: " + problems);

        ArgdownDocument doc = ArgdownParser.parse(file.toString(), Files.readString(file));
        assertEquals(doc.statements().size() + doc.arguments().size(), r.corpus().claims().size(),
                "one claim per statement and per argument");
        assertEquals(r.corpus().claims().size(), r.corpus().evidence().size(), "every claim quotes the generated text");
        long contradictions = doc.relations().stream().filter(x -> x.type() == ArgdownDocument.RelationType.CONTRADICTORY).count();
        assertEquals(contradictions, r.corpus().relations().stream().filter(x -> x.type() == RelationType.CONTRADICTS).count());
        long contraries = doc.relations().stream().filter(x -> x.type() == ArgdownDocument.RelationType.CONTRARY).count();
        assertEquals(contraries, r.corpus().relations().stream().filter(x -> x.type() == RelationType.CONTRARY).count());
        long undercuts = doc.relations().stream().filter(x -> x.type() == ArgdownDocument.RelationType.UNDERCUT).count();
        long attacksFromUndercuts = m.diagnostics().stream().filter(d -> d.code().equals("argdown-undercut-without-inference")).count();
        assertEquals(undercuts - attacksFromUndercuts, r.corpus().relations().stream().filter(x -> x.type() == RelationType.UNDERCUTS).count());
    }
}
