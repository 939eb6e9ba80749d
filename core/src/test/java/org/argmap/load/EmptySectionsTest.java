package org.argmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.argmap.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A section that is present but holds nothing ({@code relations: []}, or {@code relations:} with no
 * value, which YAML reads as null) means "nothing here": it loads without a diagnostic, in a shared
 * file as in a source map. Only a file naming no section at all is {@code empty-file}.
 */
class EmptySectionsTest {

    @TempDir
    Path dir;

    private List<String> diagnostics(String... files) throws IOException {
        Path dir = Files.createTempDirectory(this.dir, "maps");
        Files.copy(Path.of("src/test/resources/fixtures/texts/sample.txt"), dir.resolve("sample.txt"));
        for (int i = 0; i < files.length; i++) {
            Files.writeString(dir.resolve("m" + (i + 1) + ".yaml"), files[i]);
        }
        return new CorpusLoader().load(List.of(dir)).diagnostics().stream().map(Diagnostic::toString).toList();
    }

    private static final String SOURCE = "source: {id: s, title: S, authors: [], language: en, text: sample.txt}\n";

    @Test
    void sharedFilesHoldingOnlyAnEmptyListLoad() throws IOException {
        assertEquals(List.of(), diagnostics("relations: []\n", "propositions: []\n", "expect: {agreements: [], contradictions: []}\n"));
    }

    @Test
    void sharedFilesHoldingOnlyAnEmptyKeyLoad() throws IOException {
        assertEquals(List.of(), diagnostics("# yaml-language-server: $schema=../schema/argmap.schema.json\nrelations:\n",
                "propositions:\n", "expect:\n  agreements:\n  contradictions:\n"));
    }

    @Test
    void emptyKeysInASourceMapMeanNothingHere() throws IOException {
        assertEquals(List.of(), diagnostics(SOURCE + """
                claims:
                  - id: x
                    text: X.
                    tags:
                    evidence:
                    stances:
                relations:
                """));
        assertEquals(List.of(), diagnostics(SOURCE.replace("id: s,", "id: t,") + "claims:\nrelations: []\n"));
    }

    @Test
    void aFileNamingNoSectionIsStillEmpty() throws IOException {
        List<String> d = diagnostics("notes: nothing\n");
        assertEquals(2, d.size(), d.toString());
        assertEquals(1, d.stream().filter(x -> x.contains("[empty-file]")).count(), d.toString());
        assertEquals(1, d.stream().filter(x -> x.contains("[unknown-key]")).count(), d.toString());
    }

    @Test
    void aQuotedEmptyStringIsNotNull() throws IOException {
        List<String> d = diagnostics(SOURCE + "claims:\n  - {id: x, text: '  '}\nrelations: ''\n");
        assertEquals(2, d.size(), d.toString());
        assertEquals(1, d.stream().filter(x -> x.contains("[empty-claim]")).count(), d.toString());
        assertEquals(1, d.stream().filter(x -> x.contains("[wrong-type]") && x.contains("'relations'")).count(), d.toString());
    }
}
