package org.argmap.dung;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IccmaTest {

    /**
     * a and b attack each other, b attacks c, c attacks d, e attacks itself. Complete: {}, {a,c},
     * {b,d} (e is UNDEC in each); preferred: {a,c}, {b,d}; stable: none (nothing attacks e).
     */
    static final String CYCLE_APX = """
            % two-cycle with a tail, and a self-attacker
            arg(a). arg(b). arg(c). arg(d). arg(e).
            att(a,b). att(b,a). att(b,c). att(c,d). att(e,e).
            """;

    /** x attacks y, y attacks z: everything agrees on {x, z}. */
    static final String CHAIN_TGF = "x\ny\nz\n#\nx y\ny z\n";

    @TempDir
    Path dir;

    Path cycle;
    Path chain;
    Path empty;

    @BeforeEach
    void files() throws IOException {
        cycle = Files.writeString(dir.resolve("cycle.apx"), CYCLE_APX);
        chain = Files.writeString(dir.resolve("chain.tgf"), CHAIN_TGF);
        empty = Files.writeString(dir.resolve("empty.apx"), "% no arguments\n");
    }

    /** Exit code, stdout and stderr of one run. */
    record Run(int code, String out, String err) {
    }

    Run run(String problem, String argument, Path file, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Iccma().run(problem, argument, file, format,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0} {1} -a {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            cycle | EE-GR | - | [[]]
            cycle | EE-CO | - | [[],[a,c],[b,d]]
            cycle | EE-PR | - | [[a,c],[b,d]]
            cycle | EE-ST | - | []
            cycle | SE-GR | - | []
            cycle | SE-CO | - | []
            cycle | SE-PR | - | [b,d]
            cycle | SE-ST | - | NO
            cycle | DC-GR | a | NO
            cycle | DC-CO | a | YES
            cycle | DC-CO | e | NO
            cycle | DC-PR | d | YES
            cycle | DC-ST | a | NO
            cycle | DS-GR | a | NO
            cycle | DS-CO | a | NO
            cycle | DS-PR | a | NO
            cycle | DS-ST | a | YES
            cycle | DS-ST | e | YES
            chain | EE-GR | - | [[x,z]]
            chain | EE-CO | - | [[x,z]]
            chain | EE-PR | - | [[x,z]]
            chain | EE-ST | - | [[x,z]]
            chain | SE-GR | - | [x,z]
            chain | SE-PR | - | [x,z]
            chain | SE-ST | - | [x,z]
            chain | DC-GR | z | YES
            chain | DC-ST | y | NO
            chain | DS-CO | x | YES
            chain | DS-PR | z | YES
            chain | DS-ST | y | NO
            chain | DS-ST | z | YES
            empty | EE-GR | - | [[]]
            empty | EE-CO | - | [[]]
            empty | EE-PR | - | [[]]
            empty | EE-ST | - | [[]]
            empty | SE-ST | - | []
            """)
    void answersEachProblemInIccmaSyntax(String af, String problem, String argument, String answer) {
        Path file = switch (af) {
            case "cycle" -> cycle;
            case "chain" -> chain;
            default -> empty;
        };
        assertEquals(new Run(0, answer + "\n", ""), run(problem, argument, file, null));
    }

    @Test
    void formatMayBeGivenOrTakenFromTheFileName() throws IOException {
        Path noExtension = Files.writeString(dir.resolve("af"), CHAIN_TGF);
        assertEquals(new Run(0, "[[x,z]]\n", ""), run("EE-ST", null, noExtension, "tgf"));
        assertEquals(new Run(0, "[[x,z]]\n", ""), run("EE-ST", null, chain, "tgf"));
        assertEquals(2, run("EE-ST", null, noExtension, null).code());
    }

    @Test
    void listsFormatsAndAllSixteenProblems() {
        assertEquals(List.of("apx", "tgf"), Iccma.formats());
        assertEquals("[apx,tgf]", Iccma.list(Iccma.formats()));
        assertEquals(List.of(
                "EE-GR", "EE-CO", "EE-PR", "EE-ST",
                "SE-GR", "SE-CO", "SE-PR", "SE-ST",
                "DC-GR", "DC-CO", "DC-PR", "DC-ST",
                "DS-GR", "DS-CO", "DS-PR", "DS-ST"), Iccma.problems());
        for (String p : Iccma.problems()) {
            assertEquals(p, Iccma.Problem.parse(p).orElseThrow().id());
        }
    }

    @Test
    void formatsExtensionsExactly() {
        assertEquals("[]", Iccma.formatExtensions(List.of()));
        assertEquals("[[]]", Iccma.formatExtensions(List.of(Set.of())));
        assertEquals("[[a,b],[c]]", Iccma.formatExtensions(List.of(new TreeSet<>(Set.of("b", "a")), Set.of("c"))));
        assertEquals("[]", Iccma.formatExtension(Set.of()));
        assertEquals("[b,a]", Iccma.formatExtension(new LinkedHashSet<>(List.of("b", "a"))), "iteration order");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -      | -  | apx   | error: no problem given (-p); one of [EE-GR,EE-CO,EE-PR,EE-ST,SE-GR,SE-CO,SE-PR,SE-ST,DC-GR,DC-CO,DC-PR,DC-ST,DS-GR,DS-CO,DS-PR,DS-ST]
            EE-XX  | -  | apx   | error: unknown problem 'EE-XX'; one of [EE-GR,EE-CO,EE-PR,EE-ST,SE-GR,SE-CO,SE-PR,SE-ST,DC-GR,DC-CO,DC-PR,DC-ST,DS-GR,DS-CO,DS-PR,DS-ST]
            ee-pr  | -  | apx   | error: unknown problem 'ee-pr'; one of [EE-GR,EE-CO,EE-PR,EE-ST,SE-GR,SE-CO,SE-PR,SE-ST,DC-GR,DC-CO,DC-PR,DC-ST,DS-GR,DS-CO,DS-PR,DS-ST]
            DC-PR  | -  | apx   | error: problem DC-PR needs an argument (-a)
            EE-PR  | a  | apx   | error: problem EE-PR takes no argument; -a is for DC and DS problems
            EE-PR  | -  | dot   | error: unknown format 'dot'; one of [apx,tgf]
            DS-PR  | zz | apx   | error: argument 'zz' does not occur in {file}
            """)
    void badUsageExitsWithTwo(String problem, String argument, String format, String message) {
        assertEquals(new Run(2, "", message.replace("{file}", cycle.toString()) + "\n"),
                run(problem, argument, cycle, format));
    }

    @Test
    void missingFileArgumentIsBadUsage() {
        assertEquals(new Run(2, "", "error: no input file given (-f)\n"), run("EE-PR", null, null, "apx"));
    }

    @Test
    void unreadableFileIsBadInput() {
        Path missing = dir.resolve("missing.apx");
        assertEquals(new Run(1, "", missing + ":0:0: error [io-error] no such file\n"),
                run("EE-PR", null, missing, null));
    }

    @Test
    void nonUtf8FileIsBadInput() throws IOException {
        Path latin1 = Files.write(dir.resolve("latin1.tgf"), new byte[] {'a', (byte) 0xE9, '\n'});
        assertEquals(new Run(1, "", latin1 + ":0:0: error [io-error] not valid UTF-8 text\n"),
                run("EE-PR", null, latin1, null));
    }

    @Test
    void parseErrorsAreAllPrintedWithTheirLocation() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.tgf"), "a\nb c\n#\na q\n");
        assertEquals(new Run(1, "", bad + ":2:3: error [tgf-syntax] expected one argument name per line, found also"
                        + " 'c' (is the '#' line between arguments and attacks missing?)\n"
                        + bad + ":4:3: error [unknown-argument] attack names undeclared argument 'q'\n"),
                run("DS-ST", "a", bad, null));
        Path badApx = Files.writeString(dir.resolve("bad.txt"), "arg(a)\natt(a,b).\n");
        assertEquals(new Run(1, "", badApx + ":1:7: error [apx-syntax] expected '.' after ')', found 'att'\n"
                        + badApx + ":2:7: error [unknown-argument] attack names undeclared argument 'b'\n"),
                run("EE-CO", null, badApx, "apx"));
    }

    @Test
    void solveReturnsTheAnswerLine() {
        ArgumentationFramework af = DungFormat.APX.parse(CYCLE_APX).af();
        Iccma iccma = new Iccma();
        assertEquals("[[a,c],[b,d]]", iccma.solve(Iccma.Problem.parse("EE-PR").orElseThrow(), null, af));
        assertEquals("YES", iccma.solve(new Iccma.Problem(Iccma.Task.DC, Semantics.PREFERRED), "c", af));
        assertThrows(IllegalArgumentException.class,
                () -> iccma.solve(new Iccma.Problem(Iccma.Task.DC, Semantics.PREFERRED), null, af));
        assertThrows(IllegalArgumentException.class,
                () -> iccma.solve(new Iccma.Problem(Iccma.Task.EE, Semantics.PREFERRED), "c", af));
        assertThrows(IllegalArgumentException.class,
                () -> iccma.solve(new Iccma.Problem(Iccma.Task.DS, Semantics.STABLE), "nope", af));
    }

    @Test
    void problemNamesParseStrictly() {
        assertEquals(Optional.of(new Iccma.Problem(Iccma.Task.DS, Semantics.STABLE)), Iccma.Problem.parse("DS-ST"));
        for (String bad : new String[] {"", "DS", "DS-", "DS_ST", "XX-ST", "DS-XX", " DS-ST", "DS-STX"}) {
            assertEquals(Optional.empty(), Iccma.Problem.parse(bad), bad);
        }
        assertEquals(Optional.empty(), Iccma.Problem.parse(null));
    }

    @Test
    void anotherEngineCanBePluggedIn() {
        ArgumentationFramework af = DungFormat.TGF.parse(CHAIN_TGF).af();
        Iccma viaBruteForce = new Iccma(s -> new ExtensionSolver() {
            @Override
            public Semantics semantics() {
                return s;
            }

            @Override
            public List<java.util.SortedSet<String>> extensions(ArgumentationFramework f) {
                return new BruteForce(f).extensions(s);
            }

            @Override
            public Optional<java.util.SortedSet<String>> someExtension(ArgumentationFramework f) {
                return extensions(f).stream().findFirst();
            }

            @Override
            public boolean isCredulouslyAccepted(ArgumentationFramework f, String a) {
                return extensions(f).stream().anyMatch(e -> e.contains(a));
            }

            @Override
            public boolean isSkepticallyAccepted(ArgumentationFramework f, String a) {
                return extensions(f).stream().allMatch(e -> e.contains(a));
            }
        });
        assertEquals("[[x,z]]", viaBruteForce.solve(Iccma.Problem.parse("EE-CO").orElseThrow(), null, af));
    }
}
