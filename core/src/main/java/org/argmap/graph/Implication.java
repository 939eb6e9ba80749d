package org.argmap.graph;

import java.util.Objects;
import org.argmap.model.Relation;
import org.argmap.model.RelationType;

/**
 * One edge of the {@link ImplicationGraph}: "if {@link #from()} then {@link #to()}", read off one
 * relation between propositions.
 *
 * <table>
 *   <caption>The implications each relation yields</caption>
 *   <tr><th>relation</th><th>implications (the one marked * is contrapositive)</th></tr>
 *   <tr><td>P entails Q</td><td>P → Q; not Q → not P *</td></tr>
 *   <tr><td>P equivalent Q</td><td>P → Q; not P → not Q; Q → P; not Q → not P</td></tr>
 *   <tr><td>P contrary Q</td><td>P → not Q; Q → not P</td></tr>
 *   <tr><td>P contradicts Q</td><td>P → not Q; not P → Q; Q → not P; not Q → P</td></tr>
 * </table>
 *
 * "Contrapositive" marks the one implication that reads a relation backwards, modus tollens on
 * an entailment; the other relations are symmetric and read as naturally either way.
 * Explanations prefer chains with few contrapositive steps. Identity is the creation index, so
 * hashing is stable from run to run.
 */
public final class Implication {

    private final int index;
    private final Literal from;
    private final Literal to;
    private final Relation relation;
    private final boolean contrapositive;

    Implication(int index, Literal from, Literal to, Relation relation, boolean contrapositive) {
        this.index = index;
        this.from = Objects.requireNonNull(from);
        this.to = Objects.requireNonNull(to);
        this.relation = Objects.requireNonNull(relation);
        this.contrapositive = contrapositive;
    }

    public Literal from() {
        return from;
    }

    public Literal to() {
        return to;
    }

    /** The relation between propositions this implication is read from. */
    public Relation relation() {
        return relation;
    }

    public RelationType type() {
        return relation.type();
    }

    /** True for the contrapositive of an entailment, {@code not Q → not P} (see the table above). */
    public boolean contrapositive() {
        return contrapositive;
    }

    /**
     * A sentence a reader can check against the relation, e.g. {@code "p entails q, so if q is
     * false, p is false"} or {@code "p and q are contrary: they cannot both be true"}.
     */
    public String sentence() {
        String a = relation.from();
        String b = relation.to();
        return switch (relation.type()) {
            case ENTAILS -> contrapositive
                    ? a + " entails " + b + ", so if " + b + " is false, " + a + " is false"
                    : a + " entails " + b + ": if " + a + " is true, " + b + " is true";
            case EQUIVALENT -> a + " is equivalent to " + b + ": " + from + " means " + to;
            case CONTRARY -> a + " and " + b + " are contrary: they cannot both be true";
            case CONTRADICTS -> from.positive()
                    ? a + " contradicts " + b + ": they cannot both be true"
                    : a + " contradicts " + b + ": they cannot both be false";
            default -> throw new IllegalStateException("not a relation between propositions: " + relation.type());
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Implication i && i.index == index;
    }

    @Override
    public int hashCode() {
        return index;
    }

    @Override
    public String toString() {
        return from + " -> " + to + " (" + relation.type().word() + (contrapositive ? ", contrapositive" : "") + ")";
    }
}
