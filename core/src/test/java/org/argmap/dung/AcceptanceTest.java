package org.argmap.dung;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Acceptance} against the enumerating labelling search, argument by argument. */
class AcceptanceTest {

    static void sameAsEnumeration(ArgumentationFramework af) {
        Acceptance.Result r = Acceptance.of(af, Acceptance.Budget.unlimited());
        assertFalse(r.exhausted());
        List<SortedSet<String>> grounded = LabellingSolver.of(Semantics.GROUNDED).extensions(af);
        List<SortedSet<String>> pr = LabellingSolver.of(Semantics.PREFERRED).extensions(af);
        List<SortedSet<String>> st = LabellingSolver.of(Semantics.STABLE).extensions(af);
        for (int i = 0; i < af.size(); i++) {
            String a = af.arguments().get(i);
            boolean in = grounded.get(0).contains(a);
            boolean out = af.attackers(a).stream().anyMatch(grounded.get(0)::contains);
            assertEquals(in ? Grounded.IN : out ? Grounded.OUT : Grounded.UNDEC, r.grounded()[i], () -> "GR " + a + " " + af);
            assertEquals(pr.stream().anyMatch(e -> e.contains(a)), r.credulousPreferred()[i], () -> "DC-PR " + a + " " + af);
            assertEquals(pr.stream().allMatch(e -> e.contains(a)), r.skepticalPreferred()[i], () -> "DS-PR " + a + " " + af);
            assertEquals(st.stream().anyMatch(e -> e.contains(a)), r.credulousStable()[i], () -> "DC-ST " + a + " " + af);
            assertEquals(st.stream().allMatch(e -> e.contains(a)), r.skepticalStable()[i], () -> "DS-ST " + a + " " + af);
        }
        for (Semantics s : List.of(Semantics.COMPLETE, Semantics.PREFERRED, Semantics.STABLE)) {
            List<SortedSet<String>> all = LabellingSolver.of(s).extensions(af);
            Acceptance.Listing l = Acceptance.extensions(af, s, 1000, Acceptance.Budget.unlimited());
            assertTrue(l.complete());
            Set<Set<String>> got = new HashSet<>(l.extensions());
            assertEquals(all.size(), l.extensions().size(), () -> s + " count on " + af);
            assertEquals(new HashSet<>(all), got, () -> s + " on " + af);
            if (all.size() > 2) {
                Acceptance.Listing two = Acceptance.extensions(af, s, 2, Acceptance.Budget.unlimited());
                assertEquals(2, two.extensions().size());
                assertFalse(two.complete());
            }
        }
    }

    @Test
    void agreesOnEveryFrameworkOfUpToThreeArguments() {
        for (int n = 0; n <= 3; n++) {
            for (long bits = 0; bits < 1L << (n * n); bits++) {
                sameAsEnumeration(SatSolverTest.fromBits(n, bits));
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("org.argmap.dung.SemanticsPropertyTest#seeds")
    void agreesOnRandomFrameworks(long seed) {
        sameAsEnumeration(SemanticsPropertyTest.random(seed));
    }

    @Test
    void anExhaustedBudgetLeavesAnswersOpenInsteadOfGuessing() {
        // an even cycle: nothing grounded, so every answer needs a query
        ArgumentationFramework af = ArgumentationFramework.builder().addArguments("a", "b", "c", "d")
                .addAttack("a", "b").addAttack("b", "c").addAttack("c", "d").addAttack("d", "a").build();
        Acceptance.Result r = Acceptance.of(af, new Acceptance.Budget(1, 0));
        assertTrue(r.exhausted());
        assertNull(r.skepticalPreferred()[0]);
        assertEquals(Grounded.UNDEC, r.grounded()[0]);
    }
}
