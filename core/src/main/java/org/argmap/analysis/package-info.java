/**
 * Cross-source analysis: what the sources agree on, where and why they contradict one another,
 * how they group into camps, what separates the camps, and which claims stand under Dung's
 * semantics.
 *
 * <p>Entry point: {@link org.argmap.analysis.Analysis#of(org.argmap.model.Corpus)} returns an
 * immutable {@link org.argmap.analysis.AnalysisReport}; {@link
 * org.argmap.analysis.Analysis#check(AnalysisReport)} checks the corpus's expected findings;
 * {@link org.argmap.analysis.ReportJson} and {@link org.argmap.analysis.ReportText} write the
 * report as JSON, plain text or Markdown.
 *
 * <p>Rules, each documented on its record:
 * <ul>
 *   <li>a stance {@code affirms P} commits its claim to P, {@code denies P} to not P; {@code
 *       qualifies} commits to neither (it is shown in the {@link org.argmap.analysis.StanceMatrix}
 *       but never makes an agreement or a contradiction); claims of kind {@code objection} voice an
 *       opponent and commit their source to nothing;
 *   <li>{@link org.argmap.analysis.Agreement}: two or more sources whose matrix cells are all
 *       affirms (or all denies);
 *   <li>{@link org.argmap.analysis.Contradiction}: direct, incompatible, indirect (found as paths
 *       in the {@link org.argmap.graph.ImplicationGraph}), attack, internal;
 *   <li>{@link org.argmap.analysis.SourceAgreement}: Betz's normalised agreement over shared
 *       positions; {@link org.argmap.analysis.Camp}: average-linkage clusters; {@link
 *       org.argmap.analysis.Crux}: separation × coverage;
 *   <li>{@link org.argmap.analysis.Acceptability}: claims as arguments, attacks from attack and
 *       undercut relations and from contradictions, solved by {@link org.argmap.dung}.
 * </ul>
 * The package does no I/O and is deterministic.
 */
package org.argmap.analysis;
