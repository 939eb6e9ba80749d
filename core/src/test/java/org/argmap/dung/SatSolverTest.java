package org.argmap.dung;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.SortedSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SAT-backed engine against the labelling search: every task, every semantics, on every
 * framework of up to three arguments (all 2^(n²) attack relations: 1 + 2 + 16 + 512), 1,024
 * frameworks of four arguments (one attack pattern in each block of 64 of the 65,536, seeded),
 * 300 random ones of 1 to 12 arguments, and the shared reference instances.
 */
class SatSolverTest {

    /** Everything the two engines say about af must be equal. */
    static void sameAnswers(ArgumentationFramework af) {
        for (Semantics s : Semantics.values()) {
            ExtensionSolver sat = SatSolver.of(s);
            ExtensionSolver lab = LabellingSolver.of(s);
            List<SortedSet<String>> expected = lab.extensions(af);
            assertEquals(expected, sat.extensions(af), () -> "EE-" + s.iccmaCode() + " on " + af);
            SemanticsPropertyTest.assertDecisionsAgree(af, sat);
            // SE: some extension, and one of the right ones
            assertEquals(expected.isEmpty(), sat.someExtension(af).isEmpty(), () -> "SE-" + s.iccmaCode() + " on " + af);
            for (String a : af.arguments()) {
                assertEquals(lab.isCredulouslyAccepted(af, a), sat.isCredulouslyAccepted(af, a),
                        () -> "DC-" + s.iccmaCode() + " " + a + " on " + af);
                assertEquals(lab.isSkepticallyAccepted(af, a), sat.isSkepticallyAccepted(af, a),
                        () -> "DS-" + s.iccmaCode() + " " + a + " on " + af);
            }
        }
    }

    static ArgumentationFramework fromBits(int n, long bits) {
        ArgumentationFramework.Builder b = ArgumentationFramework.builder();
        for (int i = 0; i < n; i++) {
            b.addArgument("a" + i);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if ((bits >> (i * n + j) & 1) != 0) {
                    b.addAttack("a" + i, "a" + j);
                }
            }
        }
        return b.build();
    }

    @Test
    void agreesOnEveryFrameworkOfUpToThreeArguments() {
        int checked = 0;
        for (int n = 0; n <= 3; n++) {
            for (long bits = 0; bits < 1L << (n * n); bits++) {
                sameAnswers(fromBits(n, bits));
                checked++;
            }
        }
        assertEquals(1 + 2 + 16 + 512, checked);
    }

    @Test
    void agreesOnFourArgumentFrameworks() {
        // one attack pattern in each block of 64 of the 65,536, seeded, so each bit is set and unset often
        Random r = new Random(4);
        for (long bits = 0; bits < 1L << 16; bits += 64) {
            sameAnswers(fromBits(4, bits + r.nextInt(64)));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("org.argmap.dung.SemanticsPropertyTest#seeds")
    void agreesOnRandomFrameworks(long seed) {
        sameAnswers(SemanticsPropertyTest.random(seed));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("org.argmap.dung.ExternalReferenceTest#referenceCases")
    void givesExactlyTheReferenceExtensions(String instance, Semantics semantics, Path answer, boolean alias) {
        ArgumentationFramework af = ExternalReferenceTest.load(instance);
        List<? extends java.util.Set<String>> expected = alias
                ? ReferenceSyntax.aliasExtensions(ExternalReferenceTest.read(answer))
                : ReferenceSyntax.iccmaExtensions(ExternalReferenceTest.read(answer));
        assertEquals(new HashSet<>(expected), new HashSet<>(SatSolver.of(semantics).extensions(af)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.argmap.dung.ExternalReferenceTest#rows")
    void decisionProblemsAgreeWithTheLabellingSearchOnReferenceInstances(ExternalReferenceTest.Row row) {
        ArgumentationFramework af = ExternalReferenceTest.load(row.instance());
        for (Semantics s : Semantics.values()) {
            if (s == Semantics.COMPLETE && row.complete() > 5000) {
                continue;
            }
            SemanticsPropertyTest.assertDecisionsAgree(af, SatSolver.of(s));
        }
    }

    /** Sanity bound only (the figures are in bench/dung-bench.sh): a 400/1,200 framework is no search blow-up. */
    @Test
    void decidesALargeRandomFrameworkWithoutEnumerating() {
        ArgumentationFramework af = random(400, 1200, 1);
        assertTimeout(Duration.ofSeconds(20), () -> {
            SatSolver.of(Semantics.PREFERRED).someExtension(af);
            for (String a : af.arguments().subList(0, 20)) {
                SatSolver.of(Semantics.PREFERRED).isSkepticallyAccepted(af, a);
                SatSolver.of(Semantics.STABLE).isCredulouslyAccepted(af, a);
            }
        });
    }

    /** n arguments a0.., m distinct random attacks (self-attacks allowed), seeded. */
    static ArgumentationFramework random(int n, int m, long seed) {
        Random r = new Random(seed);
        ArgumentationFramework.Builder b = ArgumentationFramework.builder();
        for (int i = 0; i < n; i++) {
            b.addArgument("a" + i);
        }
        HashSet<Long> seen = new HashSet<>();
        while (seen.size() < m) {
            int i = r.nextInt(n);
            int j = r.nextInt(n);
            if (seen.add((long) i * n + j)) {
                b.addAttack("a" + i, "a" + j);
            }
        }
        return b.build();
    }
}
