/**
 * Interchange with other argument-mapping formats: what every importer returns
 * ({@link org.argmap.interchange.ImportedMap}) and the conventions the importers and exporters
 * share. One sub-package per format: {@code aif} (AIFdb/OVA JSON), {@code argdown}, {@code graph}
 * (GraphML and DOT, export only) and {@code yaml} (writing our own format).
 *
 * <p>Shared conventions, documented for users in {@code docs/interchange.md}:
 * <ul>
 *   <li><b>Linked premises.</b> Supports (or attacks) that act together, such as the premises of
 *   one AIF RA-node or of one Argdown inference, are separate relations whose ids share a group
 *   prefix and end in {@code .1}, {@code .2}, ...: {@code ra12.1}, {@code ra12.2}. Exporters
 *   regroup relations of one type and one target with such ids into one inference.</li>
 *   <li><b>Relations between propositions.</b> Our model relates claims only by supports,
 *   attacks and undercuts; equivalence, contrariety and contradiction are relations between
 *   propositions. An importer that meets one gives each claim involved a proposition of its own
 *   ({@code p-<claim id>}, same text), which the claim affirms, and relates the propositions.</li>
 *   <li><b>Source text.</b> Imported material has no article text, so the importer writes the
 *   claims' texts as the source text (one paragraph each) and quotes from it: every quote is
 *   real, and the written map validates with the ordinary loader.</li>
 * </ul>
 */
package org.argmap.interchange;
