package org.argmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.argmap.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After a file breaks, its error is listed first and the errors that only follow from it are folded under it. */
class FollowOnTest {

    @TempDir
    Path dir;

    @Test
    void syntaxErrorInTheRealCorpusComesFirstWithTheUnknownSourcesItCausesFoldedUnderIt() throws IOException {
        Path maps = dir.resolve("argmaps");
        Files.createDirectories(maps);
        Path seeds = dir.resolve("seeds");
        Files.createDirectories(seeds);
        try (Stream<Path> s = Files.list(Path.of("../argmaps"))) {
            for (Path p : s.toList()) {
                Files.copy(p, maps.resolve(p.getFileName()));
            }
        }
        try (Stream<Path> s = Files.list(Path.of("../seeds"))) {
            for (Path p : s.toList()) {
                Files.copy(p, seeds.resolve(p.getFileName()));
            }
        }
        Path trotsky = maps.resolve("trotsky-1935.yaml");
        // what follows from the broken file: the unknown sources the corpus gives without it at all
        Path aside = dir.resolve("trotsky-1935.yaml.aside");
        Files.move(trotsky, aside);
        long expected = new CorpusLoader().load(List.of(maps)).diagnostics().stream()
                .filter(d -> d.code().equals("unknown-source") && d.message().contains("'trotsky-1935'")).count();
        Files.move(aside, trotsky);
        assertTrue(expected >= 12, "the corpus refers to trotsky-1935 from other files: " + expected);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(trotsky));
        int at = lines.indexOf("claims:");
        lines.add(at + 1, "  - id: broken: here");
        Files.write(trotsky, lines);

        LoadResult r = new CorpusLoader().load(List.of(maps));

        Diagnostic first = r.diagnostics().get(0);
        assertEquals("yaml-syntax", first.code(), r.diagnostics()::toString);
        assertEquals(trotsky.toString(), first.file());
        assertEquals(at + 2, first.line());
        List<Diagnostic> folded = r.followingFrom(first);
        assertEquals(expected, folded.stream().filter(d -> d.code().equals("unknown-source")).count(), folded::toString);
        // every folded error lies outside the broken file: in the shared files that name its ids
        assertTrue(folded.stream().allMatch(d -> !d.file().equals(trotsky.toString())
                && (d.file().endsWith("relations.yaml") || d.file().endsWith("propositions.yaml"))), folded::toString);
        long warnings = folded.size() - expected;
        String files = folded.stream().map(Diagnostic::file).distinct().sorted().reduce((a, b) -> a + ", " + b).orElseThrow();
        assertTrue(first.hint().endsWith("and " + expected + " errors" + (warnings == 0 ? "" : " and " + warnings
                + (warnings == 1 ? " warning" : " warnings")) + " that follow from it (in " + files + ")"), first::hint);
        assertTrue(r.diagnostics().stream().noneMatch(d -> d.message().contains("'trotsky-1935'")), r.diagnostics()::toString);
        assertEquals(1, r.errorCount(), r.diagnostics()::toString);
    }

    @Test
    void theBreakingErrorLeadsItsFileAndUnrelatedErrorsStayListed() throws IOException {
        Files.writeString(dir.resolve("t.txt"), "Some text.");
        // a.yaml: a duplicate key on line 4 is found before the syntax error on line 6
        Files.writeString(dir.resolve("a.yaml"), "source:\n  id: alpha\n  title: A\n  title: again\n  language: en\n"
                + "  text: t.txt\n    bad: indent\nclaims:\n  - id: c1\n    text: One.\n");
        Files.writeString(dir.resolve("b.yaml"), "propositions:\n  - id: p\n    text: P.\nrelations:\n"
                + "  - {from: alpha/c1, to: alpha/c2, type: supports}\n  - {from: gamma/c1, to: gamma/c2, type: attacks}\n"
                + "expect:\n  agreements:\n    - {proposition: p, sources: [alpha, gamma]}\n");
        LoadResult r = new CorpusLoader().load(List.of(dir));
        List<String> shown = r.diagnostics().stream().map(d -> d.code() + "@" + dir.relativize(Path.of(d.file())) + ":" + d.line()).toList();
        assertEquals(List.of("yaml-syntax@a.yaml:7", "duplicate-key@a.yaml:4", "unused-proposition@b.yaml:2",
                "unknown-source@b.yaml:6", "unknown-source@b.yaml:6", "unknown-source@b.yaml:9"), shown);
        assertTrue(r.diagnostics().get(0).hint().endsWith("and 3 errors that follow from it (in " + dir.resolve("b.yaml") + ")"),
                r.diagnostics().get(0)::hint);
        // both ends of line 5 and alpha in the expectation of line 9; gamma is defined nowhere
        assertEquals(List.of("b.yaml:5", "b.yaml:5", "b.yaml:9"), r.followingFrom(r.diagnostics().get(0)).stream()
                .map(d -> dir.relativize(Path.of(d.file())) + ":" + d.line()).toList());
    }
}
