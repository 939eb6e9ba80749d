package org.argmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.argmap.diag.Diagnostic;
import org.argmap.model.Dismissal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dismissed:} in a shared file: loaded onto the corpus, its ids checked with located errors. */
class DismissalLoadingTest {

    @TempDir
    Path dir;

    private LoadResult load(String shared) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "One. Two.\n");
        Files.writeString(dir.resolve("a.yaml"), """
                source:
                  id: a
                  title: A
                  language: en
                  text: a.txt
                claims:
                  - id: one
                    text: One.
                    evidence: ["One."]
                  - id: two
                    text: Two.
                    evidence: ["Two."]
                """);
        Files.writeString(dir.resolve("b.txt"), "Three.\n");
        Files.writeString(dir.resolve("b.yaml"), """
                source:
                  id: b
                  title: B
                  language: en
                  text: b.txt
                claims:
                  - id: three
                    text: Three.
                    evidence: ["Three."]
                """);
        Files.writeString(dir.resolve("shared.yaml"), shared);
        return new CorpusLoader().load(List.of(dir));
    }

    private static List<String> errors(LoadResult r) {
        return r.diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> Path.of(d.file()).getFileName() + ":" + d.line() + ":" + d.column() + " " + d.code()).toList();
    }

    @Test
    void loadsADismissalOfClaimsAndOneOfAProposition() throws Exception {
        LoadResult r = load("""
                propositions:
                  - id: p
                    text: P and Q, because R.
                dismissed:
                  - claims: [a/one, b/three]
                    reason: Different years.
                  - proposition: p
                    reason: One assertion.
                """);
        assertEquals(List.of(), errors(r));
        List<Dismissal> ds = r.corpus().dismissals();
        assertEquals(2, ds.size());
        assertEquals(List.of("a/one", "b/three"), ds.get(0).claims());
        assertEquals("Different years.", ds.get(0).reason());
        assertEquals("p", ds.get(1).proposition());
        assertTrue(ds.get(0).separates("b/three", "a/one"));
    }

    @Test
    void reportsUnknownClaimsSourcesAndPropositionsWhereTheyAreWritten() throws Exception {
        LoadResult r = load("""
                dismissed:
                  - claims: [a/one, b/thre]
                    reason: x
                  - claims: [c/one, a/two]
                    reason: y
                  - claims: [one, a/two]
                    reason: z
                  - proposition: nope
                    reason: w
                """);
        assertEquals(List.of("shared.yaml:2:21 unknown-claim", "shared.yaml:4:14 unknown-source", "shared.yaml:6:14 unknown-claim",
                "shared.yaml:8:18 unknown-proposition"), errors(r));
        String hint = r.diagnostics().get(0).hint();
        assertTrue(hint != null && hint.contains("three"), hint);
        assertEquals(List.of(), r.corpus().dismissals());
    }

    @Test
    void aDismissalNeedsTwoClaimsAndAReason() throws Exception {
        LoadResult r = load("""
                dismissed:
                  - claims: [a/one]
                    reason: x
                  - claims: [a/one, a/two]
                  - reason: nothing named
                """);
        assertEquals(List.of("shared.yaml:2:13 invalid-value", "shared.yaml:4:5 missing-field", "shared.yaml:5:5 missing-field"),
                errors(r));
    }

    @Test
    void aFileHoldingOnlyDismissalsIsNotEmpty() throws Exception {
        LoadResult r = load("dismissed:\n  - claims: [a/one, b/three]\n    reason: x\n");
        assertFalse(r.hasErrors(), r.diagnostics().toString());
    }

    @Test
    void theSchemaAcceptsADismissalAndRejectsOneWithoutReason() throws Exception {
        com.networknt.schema.Schema schema;
        try (InputStream in = Files.newInputStream(Path.of("../schema/argmap.schema.json"))) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
        YAMLMapper yaml = new YAMLMapper();
        assertEquals(List.of(), schema.validate(yaml.readTree("""
                dismissed:
                  - claims: [a/one, b/three]
                    reason: Different years.
                  - proposition: p
                    reason: One assertion.
                """)));
        assertFalse(schema.validate(yaml.readTree("dismissed:\n  - claims: [a/one, b/three]\n")).isEmpty());
        assertFalse(schema.validate(yaml.readTree("dismissed:\n  - claims: [a/one]\n    reason: x\n")).isEmpty());
        assertFalse(schema.validate(yaml.readTree("dismissed:\n  - claims: [a/one, b/two]\n    proposition: p\n    reason: x\n"))
                .isEmpty());
    }
}
