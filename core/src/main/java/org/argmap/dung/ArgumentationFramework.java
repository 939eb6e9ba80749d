package org.argmap.dung;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable abstract argumentation framework (Dung 1995): a finite, ordered set of argument
 * names and a binary attack relation over them.
 *
 * <p>Arguments keep the order in which they were added; {@link #arguments()}, {@link
 * #attackers(String)}, {@link #attacked(String)} and {@link #attacks()} all follow it. The attack
 * relation is a set: adding the same attack twice has no further effect. Self-attacks are allowed.
 *
 * <p>Internally each argument has an index {@code 0..size()-1} (its position in {@link
 * #arguments()}) and attacks are stored as one {@link BitSet} of attackers and one of attacked
 * arguments per index, which is what the solvers in this package work on. A bit set is as long
 * as its highest index, so memory grows with the number of arguments times the index span of
 * their attacks: negligible for argument maps and ICCMA-sized frameworks (thousands of
 * arguments), quadratic in the worst case.
 *
 * <p>Two frameworks are equal when they list the same arguments in the same order and have the
 * same attacks.
 */
public final class ArgumentationFramework {

    /** One attack: {@code from} attacks {@code to}. */
    public record Attack(String from, String to) {
        public Attack {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        @Override
        public String toString() {
            return from + "->" + to;
        }
    }

    private final List<String> names;
    private final Map<String, Integer> index;
    /** attackersOf[i]: indexes j with j attacks i. */
    private final BitSet[] attackersOf;
    /** attackedBy[i]: indexes j with i attacks j. */
    private final BitSet[] attackedBy;
    private final int attackCount;

    private ArgumentationFramework(List<String> names, Map<String, Integer> index, BitSet[] attackedBy) {
        this.names = List.copyOf(names);
        this.index = Map.copyOf(index);
        int n = names.size();
        this.attackedBy = attackedBy;
        this.attackersOf = new BitSet[n];
        for (int i = 0; i < n; i++) {
            attackersOf[i] = new BitSet();
        }
        int count = 0;
        for (int i = 0; i < n; i++) {
            for (int j = attackedBy[i].nextSetBit(0); j >= 0; j = attackedBy[i].nextSetBit(j + 1)) {
                attackersOf[j].set(i);
                count++;
            }
        }
        this.attackCount = count;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The number of arguments. */
    public int size() {
        return names.size();
    }

    /** All argument names, in insertion order (unmodifiable). */
    public List<String> arguments() {
        return names;
    }

    /** Whether {@code argument} is an argument of this framework. */
    public boolean contains(String argument) {
        return index.containsKey(argument);
    }

    /** The number of attacks (each ordered pair counted once, self-attacks included). */
    public int attackCount() {
        return attackCount;
    }

    /**
     * The arguments attacking {@code argument}, in argument order (unmodifiable).
     *
     * @throws IllegalArgumentException if {@code argument} is not in this framework
     */
    public Set<String> attackers(String argument) {
        return namesOf(attackersOf[require(argument)]);
    }

    /**
     * The arguments attacked by {@code argument}, in argument order (unmodifiable).
     *
     * @throws IllegalArgumentException if {@code argument} is not in this framework
     */
    public Set<String> attacked(String argument) {
        return namesOf(attackedBy[require(argument)]);
    }

    /**
     * Whether {@code from} attacks {@code to}.
     *
     * @throws IllegalArgumentException if either is not in this framework
     */
    public boolean attacks(String from, String to) {
        return attackedBy[require(from)].get(require(to));
    }

    /** All attacks, ordered by attacker, then by attacked argument (unmodifiable). */
    public List<Attack> attacks() {
        List<Attack> out = new ArrayList<>(attackCount);
        for (int i = 0; i < names.size(); i++) {
            BitSet targets = attackedBy[i];
            for (int j = targets.nextSetBit(0); j >= 0; j = targets.nextSetBit(j + 1)) {
                out.add(new Attack(names.get(i), names.get(j)));
            }
        }
        return Collections.unmodifiableList(out);
    }

    // ---- index-based access for the solvers in this package (callers must not mutate) ----

    /** The index of {@code argument}, or -1 if absent. */
    int indexOf(String argument) {
        Integer i = index.get(argument);
        return i == null ? -1 : i;
    }

    String name(int i) {
        return names.get(i);
    }

    BitSet attackersBits(int i) {
        return attackersOf[i];
    }

    BitSet attackedBits(int i) {
        return attackedBy[i];
    }

    /** The names of the set bits, in index order. */
    Set<String> namesOf(BitSet bits) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
            out.add(names.get(i));
        }
        return Collections.unmodifiableSet(out);
    }

    private int require(String argument) {
        Integer i = index.get(Objects.requireNonNull(argument, "argument"));
        if (i == null) {
            throw new IllegalArgumentException("unknown argument '" + argument + "'");
        }
        return i;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArgumentationFramework other
                && names.equals(other.names)
                && Arrays.equals(attackedBy, other.attackedBy);
    }

    @Override
    public int hashCode() {
        return 31 * names.hashCode() + Arrays.hashCode(attackedBy);
    }

    @Override
    public String toString() {
        return "ArgumentationFramework" + names + attacks();
    }

    /**
     * Collects arguments and attacks. Arguments must be added before the attacks that name them:
     * {@link #addAttack} fails immediately on an unknown name.
     */
    public static final class Builder {
        private final List<String> names = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();
        private final List<BitSet> attackedBy = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds an argument.
         *
         * @throws IllegalArgumentException if the name is empty or already present
         * @throws NullPointerException if the name is null
         */
        public Builder addArgument(String name) {
            Objects.requireNonNull(name, "argument name");
            if (name.isEmpty()) {
                throw new IllegalArgumentException("argument name must not be empty");
            }
            if (index.putIfAbsent(name, names.size()) != null) {
                throw new IllegalArgumentException("duplicate argument '" + name + "'");
            }
            names.add(name);
            attackedBy.add(new BitSet());
            return this;
        }

        /** Adds each argument in turn, see {@link #addArgument(String)}. */
        public Builder addArguments(String... names) {
            for (String name : names) {
                addArgument(name);
            }
            return this;
        }

        /** Whether {@code name} has been added. */
        public boolean hasArgument(String name) {
            return index.containsKey(name);
        }

        /**
         * Adds the attack {@code from -> to}; adding an existing attack again is a no-op.
         *
         * @throws IllegalArgumentException if either argument has not been added
         */
        public Builder addAttack(String from, String to) {
            int i = known(from, "attacker");
            int j = known(to, "attacked argument");
            attackedBy.get(i).set(j);
            return this;
        }

        private int known(String name, String role) {
            Integer i = index.get(Objects.requireNonNull(name, role));
            if (i == null) {
                throw new IllegalArgumentException(
                        "attack names unknown " + role + " '" + name + "' (add arguments before attacks)");
            }
            return i;
        }

        /** An immutable framework with the arguments and attacks added so far. */
        public ArgumentationFramework build() {
            BitSet[] copy = new BitSet[names.size()];
            for (int i = 0; i < copy.length; i++) {
                copy[i] = (BitSet) attackedBy.get(i).clone();
            }
            return new ArgumentationFramework(names, index, copy);
        }
    }
}
