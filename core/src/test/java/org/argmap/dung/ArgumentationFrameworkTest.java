package org.argmap.dung;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgumentationFrameworkTest {

    static ArgumentationFramework sample() {
        return ArgumentationFramework.builder()
                .addArguments("c", "a", "b")
                .addAttack("b", "a")
                .addAttack("c", "a")
                .addAttack("a", "b")
                .addAttack("b", "b")
                .addAttack("c", "a") // again: no effect
                .build();
    }

    @Test
    void keepsArgumentOrderEverywhere() {
        ArgumentationFramework af = sample();
        assertEquals(List.of("c", "a", "b"), af.arguments());
        assertEquals(3, af.size());
        assertEquals(4, af.attackCount());
        assertEquals(List.of("c", "b"), List.copyOf(af.attackers("a")));
        assertEquals(List.of("a", "b"), List.copyOf(af.attacked("b")));
        assertEquals(List.of("a", "b"), List.copyOf(af.attackers("b")));
        assertEquals(Set.of(), af.attackers("c"));
        assertEquals(List.of(new ArgumentationFramework.Attack("c", "a"), new ArgumentationFramework.Attack("a", "b"),
                new ArgumentationFramework.Attack("b", "a"), new ArgumentationFramework.Attack("b", "b")), af.attacks());
        assertTrue(af.attacks("b", "b"));
        assertFalse(af.attacks("a", "c"));
        assertTrue(af.contains("a"));
        assertFalse(af.contains("z"));
    }

    @Test
    void failsFastOnUnknownOrDuplicateArguments() {
        ArgumentationFramework.Builder b = ArgumentationFramework.builder().addArgument("a");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> b.addAttack("a", "z"));
        assertEquals("attack names unknown attacked argument 'z' (add arguments before attacks)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> b.addAttack("z", "a"));
        assertThrows(IllegalArgumentException.class, () -> b.addArgument("a"));
        assertThrows(IllegalArgumentException.class, () -> b.addArgument(""));
        assertThrows(NullPointerException.class, () -> b.addArgument(null));
        ArgumentationFramework af = b.build();
        assertThrows(IllegalArgumentException.class, () -> af.attackers("z"));
        assertThrows(IllegalArgumentException.class, () -> af.attacked("z"));
        assertThrows(IllegalArgumentException.class, () -> af.attacks("a", "z"));
    }

    @Test
    void isImmutable() {
        ArgumentationFramework.Builder b = ArgumentationFramework.builder().addArguments("a", "b");
        ArgumentationFramework before = b.build();
        b.addAttack("a", "b").addArgument("c");
        assertEquals(List.of("a", "b"), before.arguments(), "later builder changes do not leak");
        assertEquals(0, before.attackCount());
        assertThrows(UnsupportedOperationException.class, () -> before.arguments().add("x"));
        ArgumentationFramework af = sample();
        assertThrows(UnsupportedOperationException.class, () -> af.attackers("a").clear());
        assertThrows(UnsupportedOperationException.class, () -> af.attacked("b").add("c"));
        assertThrows(UnsupportedOperationException.class, () -> af.attacks().clear());
    }

    @Test
    void equalityIsByArgumentsInOrderAndAttacks() {
        assertEquals(sample(), sample());
        assertEquals(sample().hashCode(), sample().hashCode());
        ArgumentationFramework reordered = ArgumentationFramework.builder().addArguments("a", "b", "c")
                .addAttack("b", "a").addAttack("c", "a").addAttack("a", "b").addAttack("b", "b").build();
        assertNotEquals(sample(), reordered);
        ArgumentationFramework fewer = ArgumentationFramework.builder().addArguments("c", "a", "b")
                .addAttack("b", "a").addAttack("c", "a").addAttack("a", "b").build();
        assertNotEquals(sample(), fewer);
        assertEquals("ArgumentationFramework[c, a, b][c->a, a->b, b->a, b->b]", sample().toString());
    }

    @Test
    void emptyFrameworkHasOneEmptyExtensionUnderEverySemantics() {
        ArgumentationFramework af = ArgumentationFramework.builder().build();
        for (Semantics s : Semantics.values()) {
            assertEquals(List.of(Set.of()), LabellingSolver.of(s).extensions(af), s.name());
        }
    }

    @Test
    void selfAttackersAreNeverAccepted() {
        ArgumentationFramework af = ArgumentationFramework.builder().addArguments("s", "t")
                .addAttack("s", "s").addAttack("s", "t").build();
        assertEquals(List.of(Set.of()), LabellingSolver.of(Semantics.COMPLETE).extensions(af));
        assertEquals(List.of(Set.of()), LabellingSolver.of(Semantics.PREFERRED).extensions(af));
        assertEquals(List.of(), LabellingSolver.of(Semantics.STABLE).extensions(af));
        assertFalse(LabellingSolver.of(Semantics.COMPLETE).isCredulouslyAccepted(af, "s"));
        // Odd cycle of length three plus a defended outsider.
        ArgumentationFramework odd = ArgumentationFramework.builder().addArguments("p", "q", "r", "u")
                .addAttack("p", "q").addAttack("q", "r").addAttack("r", "p").build();
        assertEquals(List.of(Set.of("u")), LabellingSolver.of(Semantics.PREFERRED).extensions(odd));
        assertEquals(List.of(), LabellingSolver.of(Semantics.STABLE).extensions(odd));
    }

    @Test
    void semanticsCodes() {
        assertEquals(List.of("GR", "CO", "PR", "ST"),
                java.util.Arrays.stream(Semantics.values()).map(Semantics::iccmaCode).toList());
        assertEquals(java.util.Optional.of(Semantics.STABLE), Semantics.fromIccmaCode("ST"));
        assertEquals(java.util.Optional.empty(), Semantics.fromIccmaCode("st"));
        assertEquals(Semantics.PREFERRED, ExtensionSolver.of(Semantics.PREFERRED).semantics());
    }
}
