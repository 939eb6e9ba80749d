package org.argmap.graph;

import java.util.Locale;
import java.util.Objects;
import org.argmap.model.Evidence;
import org.argmap.model.Relation;
import org.argmap.model.Stance;

/**
 * A typed edge of the {@link CorpusGraph}. Edges have identity (the graph is a multigraph: a
 * claim may support another in two files); each carries the model element it came from.
 *
 * <table>
 *   <caption>Edge types</caption>
 *   <tr><th>type</th><th>from → to</th><th>carries</th></tr>
 *   <tr><td>WROTE</td><td>source → claim</td><td>—</td></tr>
 *   <tr><td>QUOTES</td><td>claim → evidence</td><td>{@link #evidence()}</td></tr>
 *   <tr><td>STANCE</td><td>claim → proposition</td><td>{@link #stance()}</td></tr>
 *   <tr><td>SUPPORTS, ATTACKS</td><td>claim → claim</td><td>{@link #relation()}</td></tr>
 *   <tr><td>UNDERCUTS</td><td>claim → the origin claim of the undercut relation</td>
 *       <td>{@link #relation()} (the undercut) and {@link #target()} (the relation undercut)</td></tr>
 *   <tr><td>ENTAILS, EQUIVALENT, CONTRARY, CONTRADICTS</td><td>proposition → proposition</td>
 *       <td>{@link #relation()}</td></tr>
 * </table>
 */
public final class Edge {

    /** The edge types. */
    public enum Type {
        WROTE, QUOTES, STANCE, SUPPORTS, ATTACKS, UNDERCUTS, ENTAILS, EQUIVALENT, CONTRARY, CONTRADICTS;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Type type;
    private final Relation relation;
    private final Relation target;
    private final Stance stance;
    private final Evidence evidence;

    private Edge(Type type, Relation relation, Relation target, Stance stance, Evidence evidence) {
        this.type = Objects.requireNonNull(type);
        this.relation = relation;
        this.target = target;
        this.stance = stance;
        this.evidence = evidence;
    }

    static Edge wrote() {
        return new Edge(Type.WROTE, null, null, null, null);
    }

    static Edge quotes(Evidence e) {
        return new Edge(Type.QUOTES, null, null, null, e);
    }

    static Edge stance(Stance s) {
        return new Edge(Type.STANCE, null, null, s, null);
    }

    static Edge relation(Type type, Relation r, Relation undercutTarget) {
        return new Edge(type, r, undercutTarget, null, null);
    }

    public Type type() {
        return type;
    }

    /** The relation this edge stands for, or null for WROTE, QUOTES and STANCE. */
    public Relation relation() {
        return relation;
    }

    /** For UNDERCUTS, the relation that is undercut; otherwise null. */
    public Relation target() {
        return target;
    }

    /** For STANCE, the stance; otherwise null. */
    public Stance stance() {
        return stance;
    }

    /** For QUOTES, the evidence; otherwise null. */
    public Evidence evidence() {
        return evidence;
    }

    @Override
    public String toString() {
        return type.word() + (relation != null ? "(" + relation.id() + ")" : "");
    }
}
