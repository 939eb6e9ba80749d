package org.argmap.interchange.argdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.argmap.diag.Diagnostic;
import org.argmap.interchange.Corpora;
import org.argmap.interchange.ExternalData;
import org.argmap.interchange.ImportedMap;
import org.argmap.interchange.yaml.MapYamlWriter;
import org.argmap.load.CorpusLoader;
import org.argmap.load.LoadResult;
import org.argmap.model.Corpus;
import org.argmap.model.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our Argdown export imports as itself: import → export → import gives the same claims,
 * propositions, relations and ids, for every Argdown file the tests hold (the examples of
 * {@code src/test/resources/argdown}, taken from the Argdown documentation, and those of
 * {@code shared/external/argdown}), and for the bundled corpus.
 */
class ArgdownRoundTripTest {

    static Stream<Path> argdownFiles() {
        // every Argdown file in the repository: the Argdown examples and core tests (MIT, copied from
        // shared/external/argdown) and the examples from the Argdown documentation
        return ExternalData.argdown("", ".argdown").stream();
    }

    static List<Path> resourceFiles() {
        try (Stream<Path> s = Files.list(Path.of("src", "test", "resources", "argdown"))) {
            return s.filter(p -> p.toString().endsWith(".argdown")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads an imported map as the loader would after {@code argmap import}. */
    static Corpus load(ImportedMap m, Path dir) throws IOException {
        Path yaml = dir.resolve("map.yaml");
        Files.writeString(dir.resolve(m.source().textPath()), m.text(), StandardCharsets.UTF_8);
        Files.writeString(yaml, MapYamlWriter.write(m), StandardCharsets.UTF_8);
        LoadResult r = new CorpusLoader().load(List.of(yaml));
        List<Diagnostic> errors = r.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(List.of(), errors, "loader");
        return r.corpus();
    }

    /** Claims, propositions and relations with their ids, references made independent of the source id. */
    static List<String> signature(List<String> sourceIds, List<org.argmap.model.Claim> claims,
                                  List<org.argmap.model.Proposition> props, List<Relation> rels,
                                  List<org.argmap.model.Stance> stances) {
        List<String> out = new ArrayList<>();
        claims.forEach(c -> out.add("claim " + c.id() + " | " + c.text() + " | " + c.tags()));
        props.forEach(p -> out.add("proposition " + p.id() + " | " + p.text()));
        for (Relation r : rels) {
            out.add("relation " + r.id() + " " + strip(r.from(), sourceIds) + " " + r.type().word() + " " + strip(r.to(), sourceIds));
        }
        stances.forEach(s -> out.add("stance " + s.claim() + " " + s.type() + " " + s.proposition()));
        return out.stream().sorted().toList();
    }

    private static String strip(String ref, List<String> sourceIds) {
        for (String s : sourceIds) {
            if (ref.startsWith(s + "/")) {
                return ref.substring(s.length() + 1);
            }
        }
        return ref;
    }

    static List<String> signature(ImportedMap m) {
        List<org.argmap.model.Stance> st = new ArrayList<>();
        m.claims().forEach(c -> st.addAll(c.stances()));
        return signature(List.of(m.source().id()), m.claims(), m.propositions(), m.relations(), st);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("argdownFiles")
    void exportReimportsAsTheFirstImport(Path file, @TempDir Path dir) throws IOException {
        ImportedMap first = ArgdownImporter.importFile(file, dir.resolve("map.yaml").toString(), "map.txt");
        assertFalse(first.hasErrors(), () -> first.diagnostics().toString());
        String exported = ArgdownExporter.export(load(first, dir));
        ImportedMap again = ArgdownImporter.importText("export.argdown", exported, dir.resolve("again.yaml").toString(), "again.txt");
        assertFalse(again.hasErrors(), () -> again.diagnostics() + "\n" + exported);
        assertEquals(List.of(), again.diagnostics().stream().filter(d -> d.code().startsWith("argdown-unreadable")).toList());
        List<String> a = signature(first);
        List<String> b = signature(again);
        List<String> missing = a.stream().filter(x -> !b.contains(x)).toList();
        List<String> extra = b.stream().filter(x -> !a.contains(x)).toList();
        assertEquals(a, b, () -> "lost: " + missing + "\ngained: " + extra);
    }

    @Test
    void theBundledCorpusReimportsWithTheSameIdsAndCounts(@TempDir Path dir) {
        Corpus c = Corpora.real();
        String exported = ArgdownExporter.export(c);
        ImportedMap again = ArgdownImporter.importText("corpus.argdown", exported, dir.resolve("again.yaml").toString(), "again.txt");
        assertFalse(again.hasErrors(), () -> again.diagnostics().toString());
        assertEquals(List.of(), again.diagnostics().stream().filter(d -> d.code().startsWith("argdown-")).toList());
        assertEquals(c.claims().stream().map(org.argmap.model.Claim::id).sorted().toList(),
                again.claims().stream().map(org.argmap.model.Claim::id).sorted().toList());
        assertEquals(c.propositions().stream().map(org.argmap.model.Proposition::id).toList(),
                again.propositions().stream().map(org.argmap.model.Proposition::id).toList());
        List<String> sources = c.sources().stream().map(org.argmap.model.Source::id).toList();
        assertEquals(c.relations().stream().map(r -> r.id() + " " + r.type().word()).sorted().toList(),
                again.relations().stream().map(r -> r.id() + " " + r.type().word()).sorted().toList());
        long stances = c.stances().stream().filter(s -> s.type() != org.argmap.model.StanceType.QUALIFIES).count();
        assertEquals(stances, again.claims().stream().mapToLong(x -> x.stances().size()).sum(), "stances but qualifies");
    }
}
