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
 * @param open per source, the claims for which that could not be decided within the budget
 */
public record Acceptability(Framework corpus, List<Framework> sources, List<StatusChange> changes,
                            List<OpenChanges> open) {

    public Acceptability {
        sources = List.copyOf(sources);
        changes = List.copyOf(changes);
        open = List.copyOf(open);
    }

    /** With every change decided. */
    public Acceptability(Framework corpus, List<Framework> sources, List<StatusChange> changes) {
        this(corpus, sources, changes, List.of());
    }

    /**
     * Claims for which it is not known whether removing a source changes their preferred answers,
     * because the SAT budget for those re-solves ({@link #CHANGE_QUERIES}) ran out; their grounded
     * changes are all reported.
     *
     * @param source the source removed
     * @param claims how many claims are open
     * @param reason why
     */
    public record OpenChanges(String source, int claims, String reason) {
    }

    /**
     * SAT calls that solving the corpus without each source in turn may use in all, besides the
     * {@link #SAT_QUERIES} (those frameworks only say which statuses depend on one source): a corpus whose
     * conflicts form one large component re-solves it once per source.
     */
    public static final long CHANGE_QUERIES = 500;

    /** Up to how many extensions of complete, preferred or stable semantics a report lists them. */
    public static final int LISTED_EXTENSIONS = 32;

    /**
     * How many extensions of one semantics are counted per weakly connected component of the attack
     * graph, at most. Beyond it the count of the whole is a lower bound ({@link Extensions#exact()}
     * false): extensions are listed only to be shown or counted, never to decide a status.
     */
    public static final int COUNTED_EXTENSIONS = 64;

    /**
     * SAT calls one analysis may make in all (grounded labels need none), and conflicts per call;
     * when they run out, the answers not yet found stay open and {@link Status#undecided()} says
     * so. Deterministic: the same corpus spends the budget the same way.
     */
    public static final long SAT_QUERIES = 1_000;

    /** Conflicts per SAT call, see {@link #SAT_QUERIES}. */
    public static final int SAT_CONFLICTS = 100_000;

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
     * @param count how many there are (saturating at {@link Long#MAX_VALUE}); when not {@code exact},
     *     how many there are at least
     * @param exact whether {@code count} is the exact number; false when some component has more
     *     than {@link #COUNTED_EXTENSIONS} or the SAT budget ran out while counting
     * @param extensions all of them when the count is exact and at most {@link #LISTED_EXTENSIONS},
     *     each sorted, in the dung solver's order ({@link
     *     org.argmap.dung.ExtensionSolver#EXTENSION_ORDER}); otherwise none
     */
    public record Extensions(long count, boolean exact, List<List<String>> extensions) {
        public Extensions {
            extensions = extensions.stream().map(List::copyOf).toList();
        }

        /** Exactly counted extensions. */
        public Extensions(long count, List<List<String>> extensions) {
            this(count, true, extensions);
        }

        /** True when not all extensions are listed. */
        public boolean truncated() {
            return !exact || extensions.size() < count;
        }
    }

    /**
     * The status of one claim. Every answer is exact; an answer that could not be found within
     * the SAT budget ({@link #SAT_QUERIES}) is null, and {@code undecided} says which and why.
     *
     * @param claim {@code source/claim}
     * @param grounded its grounded label (always decided: linear time)
     * @param credulous in some preferred extension, or null when not decided
     * @param skeptical in every preferred extension, or null when not decided
     * @param stableCredulous in some stable extension, or null when not decided
     * @param stableSkeptical in every stable extension (true when there is none), or null when not decided
     * @param undecided null when everything is decided; else why some answer is open
     */
    public record Status(String claim, Label grounded, Boolean credulous, Boolean skeptical, Boolean stableCredulous,
                         Boolean stableSkeptical, String undecided) {

        /** A status with every answer decided. */
        public Status(String claim, Label grounded, boolean credulous, boolean skeptical, boolean stableCredulous,
                      boolean stableSkeptical) {
            this(claim, grounded, (Boolean) credulous, (Boolean) skeptical, (Boolean) stableCredulous,
                    (Boolean) stableSkeptical, null);
        }

        /**
         * A short word: {@code in}, {@code out}, or {@code undec} followed by {@code /credulous},
         * {@code /skeptical}, {@code /rejected} (preferred) or {@code /open} when not decided.
         */
        public String summary() {
            if (grounded != Label.UNDEC) {
                return grounded.word();
            }
            if (skeptical == null || credulous == null) {
                return "undec/open";
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
     * @param without its status when {@code source} is removed: grounded and preferred answers
     *     only (the stable ones are not computed there, and are null)
     */
    public record StatusChange(String source, String claim, Status with, Status without) {
    }
}
