package org.argmap.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.argmap.diag.Diagnostic;
import org.argmap.load.CorpusLoader;
import org.argmap.load.LoadResult;
import org.argmap.model.Corpus;

/**
 * Small corpora written inline: each string is one map file. Files go to a fresh folder with a
 * copy of {@code fixtures/texts/sample.txt} as {@code sample.txt}, so maps may quote it; the
 * corpus must load without errors.
 */
public final class InlineMaps {

    private InlineMaps() {
    }

    /** A source map header for source {@code id} over {@code sample.txt}, followed by {@code body}. */
    public static String source(String id, String body) {
        return "source: {id: " + id + ", title: " + id + ", authors: [], language: en, text: sample.txt}\n" + body;
    }

    /** Loads one map with {@link CorpusLoader#loadString}, its text resolved against the fixture texts. */
    public static Corpus one(String yaml) {
        LoadResult r = new CorpusLoader().loadString("inline.yaml", yaml, Path.of("src/test/resources/fixtures/texts"));
        assertNoErrors(r);
        return r.corpus();
    }

    /** Loads several maps (named m1.yaml, m2.yaml, ... in that order) from a fresh temporary folder. */
    public static Corpus load(String... files) {
        return loadResult(files).corpus();
    }

    /** As {@link #load}, returning the whole load result. */
    public static LoadResult loadResult(String... files) {
        try {
            Path dir = Files.createTempDirectory(Path.of("target"), "inline-maps");
            Files.copy(Path.of("src/test/resources/fixtures/texts/sample.txt"), dir.resolve("sample.txt"));
            for (int i = 0; i < files.length; i++) {
                Files.writeString(dir.resolve("m" + (i + 1) + ".yaml"), files[i]);
            }
            LoadResult r = new CorpusLoader().load(List.of(dir));
            assertNoErrors(r);
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertNoErrors(LoadResult r) {
        assertEquals(List.of(), r.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::toString).toList());
    }

    /** Propositions p1..pn with texts "P1." etc., as a shared file's {@code propositions:} section. */
    public static String propositions(String... ids) {
        StringBuilder b = new StringBuilder("propositions:\n");
        for (String id : ids) {
            b.append("  - id: ").append(id).append("\n    text: ").append(id.toUpperCase(java.util.Locale.ROOT)).append(".\n");
        }
        return b.toString();
    }
}
