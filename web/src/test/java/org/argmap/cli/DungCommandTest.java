package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code argmap dung}: the ICCMA 2015 solver interface. */
class DungCommandTest {

    @Test
    void listsFormatsAndProblems() {
        assertEquals(new CliTestSupport.Run(0, "[apx,tgf]\n", ""), CliTestSupport.run("dung", "--formats"));
        assertEquals(new CliTestSupport.Run(0, "[EE-GR,EE-CO,EE-PR,EE-ST,SE-GR,SE-CO,SE-PR,SE-ST,DC-GR,DC-CO,DC-PR,DC-ST,"
                + "DS-GR,DS-CO,DS-PR,DS-ST]\n", ""), CliTestSupport.run("dung", "--problems"));
    }

    @Test
    void withoutOptionsItNamesItself() {
        CliTestSupport.Run r = CliTestSupport.run("dung");
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("argmap "), r.out());
    }

    @Test
    void enumeratesExtensionsOfAnApxFile(@TempDir Path dir) throws Exception {
        Path af = dir.resolve("af.apx");
        Files.writeString(af, "arg(a).\narg(b).\narg(c).\natt(a,b).\natt(b,a).\natt(b,c).\n");
        assertEquals(new CliTestSupport.Run(0, "[[a,c],[b]]\n", ""), CliTestSupport.run("dung", "-p", "EE-PR", "-f", af.toString()));
        assertEquals(new CliTestSupport.Run(0, "[[]]\n", ""), CliTestSupport.run("dung", "-p", "EE-GR", "-f", af.toString()));
        assertEquals("YES\n", CliTestSupport.run("dung", "-p", "DC-ST", "-f", af.toString(), "-a", "c").out());
        assertEquals("NO\n", CliTestSupport.run("dung", "-p", "DS-PR", "-f", af.toString(), "-a", "c").out());
    }

    @Test
    void readsTgfNamedByFo(@TempDir Path dir) throws Exception {
        Path af = dir.resolve("framework");
        Files.writeString(af, "a\nb\n#\na b\n");
        assertEquals(new CliTestSupport.Run(0, "[[a]]\n", ""),
                CliTestSupport.run("dung", "-p", "EE-CO", "-f", af.toString(), "-fo", "tgf"));
    }

    @Test
    void answersAnExternalInstanceAsItsReferenceDoes() throws Exception {
        String name = "10-127r681ird483nf0u56u";
        Path dir = externalDung("asgl/" + name + ".apx").resolve("asgl");
        for (String problem : new String[] {"EE-GR", "EE-CO", "EE-PR", "EE-ST"}) {
            CliTestSupport.Run r = CliTestSupport.run("dung", "-p", problem, "-f", dir.resolve(name + ".apx").toString(), "-fo", "apx");
            assertEquals(0, r.exit(), r.err());
            assertEquals(sets(Files.readString(dir.resolve(name + "." + problem))), sets(r.out()), problem);
        }
    }

    /**
     * {@code shared/external/dung} (GPL, read in place, never copied): {@code -Dargmap.external},
     * else {@code ../../shared/external} from the module directory. Without {@code marker} in it the
     * test is skipped with one line on standard error, or fails where {@code ARGMAP_REQUIRE_TOOLS} is
     * set ({@code .ci/run}), as core's {@code ExternalData} does.
     */
    static Path externalDung(String marker) {
        String p = System.getProperty("argmap.external");
        Path dir = (p != null && !p.isBlank() ? Path.of(p) : Path.of("..", "..", "shared", "external")).resolve("dung")
                .toAbsolutePath().normalize();
        if (Files.isRegularFile(dir.resolve(marker))) {
            return dir;
        }
        String message = "DungCommandTest.answersAnExternalInstanceAsItsReferenceDoes: external test data not found at " + dir
                + " (put shared/external beside the repository, or pass -Dargmap.external=/path/to/shared/external)";
        if (System.getenv("ARGMAP_REQUIRE_TOOLS") != null) {
            fail(message + " (ARGMAP_REQUIRE_TOOLS is set, as .ci/run sets it: the data must be there)");
        }
        System.err.println("argmap tests: SKIPPED " + message);
        Assumptions.abort(message);
        throw new AssertionError("unreachable");
    }

    /** ICCMA extension lists as a set of sets, ignoring order. */
    private static Set<Set<String>> sets(String answer) {
        String s = answer.strip();
        s = s.substring(1, s.length() - 1);
        Set<Set<String>> out = new java.util.HashSet<>();
        if (s.isEmpty()) {
            return out;
        }
        for (String ext : s.split("\\],\\[|\\]|\\[")) {
            if (!ext.isEmpty() || s.contains("[]")) {
                out.add(ext.isEmpty() ? Set.of() : Arrays.stream(ext.split(",")).collect(Collectors.toCollection(TreeSet::new)));
            }
        }
        return out;
    }

    @Test
    void badUsageExitsTwo(@TempDir Path dir) throws Exception {
        Path af = dir.resolve("af.apx");
        Files.writeString(af, "arg(a).\n");
        CliTestSupport.Run r = CliTestSupport.run("dung", "-p", "XX-PR", "-f", af.toString());
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().contains("unknown problem 'XX-PR'"), r.err());
        assertEquals(2, CliTestSupport.run("dung", "-p", "DC-PR", "-f", af.toString()).exit());
    }

    @Test
    void aBrokenFileExitsOneWithTheLine(@TempDir Path dir) throws Exception {
        Path af = dir.resolve("af.apx");
        Files.writeString(af, "arg(a).\natt(a,b).\n");
        CliTestSupport.Run r = CliTestSupport.run("dung", "-p", "EE-GR", "-f", af.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith(af + ":2:"), r.err());
    }
}
