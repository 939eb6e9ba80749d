package org.argmap.analysis;

import java.util.List;
import java.util.Locale;

/**
 * Dung's abstract argumentation over the claims: which claims stand, for the whole corpus, for
 * each source alone, and how removing one source changes the rest.
 *
 * <p>The framework (built by {@link Analysis}): the arguments are the claims ({@code source/claim});
 * the attacks are
 * <ul>
 *   <li>every {@code attacks} relation between claims;
 *   <li>every {@code undercuts} relation: the undercutting claim attacks the origin claim of the
 *       relation it undercuts. In a framework whose arguments are claims, the argument "X,
 *       therefore Y" is X offered for Y, and an undercut defeats that argument, not Y, which
 *       may still stand on other support;
 *   <li>every propositional contradiction (direct, incompatible, indirect; between sources or
 *       internal): each claim on one side and each claim on the other attack one another (a
 *       claim on both sides attacks itself).
 * </ul>
 * Supports add no attacks (Dung frameworks have none). Semantics and solver: {@link
 * org.argmap.dung}.
 *
 * @param corpus the framework of the whole corpus
 * @param sources one framework per source: its claims and the attacks among them
 * @param changes claims whose status differs between the whole corpus and the corpus without one
 *     source (equivalently: whose status adding that source to the others changes)
 */
public record Acceptability(Framework corpus, List<Framework> sources, List<StatusChange> changes) {

    public Acceptability {
        sources = List.copyOf(sources);
        changes = List.copyOf(changes);
    }

    /** Up to how many extensions of complete, preferred or stable semantics a report lists them. */
    public static final int LISTED_EXTENSIONS = 32;

    /** Grounded labelling of an argument. */
    public enum Label {
        /** In the grounded extension. */
        IN,
        /** Attacked by the grounded extension. */
        OUT,
        /** Neither. */
        UNDEC;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One attack and why it is there.
     *
     * @param from the attacking claim
     * @param to the attacked claim
     * @param reason e.g. {@code attacks (relation r1)}, {@code undercuts relation r2},
     *     {@code incompatible: ussr-workers-state / ussr-state-capitalist}
     */
    public record Attack(String from, String to, String reason) {
    }

    /**
     * Extensions of one semantics.
     *
     * @param count how many there are (saturating at {@link Long#MAX_VALUE})
     * @param extensions all of them when there are at most {@link #LISTED_EXTENSIONS}, each sorted,
     *     in the dung solver's order ({@link org.argmap.dung.ExtensionSolver#EXTENSION_ORDER});
     *     otherwise none
     */
    public record Extensions(long count, List<List<String>> extensions) {
        public Extensions {
            extensions = extensions.stream().map(List::copyOf).toList();
        }

        /** True when not all extensions are listed. */
        public boolean truncated() {
            return extensions.size() < count;
        }
    }

    /**
     * The status of one claim.
     *
     * @param claim {@code source/claim}
     * @param grounded its grounded label
     * @param credulous in some preferred extension
     * @param skeptical in every preferred extension
     */
    public record Status(String claim, Label grounded, boolean credulous, boolean skeptical) {
        /** A short word: {@code in}, {@code out}, or {@code undec} followed by {@code /credulous} or {@code /rejected}. */
        public String summary() {
            if (grounded != Label.UNDEC) {
                return grounded.word();
            }
            return skeptical ? "undec/skeptical" : credulous ? "undec/credulous" : "undec/rejected";
        }
    }

    /**
     * One framework and its semantics.
     *
     * @param scope {@code corpus} or a source id
     * @param arguments the claims, in corpus order
     * @param attacks the attacks, in order of their reasons (relations, then contradictions)
     * @param grounded the grounded extension, sorted
     * @param complete the complete extensions
     * @param preferred the preferred extensions
     * @param stable the stable extensions (possibly none)
     * @param statuses each argument's status, in argument order
     */
    public record Framework(String scope, List<String> arguments, List<Attack> attacks, List<String> grounded,
                            Extensions complete, Extensions preferred, Extensions stable, List<Status> statuses) {
        public Framework {
            arguments = List.copyOf(arguments);
            attacks = List.copyOf(attacks);
            grounded = List.copyOf(grounded);
            statuses = List.copyOf(statuses);
        }

        /** The status of one claim. */
        public Status status(String claim) {
            return statuses.stream().filter(s -> s.claim().equals(claim)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no argument " + claim + " in " + scope));
        }
    }

    /**
     * A claim whose status depends on one source being in the corpus.
     *
     * @param source the source added or removed
     * @param claim the claim (of another source)
     * @param with its status in the whole corpus
     * @param without its status when {@code source} is removed
     */
    public record StatusChange(String source, String claim, Status with, Status without) {
    }
}
