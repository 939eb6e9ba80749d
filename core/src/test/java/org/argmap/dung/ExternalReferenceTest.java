package org.argmap.dung;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.argmap.interchange.ExternalData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every framework of the third-party data set beside the repository ({@code
 * shared/external/dung}, GPL, read in place, never copied) against its reference answers, and
 * against the counts in the data set's {@code INDEX.csv}.
 *
 * <p>The data is found by {@link ExternalData#require}: without it these tests are skipped with
 * one line saying so (failed under {@code ARGMAP_REQUIRE_TOOLS}).
 */
class ExternalReferenceTest {

    private static final Pattern ALIAS_REFERENCE = Pattern.compile("(\\S+) \\((GR|CO|PR|ST)\\)");

    private static final Map<String, Semantics> BY_CODE = Map.of(
            "GR", Semantics.GROUNDED, "CO", Semantics.COMPLETE, "PR", Semantics.PREFERRED, "ST", Semantics.STABLE);

    /** One row of INDEX.csv. */
    record Row(String instance, String format, int arguments, int attacks, int selfAttacks,
            int complete, int preferred, int stable, Set<String> grounded, String referenceFiles) {
        @Override
        public String toString() {
            return instance;
        }
    }

    static Path dataDir() {
        return ExternalData.require("dung", "INDEX.csv",
                "ExternalReferenceTest (53 Dung frameworks of shared/external/dung, GPL, so not copied here)");
    }

    static List<Row> index() {
        List<String> lines = read(dataDir().resolve("INDEX.csv")).lines().filter(l -> !l.isBlank()).toList();
        assertEquals("instance,format,arguments,attacks,self_attacks,n_complete,n_preferred,n_stable,"
                + "grounded_extension,reference_solution_files,independent_bruteforce_check", lines.get(0));
        List<Row> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = csv(line);
            Set<String> grounded = f.get(8).equals("(empty)") ? Set.of() : Set.of(f.get(8).split(" "));
            rows.add(new Row(f.get(0), f.get(1), Integer.parseInt(f.get(2)), Integer.parseInt(f.get(3)),
                    Integer.parseInt(f.get(4)), Integer.parseInt(f.get(5)), Integer.parseInt(f.get(6)),
                    Integer.parseInt(f.get(7)), grounded, f.get(9)));
        }
        return rows;
    }

    /** (instance, semantics, reference file) for every reference answer named in the index. */
    static Stream<Arguments> referenceCases() {
        List<Arguments> cases = new ArrayList<>();
        for (Row row : index()) {
            Path instance = dataDir().resolve(row.instance());
            String file = instance.getFileName().toString();
            String stem = file.substring(0, file.lastIndexOf('.'));
            Matcher alias = ALIAS_REFERENCE.matcher(row.referenceFiles());
            if (alias.matches()) { // "complete1answer (CO)": one answer file beside the .tgf
                cases.add(Arguments.of(row.instance(), BY_CODE.get(alias.group(2)),
                        instance.resolveSibling(alias.group(1)), true));
                continue;
            }
            for (String ref : row.referenceFiles().split(" ")) { // "EE-CO EE-GR ...": NAME.EE-CO
                assertTrue(ref.matches("EE-(GR|CO|PR|ST)"), () -> "unexpected reference " + ref);
                cases.add(Arguments.of(row.instance(), BY_CODE.get(ref.substring(3)),
                        instance.resolveSibling(stem + "." + ref), false));
            }
        }
        return cases.stream();
    }

    static Stream<Row> rows() {
        return index().stream();
    }

    @Test
    void indexCoversBothSources() {
        List<Row> rows = index();
        assertEquals(53, rows.size());
        assertEquals(35, rows.stream().filter(r -> r.format().equals("apx")).count());
        assertEquals(18, rows.stream().filter(r -> r.format().equals("tgf")).count());
        List<Arguments> cases = referenceCases().toList();
        assertEquals(35 * 4 + 18, cases.size());
        for (Arguments c : cases) {
            assertTrue(c.get()[1] != null, () -> "no semantics for " + c.get()[0]);
            assertTrue(Files.isRegularFile((Path) c.get()[2]), () -> "missing " + c.get()[2]);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("referenceCases")
    void givesExactlyTheReferenceExtensions(String instance, Semantics semantics, Path answer, boolean alias) {
        ArgumentationFramework af = load(instance);
        List<Set<String>> expected = alias
                ? ReferenceSyntax.aliasExtensions(read(answer))
                : ReferenceSyntax.iccmaExtensions(read(answer));
        Set<Set<String>> expectedSet = new HashSet<>(expected);
        assertEquals(expected.size(), expectedSet.size(), "reference lists an extension twice");

        List<SortedSet<String>> actual = LabellingSolver.of(semantics).extensions(af);
        assertEquals(expectedSet, new HashSet<>(actual));
        assertEquals(expected.size(), actual.size(), "solver lists an extension twice");

        // The same through the ICCMA front end, its output read back with a strict reader.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Iccma().run("EE-" + semantics.iccmaCode(), null, dataDir().resolve(instance), null,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.endsWith("\n") && printed.indexOf('\n') == printed.length() - 1, printed);
        assertEquals(expectedSet, new HashSet<>(ReferenceSyntax.iccmaExtensions(printed)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void matchesTheIndexCounts(Row row) {
        ArgumentationFramework af = load(row.instance());
        assertEquals(row.arguments(), af.size(), "arguments");
        assertEquals(row.attacks(), af.attackCount(), "attacks");
        assertEquals(row.selfAttacks(), af.arguments().stream().filter(a -> af.attacks(a, a)).count(), "self-attacks");
        assertEquals(List.of(row.grounded()), LabellingSolver.of(Semantics.GROUNDED).extensions(af)
                .stream().map(Set::copyOf).toList(), "grounded");
        assertEquals(row.complete(), LabellingSolver.of(Semantics.COMPLETE).extensions(af).size(), "complete");
        assertEquals(row.preferred(), LabellingSolver.of(Semantics.PREFERRED).extensions(af).size(), "preferred");
        assertEquals(row.stable(), LabellingSolver.of(Semantics.STABLE).extensions(af).size(), "stable");
    }

    /** SE, DC and DS agree with EE on every argument of every instance, for every semantics. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void decisionProblemsAgreeWithEnumeration(Row row) {
        ArgumentationFramework af = load(row.instance());
        for (Semantics s : Semantics.values()) {
            SemanticsPropertyTest.assertDecisionsAgree(af, LabellingSolver.of(s));
        }
    }

    @Test
    void completeSixIsFast() {
        ArgumentationFramework af = load("alias/complete/complete6.tgf");
        List<SortedSet<String>> complete = assertTimeout(Duration.ofSeconds(1),
                () -> LabellingSolver.of(Semantics.COMPLETE).extensions(af));
        assertEquals(1624, complete.size());
        List<SortedSet<String>> preferred = assertTimeout(Duration.ofSeconds(1),
                () -> LabellingSolver.of(Semantics.PREFERRED).extensions(af));
        assertEquals(129, preferred.size());
        assertEquals(preferred, LabellingSolver.of(Semantics.STABLE).extensions(af));
    }

    static ArgumentationFramework load(String instance) {
        Path file = dataDir().resolve(instance);
        DungFormat format = DungFormat.forFile(file).orElseThrow();
        DungParseResult result = format.parse(read(file));
        assertTrue(result.ok(), () -> instance + ": " + result.errors());
        return result.af();
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits one CSV line; fields may be quoted, with "" for a quote. */
    static List<String> csv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out;
    }
}
