package org.argmap.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.argmap.diag.Diagnostic;
import org.argmap.model.Expectation;

/**
 * Checks a corpus's expected findings against a report.
 *
 * <ul>
 *   <li>An expected agreement holds when the report has an {@link Agreement} on the proposition,
 *       with the stance if one is given, whose sources include all the expected ones.
 *   <li>An expected contradiction holds when the report has a {@link Contradiction} of the kind
 *       (if given) whose sources include all the expected ones, not all on the same side (for two
 *       or more expected sources and a kind other than internal), and whose propositions include
 *       all the expected propositions.
 * </ul>
 */
final class Expectations {

    static final String CODE = "expectation-failed";

    private Expectations() {
    }

    static List<Diagnostic> check(AnalysisReport r) {
        List<Diagnostic> out = new ArrayList<>();
        for (Expectation x : r.corpus().expectations()) {
            if (x.type() == Expectation.Type.AGREEMENT) {
                agreement(r, x, out);
            } else {
                contradiction(r, x, out);
            }
        }
        out.sort(Diagnostic.ORDER);
        return out;
    }

    private static void agreement(AnalysisReport r, Expectation x, List<Diagnostic> out) {
        boolean ok = r.agreements().stream().anyMatch(a -> a.proposition().equals(x.proposition())
                && (x.stance() == null || a.stance() == x.stance()) && a.sources().containsAll(x.sources()));
        if (ok) {
            return;
        }
        String verb = x.stance() == null ? "agree on" : Contradictions.verb(x.stance().word(), x.sources().size());
        String found = x.sources().stream().map(s -> {
            if (!r.stanceMatrix().sources().contains(s) || !r.stanceMatrix().propositions().contains(x.proposition())) {
                return s + " is not in the corpus";
            }
            StanceMatrix.Cell c = r.stanceMatrix().cell(x.proposition(), s);
            return s + " " + (c.position().taken() ? c.position().word() + (c.mixed() ? " (mixed)" : "")
                    : "is silent" + (c.entailed().taken() ? " (its other stances entail that it " + c.entailed().word() + ")" : ""));
        }).collect(Collectors.joining("; "));
        out.add(Diagnostic.error(CODE, "expected agreement does not hold: " + Contradictions.names(x.sources()) + " "
                + verb + " " + x.proposition(), x.location(), "found: " + found));
    }

    private static void contradiction(AnalysisReport r, Expectation x, List<Diagnostic> out) {
        Contradiction.Kind kind = x.kind() == null ? null : Contradiction.Kind.parse(x.kind());
        for (Contradiction c : r.contradictions()) {
            if ((kind == null || c.kind() == kind) && sourcesMatch(c, x.sources()) && c.propositions().containsAll(x.propositions())) {
                return;
            }
        }
        List<String> near = r.contradictions().stream().filter(c -> sourcesMatch(c, x.sources()))
                .map(Expectations::brief).distinct().toList();
        String what = (kind == null ? "a contradiction" : "a contradiction of kind " + kind.word())
                + (x.sources().isEmpty() ? "" : " between " + Contradictions.names(x.sources()))
                + (x.propositions().isEmpty() ? "" : " involving " + Contradictions.names(x.propositions()));
        out.add(Diagnostic.error(CODE, "expected " + what + " is not found", x.location(),
                near.isEmpty() ? "no contradiction between these sources"
                        : "contradictions between these sources: " + String.join("; ", near.subList(0, Math.min(5, near.size())))
                                + (near.size() > 5 ? "; ..." : "")));
    }

    static boolean sourcesMatch(Contradiction c, List<String> expected) {
        if (!c.sources().containsAll(expected)) {
            return false;
        }
        if (expected.size() < 2 || c.kind() == Contradiction.Kind.INTERNAL) {
            return true;
        }
        List<String> one = c.sides().get(0).sources();
        List<String> two = c.sides().get(1).sources();
        for (String a : expected) {
            for (String b : expected) {
                if (!a.equals(b) && one.contains(a) && two.contains(b)) {
                    return true;
                }
            }
        }
        return false;
    }

    static String brief(Contradiction c) {
        return c.kind().word() + " (" + c.sides().stream()
                .map(s -> s.proposition() == null ? s.stance() + " " + s.claims().get(0).ref() : s.stance() + " " + s.proposition())
                .collect(Collectors.joining(" / ")) + ")";
    }
}
