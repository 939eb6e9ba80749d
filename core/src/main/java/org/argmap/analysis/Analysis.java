package org.argmap.analysis;

import java.util.ArrayList;
import java.util.List;
import org.argmap.diag.Diagnostic;
import org.argmap.diag.Location;
import org.argmap.graph.Chain;
import org.argmap.graph.CorpusGraph;
import org.argmap.graph.ImplicationGraph;
import org.argmap.graph.Literal;
import org.argmap.model.Corpus;
import org.argmap.model.Proposition;
import org.argmap.model.Source;

/**
 * Cross-source analysis of a corpus. The pipeline, stage by stage:
 *
 * <ol>
 *   <li>graph: the corpus as a {@link CorpusGraph}, the relations between propositions as an
 *       {@link ImplicationGraph};
 *   <li>commitments: the literal each affirms/denies stance of a non-objection claim commits to;
 *   <li>{@link StanceMatrix} and {@link Agreement}s;
 *   <li>{@link Contradiction}s: propositional ones by chains in the implication graph, attacks
 *       from the relations between claims;
 *   <li>{@link SourceAgreement} scores, {@link Camp}s, {@link Crux}es;
 *   <li>{@link Acceptability}: Dung semantics over the claims (skipped on request);
 *   <li>warnings: relations between propositions that cannot all hold, circular support.
 * </ol>
 *
 * <pre>{@code
 * AnalysisReport report = Analysis.of(corpus);
 * List<Diagnostic> failed = Analysis.check(report);   // the corpus's expect: section
 * String json = ReportJson.write(report);
 * }</pre>
 *
 * Pure and deterministic: no I/O, and the same corpus gives an equal report.
 */
public final class Analysis {

    /**
     * Camps merge while their mean agreement is at least this: members agree on three quarters
     * of what they both take a position on (with a qualification counting half).
     */
    public static final double CAMP_THRESHOLD = 0.75;

    private Analysis() {
    }

    /** Analyses a corpus: every stage. */
    public static AnalysisReport of(Corpus corpus) {
        return of(corpus, true, Progress.NONE);
    }

    /**
     * Analyses a corpus, reporting each stage to {@code progress}. With {@code acceptability}
     * false the Dung stage is skipped and {@link AnalysisReport#acceptability()} is null: for
     * callers that show no acceptability (the comparison and matrix figures), which then cost
     * only the stages they draw on.
     */
    public static AnalysisReport of(Corpus corpus, boolean acceptability, Progress progress) {
        progress.stage("stances", 0);
        CorpusGraph graph = CorpusGraph.of(corpus);
        ImplicationGraph logic = ImplicationGraph.of(corpus);
        Commitments commitments = new Commitments(graph);
        StanceMatrix matrix = Stances.matrix(graph, logic, commitments);
        List<Agreement> agreements = Stances.agreements(matrix);
        progress.stage("contradictions", 0);
        List<Contradiction> contradictions = new Contradictions(graph, logic, commitments).find();
        progress.stage("camps", 0);
        List<SourceAgreement> scores = Camps.scores(matrix);
        List<String> sources = corpus.sources().stream().map(Source::id).toList();
        List<Camp> camps = Camps.cluster(corpus, sources, scores, CAMP_THRESHOLD);
        List<Crux> cruxes = Camps.cruxes(matrix, camps);
        Acceptability acc = acceptability ? Frameworks.of(graph, contradictions, progress) : null;
        progress.stage("warnings", 0);
        return new AnalysisReport(corpus, matrix, agreements, contradictions, scores, camps, cruxes, acc,
                warnings(graph, logic));
    }

    /**
     * Checks the corpus's expected findings ({@code expect:}) against a report: one {@code
     * expectation-failed} error, at the expectation, for each that does not hold.
     */
    public static List<Diagnostic> check(AnalysisReport report) {
        return Expectations.check(report);
    }

    private static List<Diagnostic> warnings(CorpusGraph graph, ImplicationGraph logic) {
        Corpus c = graph.corpus();
        List<Diagnostic> out = new ArrayList<>();
        List<String> inconsistent = logic.inconsistent();
        for (String p : inconsistent) {
            Chain there = logic.shortest(Literal.of(p), Literal.not(p)).orElseThrow();
            Chain back = logic.shortest(Literal.not(p), Literal.of(p)).orElseThrow();
            out.add(Diagnostic.warning("inconsistent-relations",
                    "the relations between propositions make " + p + " imply its own negation and the negation imply " + p
                            + ": they cannot all hold",
                    at(c, p), "check: " + describe(there) + "; " + describe(back)));
        }
        for (Literal l : logic.impossible()) {
            if (!inconsistent.contains(l.proposition())) {
                out.add(Diagnostic.warning("impossible-proposition",
                        "under the relations between propositions, " + (l.positive() ? "affirming " : "denying ") + l.proposition()
                                + " implies " + (l.positive() ? "denying" : "affirming") + " it",
                        at(c, l.proposition()), "check: " + describe(logic.shortest(l, l.negate()).orElseThrow())));
            }
        }
        for (List<String> cycle : graph.supportCycles()) {
            Location loc = graph.claim(cycle.get(0)).map(x -> x.location()).orElse(Location.of("<corpus>"));
            out.add(Diagnostic.warning("circular-support", "claims support one another in a circle: " + String.join(", ", cycle),
                    loc, "a claim cannot be a reason for itself; check the supports between these claims"));
        }
        out.sort(Diagnostic.ORDER);
        return out;
    }

    private static Location at(Corpus c, String proposition) {
        return c.proposition(proposition).map(Proposition::location).orElse(Location.of("<corpus>"));
    }

    private static String describe(Chain ch) {
        StringBuilder b = new StringBuilder(ch.from().toString());
        ch.steps().forEach(s -> b.append(" → ").append(s.to()).append(" (").append(s.relation().type().word()).append(')'));
        return b.toString();
    }
}
