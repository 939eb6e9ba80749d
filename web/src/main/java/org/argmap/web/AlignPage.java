package org.argmap.web;

import jakarta.inject.Singleton;
import java.util.Set;
import java.util.stream.Collectors;
import org.argmap.align.Aligner;
import org.argmap.align.Alignment;
import org.argmap.align.Alignment.Candidate;
import org.argmap.align.Alignment.Compound;
import org.argmap.align.Alignment.Member;
import org.argmap.align.Alignment.Part;
import org.argmap.align.Alignment.StanceGap;
import org.argmap.analysis.Quote;
import org.argmap.model.Corpus;
import org.argmap.model.Proposition;

/**
 * The {@code /align} page: what {@code argmap align} finds, with each candidate's claims and their
 * quotes side by side. The alignment is the core's ({@link Aligner}), computed once per corpus and
 * set of dismissals; every string from the maps is escaped by {@link Html}.
 */
@Singleton
final class AlignPage {

    /** The alignment of a snapshot, memoised under its dismissals (which the corpus hash does not cover). */
    static Alignment alignment(Snapshot s) {
        String key = "align:" + s.corpus().dismissals().stream()
                .map(d -> String.join(",", d.claims()) + "|" + d.proposition() + "|" + d.reason())
                .collect(Collectors.joining("\n")).hashCode();
        return s.memo(key, () -> Aligner.of(s.corpus()));
    }

    Resource page(Snapshot s) {
        Alignment a = alignment(s);
        Corpus c = s.corpus();
        Html h = new Html();
        h.el("h1", "Alignment");
        h.open("p", "class", "lead").text(a.candidates().size() + " candidate propositions, " + a.gaps().size() + " stance gaps, "
                + a.compounds().size() + " compound propositions" + (a.dismissed() > 0 ? " (" + a.dismissed() + " dismissed)" : "")
                + ". Suggestions for the catalog, found by word similarity: judge each against the quotes; "
                + "mark a wrong one under ").el("code", "dismissed:").text(" in a shared file.").close("p");

        h.open("section", "aria-labelledby", "candidates-h").el("h2", "Candidate propositions", "id", "candidates-h");
        int k = 0;
        for (Candidate cand : a.candidates()) {
            k++;
            h.open("article", "class", "candidate", "data-candidate", cand.id());
            h.open("h3").text(k + ". ").el("span", cand.text(), "class", "proposition").close("h3");
            h.el("p", "similarity " + String.format(java.util.Locale.ROOT, "%.2f", cand.score()) + " \u00b7 shared terms: "
                    + String.join(", ", cand.terms()) + " \u00b7 " + cand.id(), "class", "id");
            h.open("div", "class", "align-members");
            for (Member m : cand.members()) {
                member(h, m, m.ref().equals(cand.central()));
            }
            h.close("div").close("article");
        }
        if (a.candidates().isEmpty()) {
            h.el("p", "None.");
        }
        h.close("section");

        h.open("section", "aria-labelledby", "gaps-h").el("h2", "Stance gaps", "id", "gaps-h");
        h.open("ul", "class", "gaps");
        for (StanceGap g : a.gaps()) {
            h.open("li", "data-gap", g.claim() + " " + g.proposition());
            claimLink(h, g.claim());
            h.text(" could ").el("span", g.stance().word(), "class", "stance " + g.stance().word()).text(" ");
            h.text(c.proposition(g.proposition()).map(Proposition::text).orElse(g.proposition()));
            h.el("div", "evidence " + String.format(java.util.Locale.ROOT, "%.2f", g.evidenceScore()) + "; parallel: "
                    + g.parallels().stream().map(p -> p.ref() + " " + p.stance().word() + (p.implied() ? " (implied)" : ""))
                    .collect(Collectors.joining("; ")), "class", "id");
            quotes(h, g.quotes());
            h.close("li");
        }
        h.close("ul").close("section");

        h.open("section", "aria-labelledby", "compounds-h").el("h2", "Compound propositions", "id", "compounds-h");
        for (Compound x : a.compounds()) {
            h.open("article", "class", "compound", "data-proposition", x.proposition());
            h.open("h3").el("span", x.text(), "class", "proposition").close("h3");
            h.el("p", x.proposition() + " \u00b7 " + String.join(", ", x.signals()), "class", "id");
            h.open("ul");
            for (Part p : x.parts()) {
                h.open("li").text(p.text());
                h.el("div", "stated by: " + (p.covered().isEmpty() ? "none" : String.join(", ", p.covered()))
                        + (p.uncovered().isEmpty() ? "" : "; not stated by: " + String.join(", ", p.uncovered())), "class", "id");
                h.close("li");
            }
            h.close("ul").close("article");
        }
        h.close("section");
        return HtmlPageService.page(s, "align", "Alignment \u2013 Argmap", h, Set.of());
    }

    private static void claimLink(Html h, String ref) {
        String source = ref.substring(0, ref.indexOf('/'));
        h.a("/maps/" + Html.url(source) + "#claim=" + Html.url(ref), ref, "class", "ref");
    }

    private static void member(Html h, Member m, boolean central) {
        h.open("article", "class", "claim-card", "data-ref", m.ref());
        h.open("header");
        claimLink(h, m.ref());
        h.text(" ").el("span", m.stance().word(), "class", "stance " + m.stance().word());
        if (central) {
            h.text(" (central)");
        }
        h.close("header");
        h.el("p", m.text(), "class", "claim-text");
        h.el("p", m.propositions().isEmpty() ? "no stance yet" : "stances on: " + String.join(", ", m.propositions()), "class", "id");
        quotes(h, m.quotes());
        h.close("article");
    }

    private static void quotes(Html h, java.util.List<Quote> quotes) {
        h.open("ol", "class", "evidence");
        for (Quote q : quotes) {
            h.open("li", "data-evidence", q.id());
            h.el("blockquote", "\u201c" + q.text() + "\u201d", "class", "quote");
            if (q.speaker() != null) {
                h.el("div", q.speaker(), "class", "meta");
            }
            if (q.gloss() != null) {
                h.el("p", q.gloss(), "class", "gloss");
            }
            h.close("li");
        }
        h.close("ol");
    }
}
