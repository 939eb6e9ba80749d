package org.argmap.analysis;

import java.util.List;
import org.argmap.diag.Diagnostic;
import org.argmap.model.Corpus;

/**
 * Everything {@link Analysis#of} finds in a corpus. Immutable; every list is in a deterministic
 * order, so the same corpus gives an equal report (and byte-identical {@link ReportJson} output).
 *
 * @param corpus the corpus analysed
 * @param stanceMatrix propositions × sources
 * @param agreements propositions two or more sources affirm (or deny) alike, in catalog order, affirms before denies
 * @param contradictions in kind order (direct, incompatible, indirect, attack, internal), then shortest chain, then catalog order
 * @param agreementScores one per pair of sources, in corpus order
 * @param camps sources clustered by agreement
 * @param cruxes propositions that separate the camps, best first (empty with fewer than two camps)
 * @param acceptability Dung semantics over the claims; null when the caller asked for the analysis
 *     without it ({@link Analysis#of(Corpus, boolean, Progress)})
 * @param warnings problems in the corpus the analysis noticed: relations between propositions that cannot all hold, circular support
 */
public record AnalysisReport(Corpus corpus, StanceMatrix stanceMatrix, List<Agreement> agreements,
                             List<Contradiction> contradictions, List<SourceAgreement> agreementScores,
                             List<Camp> camps, List<Crux> cruxes, Acceptability acceptability,
                             List<Diagnostic> warnings) {
    public AnalysisReport {
        agreements = List.copyOf(agreements);
        contradictions = List.copyOf(contradictions);
        agreementScores = List.copyOf(agreementScores);
        camps = List.copyOf(camps);
        cruxes = List.copyOf(cruxes);
        warnings = List.copyOf(warnings);
    }

    /** The contradictions of one kind, in report order. */
    public List<Contradiction> contradictions(Contradiction.Kind kind) {
        return contradictions.stream().filter(c -> c.kind() == kind).toList();
    }

    /** The agreement score of two sources (in either order), or null when they share nothing. */
    public SourceAgreement agreement(String a, String b) {
        return agreementScores.stream()
                .filter(s -> s.a().equals(a) && s.b().equals(b) || s.a().equals(b) && s.b().equals(a))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no sources " + a + ", " + b));
    }

    /** The camp a source belongs to. */
    public Camp campOf(String source) {
        return camps.stream().filter(c -> c.sources().contains(source)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no source " + source));
    }
}
