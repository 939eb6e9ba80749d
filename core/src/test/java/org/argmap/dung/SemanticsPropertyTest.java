package org.argmap.dung;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the semantics over 300 seeded random frameworks of 1 to 12 arguments (attack
 * density and self-attack rate vary per framework), checked against Dung's definitions and
 * against {@link BruteForce} (all subsets, every size here).
 */
class SemanticsPropertyTest {

    static final int FRAMEWORKS = 300;

    static LongStream seeds() {
        return LongStream.range(0, FRAMEWORKS);
    }

    /** A framework of 1..12 arguments named a0, a1, ...; the same seed gives the same one. */
    static ArgumentationFramework random(long seed) {
        Random r = new Random(seed * 7919 + 17);
        int n = 1 + r.nextInt(12);
        double density = 0.05 + 0.45 * r.nextDouble();
        double selfRate = r.nextInt(3) == 0 ? 0 : 0.25 * r.nextDouble();
        ArgumentationFramework.Builder b = ArgumentationFramework.builder();
        for (int i = 0; i < n; i++) {
            b.addArgument("a" + i);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (r.nextDouble() < (i == j ? selfRate : density)) {
                    b.addAttack("a" + i, "a" + j);
                }
            }
        }
        return b.build();
    }

    static List<SortedSet<String>> ext(ArgumentationFramework af, Semantics s) {
        return LabellingSolver.of(s).extensions(af);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void agreesWithBruteForce(long seed) {
        ArgumentationFramework af = random(seed);
        BruteForce oracle = new BruteForce(af);
        for (Semantics s : Semantics.values()) {
            // Both sides sorted the same way, so the lists must be equal, order included.
            assertEquals(oracle.extensions(s), ext(af, s), () -> s + " on " + af);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void semanticsAreRelatedAsDungShowed(long seed) {
        ArgumentationFramework af = random(seed);
        BruteForce bf = new BruteForce(af);
        List<SortedSet<String>> grounded = ext(af, Semantics.GROUNDED);
        List<SortedSet<String>> complete = ext(af, Semantics.COMPLETE);
        List<SortedSet<String>> preferred = ext(af, Semantics.PREFERRED);
        List<SortedSet<String>> stable = ext(af, Semantics.STABLE);

        assertEquals(1, grounded.size());
        SortedSet<String> g = grounded.get(0);
        assertTrue(complete.contains(g), "grounded is complete");
        for (SortedSet<String> c : complete) {
            assertTrue(c.containsAll(g), "grounded is in every complete extension");
            long m = bf.mask(c);
            assertTrue(bf.conflictFree(m), "complete is conflict-free");
            assertEquals(m, bf.defended(m), "complete = the arguments it defends");
        }
        assertEquals(complete.size(), new HashSet<>(complete).size(), "no duplicates");

        assertFalse(preferred.isEmpty(), "there is always a preferred extension");
        for (SortedSet<String> p : preferred) {
            assertTrue(complete.contains(p), "preferred is complete");
            for (SortedSet<String> c : complete) {
                assertFalse(c.containsAll(p) && !c.equals(p), "preferred is maximal");
            }
        }
        for (SortedSet<String> c : complete) {
            assertTrue(preferred.stream().anyMatch(p -> p.containsAll(c)), "every complete is in a preferred");
        }

        long all = (1L << af.size()) - 1;
        for (SortedSet<String> s : stable) {
            assertTrue(preferred.contains(s), "stable is preferred");
            long m = bf.mask(s);
            assertTrue(bf.conflictFree(m), "stable is conflict-free");
            assertEquals(all, m | bf.attackedBy(m), "stable attacks every outside argument");
            for (String a : af.arguments()) {
                if (!s.contains(a)) {
                    assertTrue(af.attackers(a).stream().anyMatch(s::contains), a + " attacked by " + s);
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void decisionProblemsAgreeWithEnumeration(long seed) {
        ArgumentationFramework af = random(seed);
        for (Semantics s : Semantics.values()) {
            assertDecisionsAgree(af, LabellingSolver.of(s));
        }
    }

    /** SE is one of EE (or absent iff EE is empty), DC = in some, DS = in all (YES if none). */
    static void assertDecisionsAgree(ArgumentationFramework af, ExtensionSolver solver) {
        List<SortedSet<String>> all = solver.extensions(af);
        Optional<SortedSet<String>> some = solver.someExtension(af);
        assertEquals(all.isEmpty(), some.isEmpty(), () -> solver + " SE on " + af);
        some.ifPresent(e -> assertTrue(all.contains(e), () -> solver + " SE " + e + " not among " + all));
        for (String a : af.arguments()) {
            assertEquals(all.stream().anyMatch(e -> e.contains(a)), solver.isCredulouslyAccepted(af, a),
                    () -> solver + " DC " + a + " on " + af);
            assertEquals(all.stream().allMatch(e -> e.contains(a)), solver.isSkepticallyAccepted(af, a),
                    () -> solver + " DS " + a + " on " + af);
        }
    }

    @ParameterizedTest
    @EnumSource(Semantics.class)
    void resultsAreDeterministicAndUnmodifiable(Semantics s) {
        for (long seed = 0; seed < 20; seed++) {
            ArgumentationFramework af = random(seed);
            List<SortedSet<String>> first = ext(af, s);
            assertEquals(first, ext(af, s));
            assertEquals(first, LabellingSolver.of(s).extensions(random(seed)));
            assertEquals(LabellingSolver.of(s).someExtension(af), LabellingSolver.of(s).someExtension(af));
            List<SortedSet<String>> sorted = first.stream().sorted(ExtensionSolver.EXTENSION_ORDER).toList();
            assertEquals(sorted, first, "sorted");
        }
        List<SortedSet<String>> e = ext(random(3), s);
        org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> e.add(null));
        if (!e.isEmpty()) {
            org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> e.get(0).add("x"));
        }
    }

    @Test
    void generatorCoversTheInterestingShapes() {
        Set<Integer> sizes = new HashSet<>();
        int selfAttacking = 0;
        int noStable = 0;
        int manyPreferred = 0;
        for (long seed = 0; seed < FRAMEWORKS; seed++) {
            ArgumentationFramework af = random(seed);
            sizes.add(af.size());
            if (af.arguments().stream().anyMatch(a -> af.attacks(a, a))) {
                selfAttacking++;
            }
            if (ext(af, Semantics.STABLE).isEmpty()) {
                noStable++;
            }
            if (ext(af, Semantics.PREFERRED).size() > 1) {
                manyPreferred++;
            }
        }
        assertEquals(12, sizes.size(), "every size 1..12");
        assertTrue(selfAttacking > 50, "self-attacks: " + selfAttacking);
        assertTrue(noStable > 20, "without stable extension: " + noStable);
        assertTrue(manyPreferred > 20, "with several preferred: " + manyPreferred);
    }
}
