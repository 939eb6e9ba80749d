package org.argmap.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.annotation.Context;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.argmap.analysis.Agreement;
import org.argmap.analysis.AnalysisReport;
import org.argmap.analysis.CitedClaim;
import org.argmap.analysis.Contradiction;
import org.argmap.analysis.Quote;
import org.argmap.diag.Diagnostic;
import org.argmap.graph.Chain;
import org.argmap.graph.Implication;
import org.argmap.model.Claim;
import org.argmap.model.Corpus;
import org.argmap.model.Evidence;
import org.argmap.model.Proposition;
import org.argmap.model.Relation;
import org.argmap.model.Source;
import org.argmap.model.Stance;
import org.argmap.model.StanceType;

/**
 * Writes the pages as HTML5 with {@link Html}, which escapes every string taken from the maps.
 * Pages carry no script and no inline handler: {@code /static/app.js} finds what to make
 * interactive through {@code data-} attributes. The part of a page that changes with the corpus is
 * {@code <main id="live">}, which the script swaps in place when the server announces a new version.
 */
@Context
final class HtmlPageService implements PageService {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private final DrawingService drawings;
    private final AnalysisService analysis;
    private final Duration wait;
    /** Complete pages by snapshot and page, bounded by bytes: a page is made once per load, not per request. */
    private final Cache<String, Resource> made = Caffeine.newBuilder()
            .maximumWeight(32L << 20)
            .weigher((String k, Resource r) -> r.body().length + 2 * k.length())
            .build();

    HtmlPageService(DrawingService drawings, AnalysisService analysis, ArgmapConfiguration config, CorpusService corpus,
                    @Named(TaskExecutors.BLOCKING) ExecutorService background) {
        this.drawings = drawings;
        this.analysis = analysis;
        this.wait = config.pageWait();
        prepare(corpus, background, corpus.current());
        reactor.core.publisher.Flux.from(corpus.changes()).subscribe(s -> prepare(corpus, background, s));
    }

    // ---------------------------------------------------------------- index

    @Override
    public Resource index(Snapshot s) {
        return remembered(s, "index", () -> Optional.of(makeIndex(s, true))).orElseThrow();
    }

    /** The index; with {@code ask} false it neither asks for the analysis nor waits for it (prepared in advance). */
    private Made makeIndex(Snapshot s, boolean ask) {
        Corpus c = s.corpus();
        Html h = new Html();
        h.el("h1", "Argument maps");
        h.el("p", c.sources().size() + " sources, " + c.claims().size() + " claims, " + c.evidence().size() + " quotes, "
                + c.propositions().size() + " propositions, " + c.relations().size() + " relations.", "class", "lead");

        h.open("section", "aria-labelledby", "sources-h").el("h2", "Sources", "id", "sources-h");
        h.open("table", "class", "sources").open("thead").open("tr");
        for (String col : List.of("Source", "Authors", "Outlet", "Date", "Language", "Tradition", "Claims", "Quotes", "Download")) {
            h.el("th", col, "scope", "col");
        }
        h.close("tr").close("thead").open("tbody");
        for (Source src : c.sources()) {
            List<Claim> claims = c.claimsOf(src.id());
            h.open("tr", "data-source", src.id());
            h.open("td").a("/maps/" + Html.url(src.id()), src.title()).el("div", src.id(), "class", "id").close("td");
            h.el("td", String.join(", ", src.authors()));
            h.el("td", src.outlet());
            h.el("td", src.date());
            h.el("td", src.language());
            h.el("td", src.tradition() == null ? "" : words(src.tradition()));
            h.el("td", Integer.toString(claims.size()), "class", "num");
            h.el("td", Integer.toString(claims.stream().mapToInt(x -> x.evidence().size()).sum()), "class", "num");
            h.open("td", "class", "downloads");
            downloads(h, "/maps/" + Html.url(src.id()));
            h.close("td").close("tr");
        }
        h.close("tbody").close("table").close("section");

        boolean pending = headlines(h, s, ask);

        h.open("section", "aria-labelledby", "props-h").el("h2", "Propositions", "id", "props-h");
        h.open("p").text("What the sources affirm (").el("span", "+", "class", "stance affirms")
                .text("), deny (").el("span", "\u2212", "class", "stance denies")
                .text(") or qualify (").el("span", "~", "class", "stance qualifies")
                .text("); hollow when only implied. ").a("/matrix", "The stance matrix").text(" shows the same as a figure.")
                .close("p");
        h.open("table", "class", "propositions").open("thead").open("tr").el("th", "Proposition", "scope", "col");
        for (Source src : c.sources()) {
            h.open("th", "scope", "col", "class", "src-col").a("/maps/" + Html.url(src.id()), src.id()).close("th");
        }
        h.close("tr").close("thead").open("tbody");
        Map<String, Map<String, List<Stance>>> cells = cells(c);
        for (Proposition p : c.propositions()) {
            h.open("tr", "data-proposition", p.id());
            h.open("td").el("div", p.text()).el("div", p.id() + (p.question() == null ? "" : " \u00b7 " + words(p.question())), "class", "id")
                    .close("td");
            for (Source src : c.sources()) {
                h.open("td", "class", "cell");
                stanceMarks(h, cells.getOrDefault(p.id(), Map.of()).getOrDefault(src.id(), List.of()));
                h.close("td");
            }
            h.close("tr");
        }
        h.close("tbody").close("table").close("section");
        // kept even while the findings are pending: the key says whether the analysis was done
        return new Made(page(s, "index", "Argmap", h, Set.of(), pending), true);
    }

    // ---------------------------------------------------------------- map

    @Override
    public Optional<Resource> map(Snapshot s, String sourceId) {
        return remembered(s, "map|" + sourceId, () -> makeMap(s, sourceId));
    }

    private Optional<Made> makeMap(Snapshot s, String sourceId) {
        Optional<Source> found = s.corpus().source(sourceId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Source src = found.get();
        Corpus c = s.corpus();
        List<Claim> claims = c.claimsOf(src.id());
        Html h = new Html();
        h.el("h1", src.title());
        h.open("p", "class", "byline");
        h.text(String.join(", ", src.authors()));
        h.text((src.authors().isEmpty() ? "" : " \u00b7 ") + (src.outlet() == null ? "" : src.outlet() + " \u00b7 ") + src.date()
                + " \u00b7 " + src.language() + (src.tradition() == null ? "" : " \u00b7 " + words(src.tradition())));
        if (src.url() != null && (src.url().startsWith("https://") || src.url().startsWith("http://"))) {
            h.text(" \u00b7 ").a(src.url(), "original", "rel", "noopener noreferrer");
        }
        h.close("p");
        if (src.notes() != null) {
            // The curator's note can run to paragraphs: folded under the title, the map comes first.
            h.open("details", "class", "notes").el("summary", "Curator\u2019s note").el("p", src.notes()).close("details");
        }
        Figure fig = drawing(s, Drawing.map(src.id(), Drawing.Format.SVG));
        String svg = fig.markup();
        // The map, with the claim's card and the text beside it: a click changes the card and
        // scrolls the text's own box, never the window, so the map stays where it is.
        h.open("div", "class", "workspace");
        figure(h, svg, "/maps/" + Html.url(src.id()), "Argument map of " + src.id()
                + ". Click a claim to see its relations and evidence, and its quotes in the text.", true);
        h.open("div", "class", "reading");
        h.open("aside", "id", "panel", "class", "panel", "aria-live", "polite");
        h.el("p", "Click a claim in the map or in the list below to see its relations and evidence; its quotes light up in the text.",
                "class", "hint");
        h.close("aside");
        h.open("section", "class", "source-text", "id", "source-text", "aria-label", "Full text of the article");
        h.el("h2", "The text");
        if (src.text() == null) {
            h.el("p", "The text file could not be read.", "class", "hint");
        } else {
            h.open("div", "class", "text", "lang", src.language());
            SourceText.write(h, src.text(), claims.stream().flatMap(x -> x.evidence().stream()).toList());
            h.close("div");
        }
        h.close("section");
        h.close("div");
        h.close("div");

        h.open("section", "class", "claims", "aria-labelledby", "claims-h");
        h.el("h2", "Claims (" + claims.size() + ")", "id", "claims-h");
        h.open("ol", "class", "claim-list");
        int number = 0;
        for (Claim cl : claims) {
            h.open("li").el("span", ++number + ".", "class", "n", "aria-hidden", "true");
            h.open("button", "type", "button", "class", "claim-link", "data-select", cl.ref());
            h.el("span", cl.kind().word(), "class", "kind kind-" + cl.kind().word()).text(" ").text(cl.text());
            h.close("button").close("li");
        }
        h.close("ol").close("section");
        cardStore(h, s, claims);
        return Optional.of(new Made(page(s, "map", src.title() + " \u2013 Argmap", h, Security.styleHashes(svg), fig.pending()),
                !fig.pending()));
    }

    // ---------------------------------------------------------------- compare

    @Override
    public Resource compare(Snapshot s, List<String> sources, boolean disagreementsOnly) {
        return remembered(s, "compare|" + String.join(",", sources) + "|" + disagreementsOnly,
                () -> Optional.of(makeCompare(s, sources, disagreementsOnly))).orElseThrow();
    }

    private Made makeCompare(Snapshot s, List<String> sources, boolean disagreementsOnly) {
        Corpus c = s.corpus();
        List<String> unknown = sources.stream().filter(id -> c.source(id).isEmpty()).toList();
        List<String> chosen = sources.stream().filter(id -> c.source(id).isPresent()).distinct().toList();
        List<String> shown = chosen.isEmpty() ? c.sources().stream().map(Source::id).toList() : chosen;
        Html h = new Html();
        h.el("h1", "Comparison");
        h.open("form", "class", "compare-form", "method", "get", "action", "/compare");
        h.open("fieldset").el("legend", "Sources");
        for (Source src : c.sources()) {
            h.open("label", "class", "check");
            h.empty("input", "type", "checkbox", "name", "sources", "value", src.id(), "checked",
                    chosen.contains(src.id()) ? "" : null);
            h.text(" " + src.id()).close("label");
        }
        h.close("fieldset");
        h.open("label", "class", "check");
        h.empty("input", "type", "checkbox", "name", "disagreements", "value", "true", "checked", disagreementsOnly ? "" : null);
        h.text(" Disagreements only").close("label");
        h.el("button", "Compare", "type", "submit");
        h.close("form");
        if (!unknown.isEmpty()) {
            h.el("p", "Unknown source" + (unknown.size() == 1 ? "" : "s") + ": " + String.join(", ", unknown), "class", "warning");
        }
        String query = compareQuery(chosen, disagreementsOnly);
        Set<String> disputed = Disagreements.propositions(c, shown);
        Set<String> styles = Set.of();
        boolean pending = false;
        boolean keep = true;
        if (shown.size() < 2) {
            h.el("p", "Choose two or more sources to draw a comparison.", "class", "hint");
        } else {
            Figure fig = drawing(s, new Drawing(Drawing.View.COMPARISON, chosen, disagreementsOnly, Drawing.Format.SVG));
            figure(h, fig.markup(), "/compare" + query, "Comparison of " + String.join(", ", shown), false);
            styles = Security.styleHashes(fig.markup());
            pending = fig.pending();
            keep = fig.keep();
        }
        h.open("aside", "id", "panel", "class", "panel", "aria-live", "polite");
        h.el("p", "Click a claim or a proposition in the figure to see it here.", "class", "hint");
        h.close("aside");

        h.open("section", "aria-labelledby", "stances-h");
        h.el("h2", disagreementsOnly ? "Where they disagree" : "Stances side by side", "id", "stances-h");
        Map<String, Map<String, List<Stance>>> cells = cells(c);
        h.open("table", "class", "propositions").open("thead").open("tr").el("th", "Proposition", "scope", "col");
        for (String id : shown) {
            h.el("th", id, "scope", "col", "class", "src-col");
        }
        h.close("tr").close("thead").open("tbody");
        int rows = 0;
        for (Proposition p : c.propositions()) {
            Map<String, List<Stance>> row = cells.getOrDefault(p.id(), Map.of());
            boolean any = shown.stream().anyMatch(row::containsKey);
            if (!any || (disagreementsOnly && !disputed.contains(p.id()))) {
                continue;
            }
            rows++;
            h.open("tr", "data-proposition", p.id(), "class", disputed.contains(p.id()) ? "disputed" : null);
            h.open("td").el("div", p.text()).el("div", p.id(), "class", "id").close("td");
            for (String id : shown) {
                h.open("td", "class", "cell");
                List<Stance> st = row.getOrDefault(id, List.of());
                stanceMarks(h, st);
                for (Stance x : st) {
                    Claim cl = s.claims().get(x.claimRef());
                    if (cl != null) {
                        h.open("div", "class", "cell-claim").open("button", "type", "button", "class", "claim-link",
                                "data-select", cl.ref()).text(cl.text()).close("button").close("div");
                    }
                }
                h.close("td");
            }
            h.close("tr");
        }
        h.close("tbody").close("table");
        if (rows == 0) {
            h.el("p", disagreementsOnly ? "These sources disagree on no proposition." : "These sources take no stance.",
                    "class", "hint");
        }
        h.close("section");
        List<Claim> cards = c.claims().stream().filter(cl -> shown.contains(cl.source())).toList();
        cardStore(h, s, cards);
        propositionStore(h, s, shown);
        return new Made(page(s, "compare", "Comparison \u2013 Argmap", h, styles, pending), keep);
    }

    private static String compareQuery(List<String> chosen, boolean disagreementsOnly) {
        List<String> parts = new ArrayList<>();
        if (!chosen.isEmpty()) {
            parts.add("sources=" + Html.url(String.join(",", chosen)));
        }
        if (disagreementsOnly) {
            parts.add("disagreements=true");
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    // ---------------------------------------------------------------- matrix

    @Override
    public Resource matrix(Snapshot s) {
        return remembered(s, "matrix", () -> Optional.of(makeMatrix(s))).orElseThrow();
    }

    private Made makeMatrix(Snapshot s) {
        Corpus c = s.corpus();
        Html h = new Html();
        h.el("h1", "Stance matrix");
        h.el("p", "Rows are propositions, columns sources. Click a cell to see the claims and quotes behind it.", "class", "lead");
        Set<String> styles = Set.of();
        boolean pending = false;
        boolean keep = true;
        // The matrix gets the page: drawn at its natural size in the page's flow (the page
        // scrolls), with the cell's claims in a panel that stays beside it.
        h.open("div", "class", "matrix-layout");
        if (!c.sources().isEmpty()) {
            Figure fig = drawing(s, new Drawing(Drawing.View.MATRIX, List.of(), false, Drawing.Format.SVG));
            String svg = fig.markup();
            h.open("figure", "class", "drawing flow");
            h.open("div", "class", "viewport flow", "aria-label", "Stance matrix");
            h.raw(svg);
            h.close("div");
            h.open("figcaption").text("Stance matrix \u00b7 ");
            downloads(h, "/matrix");
            h.close("figcaption");
            h.close("figure");
            styles = Security.styleHashes(svg);
            pending = fig.pending();
            keep = fig.keep();
        }
        h.open("aside", "id", "panel", "class", "panel", "aria-live", "polite");
        h.el("p", "Click a cell of the matrix.", "class", "hint");
        h.close("aside");
        h.close("div");
        // One detail per non-empty cell, shown in the panel when its cell is clicked.
        h.open("div", "class", "store", "hidden", "");
        Map<String, Map<String, List<Stance>>> cells = cells(c);
        for (Proposition p : c.propositions()) {
            for (var e : cells.getOrDefault(p.id(), Map.of()).entrySet()) {
                h.open("article", "class", "cell-detail", "data-cell-source", e.getKey(), "data-cell-proposition", p.id());
                h.open("h3").text(e.getKey() + " on: ").text(p.text()).close("h3");
                for (Stance st : e.getValue()) {
                    Claim cl = s.claims().get(st.claimRef());
                    h.open("div", "class", "cell-stance");
                    h.el("span", st.type().word() + (st.implied() ? " (implied)" : ""), "class", "stance " + st.type().word());
                    if (st.note() != null) {
                        h.el("span", " \u2013 " + st.note(), "class", "note");
                    }
                    h.close("div");
                    if (cl != null) {
                        card(h, s, cl);
                    }
                }
                h.close("article");
            }
        }
        h.close("div");
        return new Made(page(s, "matrix", "Stance matrix \u2013 Argmap", h, styles, pending), keep);
    }

    // ---------------------------------------------------------------- contradiction

    @Override
    public Optional<Resource> contradiction(Snapshot s, String id) {
        return remembered(s, "contradiction|" + id, () -> makeContradiction(s, id));
    }

    private Optional<Made> makeContradiction(Snapshot s, String id) {
        AnalysisReport report;
        try {
            Optional<AnalysisReport> ready = analysis.report(s, wait);
            if (ready.isEmpty()) {
                Html h = new Html();
                h.el("h1", "Contradiction " + id);
                pendingAnalysis(h, s);
                throw new Unready(page(s, "contradiction", "Contradiction " + id + " \u2013 Argmap", h, Set.of(), true));
            }
            report = ready.get();
        } catch (AnalysisService.Unavailable e) {
            return Optional.empty();
        }
        int n;
        try {
            n = Integer.parseInt(id);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (n < 1 || n > report.contradictions().size()) {
            return Optional.empty();
        }
        Contradiction c = report.contradictions().get(n - 1);
        Html h = new Html();
        h.open("p", "class", "crumbs").a("/#findings-h", "Findings").text(" \u203a contradiction " + n + " of "
                + report.contradictions().size()).close("p");
        h.el("h1", "Contradiction " + n + ": " + String.join(" vs ",
                c.sides().stream().map(x -> String.join(", ", x.sources())).toList()));
        h.el("p", headline(s, c), "class", "headline");
        h.open("p", "class", "lead").el("span", c.kind().word(), "class", "badge-kind kind-" + c.kind().word());
        if (c.kind() == Contradiction.Kind.INTERNAL) {
            h.text(" (by " + c.basis().word() + ")");
        }
        h.text(" \u00b7 " + String.join(", ", c.sources()) + " \u00b7 ");
        List<String> between = c.sources();
        h.a("/compare?sources=" + Html.url(String.join(",", between)) + "&disagreements=true", "compare these sources");
        h.close("p");
        h.el("h2", "Why they clash");
        h.open("ol", "class", "chain");
        for (String step : c.explanation()) {
            h.el("li", step);
        }
        h.close("ol");
        if (c.chains().stream().anyMatch(ch -> !ch.steps().isEmpty())) {
            h.el("h3", "The chain of relations");
            for (Chain ch : c.chains()) {
                if (ch.steps().isEmpty()) {
                    continue;
                }
                h.open("ol", "class", "chain steps");
                for (Implication step : ch.steps()) {
                    h.open("li").text(step.sentence());
                    Relation r = step.relation();
                    h.el("div", r.from() + " " + r.type().word() + " " + r.to() + " \u00b7 " + where(s, r.location())
                            + (step.contrapositive() ? " (contrapositive)" : ""), "class", "where");
                    h.close("li");
                }
                h.close("ol");
            }
        }
        h.el("h2", "The two sides");
        h.open("div", "class", "sides");
        for (Contradiction.Side side : c.sides()) {
            h.open("section", "class", "side");
            h.open("h3").text(String.join(", ", side.sources()) + " ").el("span", side.stance(), "class", "stance " + side.stance());
            if (side.proposition() != null) {
                Proposition p = s.corpus().proposition(side.proposition()).orElse(null);
                h.text(" ").el("span", p == null ? side.proposition() : p.text(), "class", "proposition");
            }
            h.close("h3");
            for (CitedClaim cc : side.claims()) {
                cited(h, cc);
            }
            h.close("section");
        }
        h.close("div");
        return Optional.of(new Made(page(s, "contradiction", "Contradiction " + n + " \u2013 Argmap", h, Set.of()), true));
    }

    // ---------------------------------------------------------------- search

    @Override
    public Resource search(Snapshot s, Search.Query q) {
        Search.Result r = Search.run(s.corpus(), q);
        Html h = new Html();
        h.el("h1", "Search");
        h.open("form", "class", "search-form", "method", "get", "action", "/search", "role", "search");
        h.empty("input", "type", "search", "name", "q", "value", q.q(), "aria-label", "Search claims, quotes and sources",
                "placeholder", "words in claims, quotes, sources");
        if (q.type() != null) {
            h.empty("input", "type", "hidden", "name", "type", "value", q.type().word());
        }
        if (q.source() != null) {
            h.empty("input", "type", "hidden", "name", "source", "value", q.source());
        }
        if (q.kind() != null) {
            h.empty("input", "type", "hidden", "name", "kind", "value", q.kind());
        }
        h.el("button", "Search", "type", "submit");
        h.close("form");
        h.open("div", "class", "search-layout");
        h.open("nav", "class", "facets", "aria-label", "Filters");
        facet(h, "Type", "type", r.types(), q, q.type() == null ? null : q.type().word());
        facet(h, "Source", "source", r.sources(), q, q.source());
        // Claim kinds, quote kinds and languages are three facets, not one list mixing them.
        for (var f : List.of(Map.entry(Search.Type.CLAIM, "Claim kind"), Map.entry(Search.Type.QUOTE, "Quote kind"),
                Map.entry(Search.Type.SOURCE, "Language"))) {
            Map<String, Integer> counts = r.kindsByType().get(f.getKey());
            boolean selected = q.kind() != null && counts.containsKey(q.kind());
            if (!counts.isEmpty()) {
                facet(h, f.getValue(), "kind", counts, q, selected ? q.kind() : null);
            }
        }
        h.close("nav");
        h.open("section", "class", "results", "aria-label", "Results");
        h.el("p", r.hits().size() + (r.hits().size() == 1 ? " result" : " results"), "class", "count");
        h.open("ol", "class", "hits");
        int shown = 0;
        for (Search.Hit hit : r.hits()) {
            if (shown++ == 500) {
                h.el("li", "\u2026 and " + (r.hits().size() - 500) + " more; narrow the search.", "class", "hint");
                break;
            }
            h.open("li", "class", "hit hit-" + hit.type().word());
            h.el("span", hit.type().word(), "class", "badge");
            h.el("span", hit.kind(), "class", "kind kind-" + hit.kind());
            h.open("a", "href", hit.href(), "class", "hit-title");
            Search.highlight(h, hit.title(), r.words());
            h.close("a");
            if (hit.detail() != null) {
                h.open("div", "class", "detail");
                Search.highlight(h, hit.detail(), r.words());
                h.close("div");
            }
            h.close("li");
        }
        h.close("ol").close("section").close("div");
        return page(s, "search", (q.q().isEmpty() ? "Search" : q.q() + " \u2013 search") + " \u2013 Argmap", h, Set.of());
    }

    private static void facet(Html h, String title, String param, Map<String, Integer> counts, Search.Query q, String selected) {
        h.open("div", "class", "facet", "data-facet", title).el("h3", title).open("ul");
        if (selected != null) {
            h.open("li").a(searchUrl(q, param, null), "\u00d7 any " + title.toLowerCase(java.util.Locale.ROOT), "class", "clear")
                    .close("li");
        }
        for (var e : counts.entrySet()) {
            boolean on = e.getKey().equals(selected);
            h.open("li", "class", on ? "on" : null).a(searchUrl(q, param, e.getKey()), e.getKey())
                    .el("span", Integer.toString(e.getValue()), "class", "n").close("li");
        }
        h.close("ul").close("div");
    }

    private static String searchUrl(Search.Query q, String param, String value) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("q", q.q());
        p.put("type", q.type() == null ? null : q.type().word());
        p.put("source", q.source());
        p.put("kind", q.kind());
        p.put(param, value);
        StringBuilder b = new StringBuilder("/search");
        char sep = '?';
        for (var e : p.entrySet()) {
            if (e.getValue() != null && !e.getValue().isEmpty()) {
                b.append(sep).append(e.getKey()).append('=').append(Html.url(e.getValue()));
                sep = '&';
            }
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- made once

    /**
     * A page as made, and whether it may be kept: not while a drawing it shows is still being made
     * (what the analysis makes pending is in the key).
     */
    private record Made(Resource page, boolean keep) {
    }

    /**
     * The page made for this snapshot under {@code key}, or made now and kept. The key includes the
     * snapshot's sequence (every page shows the load it was made from) and whether the analysis
     * was done (a page made without it is made again once it is there). An unknown id ({@code make}
     * gives empty) is not kept.
     */
    private Optional<Resource> remembered(Snapshot s, String key, java.util.function.Supplier<Optional<Made>> make) {
        String k = s.sequence() + "|" + s.version() + "|" + analysis.isDone(s) + "|" + key;
        Resource kept = made.getIfPresent(k);
        if (kept != null) {
            return Optional.of(kept);
        }
        Optional<Made> m = make.get();
        m.filter(Made::keep).ifPresent(x -> made.put(k, x.page()));
        return m.map(Made::page);
    }

    /**
     * Makes the index of each snapshot as it is swapped in, and again when its analysis is done,
     * on the blocking executor: the first visitor of a new version finds it made. Preparing does
     * not ask for the analysis (the version's own turn on the analysis thread brings it), so a
     * burst of edits still analyses only the versions that are current or asked for.
     */
    private void prepare(CorpusService corpus, ExecutorService background, Snapshot s) {
        try {
            background.execute(() -> {
                if (corpus.current() == s) {
                    remembered(s, "index", () -> Optional.of(makeIndex(s, false)));
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return;
        }
        analysis.whenDone(s).thenRunAsync(() -> {
            if (corpus.current() == s) {
                remembered(s, "index", () -> Optional.of(makeIndex(s, false)));
            }
        }, background);
    }

    // ---------------------------------------------------------------- not found

    @Override
    public Resource notFound(Snapshot s, String path) {
        Html h = new Html();
        h.el("h1", "Not found");
        h.open("p").text("Nothing here: ").el("code", path).text(". ").a("/", "See the sources.").close("p");
        return page(s, "not-found", "Not found \u2013 Argmap", h, Set.of());
    }

    // ---------------------------------------------------------------- findings

    /** The index's findings: camps, contradictions between sources and within one, agreements. */
    private boolean headlines(Html h, Snapshot s, boolean ask) {
        h.open("section", "aria-labelledby", "findings-h", "class", "findings-section");
        h.el("h2", "Findings", "id", "findings-h");
        AnalysisReport report;
        try {
            Optional<AnalysisReport> ready = ask ? analysis.report(s, wait)
                    : analysis.isDone(s) ? analysis.report(s, Duration.ZERO) : Optional.empty();
            if (ready.isEmpty()) {
                pendingAnalysis(h, s);
                h.close("section");
                return true;
            }
            report = ready.get();
        } catch (AnalysisService.Unavailable e) {
            h.el("p", e.getMessage(), "class", "warning");
            h.close("section");
            return false;
        }
        if (report.camps().size() > 1) {
            h.open("p", "class", "camps").text("Camps by agreement: ");
            for (int i = 0; i < report.camps().size(); i++) {
                var camp = report.camps().get(i);
                h.text(i == 0 ? "" : "; ").el("strong", camp.label() == null ? "camp " + camp.number() : words(camp.label())).text(" (" + String.join(", ", camp.sources()) + ")");
            }
            h.text(".").close("p");
        }
        h.open("div", "class", "findings");
        h.open("div").el("h3", "Contradictions (" + report.contradictions().size() + ")");
        h.open("ul", "class", "contradictions");
        for (int i = 0; i < report.contradictions().size(); i++) {
            Contradiction c = report.contradictions().get(i);
            h.open("li", "data-contradiction", Integer.toString(i + 1));
            h.el("span", c.kind().word(), "class", "badge-kind kind-" + c.kind().word()).text(" ");
            h.a("/contradictions/" + (i + 1), headline(s, c));
            h.close("li");
        }
        h.close("ul").close("div");
        h.open("div").el("h3", "Agreements (" + report.agreements().size() + ")");
        h.open("ul", "class", "agreements");
        for (Agreement a : report.agreements()) {
            Proposition p = s.corpus().proposition(a.proposition()).orElse(null);
            h.open("li", "data-proposition", a.proposition());
            h.el("span", a.stance().word(), "class", "stance " + a.stance().word()).text(" ");
            h.text(p == null ? a.proposition() : p.text());
            h.el("div", String.join(", ", a.sources()), "class", "id");
            h.close("li");
        }
        h.close("ul").close("div");
        h.close("div").close("section");
        return false;
    }

    /** One line for a contradiction: who takes which side of what. */
    private static String headline(Snapshot s, Contradiction c) {
        List<String> parts = new ArrayList<>();
        for (Contradiction.Side side : c.sides()) {
            String what = side.proposition() == null
                    ? side.claims().stream().findFirst().map(cc -> "\u201c" + abbreviate(cc.text(), 90) + "\u201d").orElse("")
                    : s.corpus().proposition(side.proposition()).map(p -> abbreviate(p.text(), 90)).orElse(side.proposition());
            parts.add(String.join(", ", side.sources()) + " " + side.stance() + " " + what);
        }
        return String.join(" \u2014 but ", parts);
    }

    private static String abbreviate(String text, int max) {
        String t = text.strip();
        return t.length() <= max ? t : t.substring(0, max - 1).strip() + "\u2026";
    }

    /** A claim as a finding cites it, with its quotes. */
    private static void cited(Html h, CitedClaim cc) {
        h.open("article", "class", "claim-card cited", "data-ref", cc.ref());
        h.open("header").el("span", cc.kind().word(), "class", "kind kind-" + cc.kind().word()).text(" ")
                .a("/maps/" + Html.url(cc.source()) + "#claim=" + Html.url(cc.ref()), cc.ref(), "class", "ref").close("header");
        h.el("p", cc.text(), "class", "claim-text");
        if (cc.stance() != null) {
            h.open("p", "class", "note").el("span", cc.stance().word() + (cc.implied() ? " (implied)" : ""),
                    "class", "stance " + cc.stance().word());
            if (cc.note() != null) {
                h.text(" " + cc.note());
            }
            h.close("p");
        }
        h.open("ol", "class", "evidence");
        for (Quote q : cc.quotes()) {
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
        h.close("ol").close("article");
    }

    // ---------------------------------------------------------------- parts

    /** A claim's card: kind, text, stances, relations, evidence, where it is written. */
    void card(Html h, Snapshot s, Claim cl) {
        h.open("article", "class", "claim-card", "data-ref", cl.ref());
        h.open("header");
        h.el("span", cl.kind().word(), "class", "kind kind-" + cl.kind().word());
        h.text(" ").a("/maps/" + Html.url(cl.source()) + "#claim=" + Html.url(cl.ref()), cl.ref(), "class", "ref");
        h.close("header");
        h.el("p", cl.text(), "class", "claim-text");
        if (!cl.tags().isEmpty()) {
            h.open("p", "class", "tags");
            for (String t : cl.tags()) {
                h.a("/search?q=" + Html.url(t), t, "class", "tag").text(" ");
            }
            h.close("p");
        }
        if (cl.note() != null) {
            h.el("p", cl.note(), "class", "note");
        }
        if (!cl.stances().isEmpty()) {
            h.el("h4", "Stances");
            h.open("ul", "class", "stances");
            for (Stance st : cl.stances()) {
                Proposition p = s.corpus().proposition(st.proposition()).orElse(null);
                h.open("li");
                h.el("span", st.type().word() + (st.implied() ? " (implied)" : ""), "class", "stance " + st.type().word());
                h.text(" ").el("span", p == null ? st.proposition() : p.text(), "class", "proposition", "title", st.proposition());
                if (st.note() != null) {
                    h.el("div", st.note(), "class", "note");
                }
                h.close("li");
            }
            h.close("ul");
        }
        List<Relation> rels = s.relationsOf(cl.ref());
        if (!rels.isEmpty()) {
            h.el("h4", "Relations");
            h.open("ul", "class", "relations");
            for (Relation r : rels) {
                boolean out = r.from().equals(cl.ref());
                String other = out ? r.to() : r.from();
                h.open("li", "class", "rel rel-" + r.type().word());
                h.el("span", out ? r.type().word() : passive(r.type().word()), "class", "rel-type");
                h.text(" ");
                Claim o = s.claims().get(other);
                if (o != null) {
                    h.open("button", "type", "button", "class", "claim-link", "data-select", o.ref(), "data-source", o.source())
                            .text(o.text()).close("button");
                    if (!o.source().equals(cl.source())) {
                        h.el("span", " (" + o.source() + ")", "class", "id");
                    }
                } else {
                    Relation target = s.relations().get(other);
                    if (target != null) {
                        Claim a = s.claims().get(target.from());
                        Claim b = s.claims().get(target.to());
                        h.el("span", "the reason \u201c" + (a == null ? target.from() : a.text()) + "\u201d " + target.type().word()
                                + " \u201c" + (b == null ? target.to() : b.text()) + "\u201d", "class", "undercut-target");
                    } else {
                        h.el("span", other, "class", "id");
                    }
                }
                if (r.note() != null) {
                    h.el("div", r.note(), "class", "note");
                }
                h.close("li");
            }
            h.close("ul");
        }
        if (!cl.evidence().isEmpty()) {
            h.el("h4", "Evidence");
            h.open("ol", "class", "evidence");
            for (Evidence e : cl.evidence()) {
                h.open("li", "data-evidence", e.id());
                h.open("blockquote", "class", "quote");
                h.text("\u201c" + e.quote() + "\u201d");
                h.close("blockquote");
                h.open("div", "class", "meta");
                h.text(e.kind().word());
                if (e.speaker() != null) {
                    h.text(" \u00b7 ").text(e.speaker());
                }
                if (!e.found()) {
                    h.text(" \u00b7 ").el("span", "not found in the text", "class", "warning");
                } else if (!e.exact()) {
                    h.text(" \u00b7 ").el("span", "found after normalising", "class", "warning");
                }
                if (e.found()) {
                    h.text(" ").el("button", "show in text", "type", "button", "class", "show-quote", "data-show-evidence", e.id());
                }
                h.close("div");
                if (e.gloss() != null) {
                    h.el("p", e.gloss(), "class", "gloss");
                }
                if (e.note() != null) {
                    h.el("p", e.note(), "class", "note");
                }
                h.close("li");
            }
            h.close("ol");
        }
        h.el("p", where(s, cl.location()), "class", "where");
        h.close("article");
    }

    /** A location as the pages show it: the file relative to the corpus root. */
    private static String where(Snapshot s, org.argmap.diag.Location at) {
        return s.paths().file(at.file()) + ":" + at.line() + ":" + at.column();
    }

    private static String passive(String type) {
        return switch (type) {
            case "supports" -> "supported by";
            case "attacks" -> "attacked by";
            case "undercuts" -> "undercut by";
            default -> type + " (from)";
        };
    }

    /** The hidden cards the script copies into the panel. */
    private void cardStore(Html h, Snapshot s, List<Claim> claims) {
        h.open("div", "class", "store", "hidden", "", "id", "cards");
        for (Claim cl : claims) {
            card(h, s, cl);
        }
        h.close("div");
    }

    /** The hidden proposition details of the comparison: each source's stances. */
    private void propositionStore(Html h, Snapshot s, List<String> sources) {
        h.open("div", "class", "store", "hidden", "");
        Map<String, Map<String, List<Stance>>> cells = cells(s.corpus());
        for (Proposition p : s.corpus().propositions()) {
            Map<String, List<Stance>> row = cells.getOrDefault(p.id(), Map.of());
            h.open("article", "class", "proposition-detail", "data-proposition-detail", p.id());
            h.el("h3", p.text());
            h.el("p", p.id() + (p.question() == null ? "" : " \u00b7 " + words(p.question())), "class", "id");
            if (p.note() != null) {
                h.el("p", p.note(), "class", "note");
            }
            h.open("ul", "class", "stances");
            for (String src : sources) {
                for (Stance st : row.getOrDefault(src, List.of())) {
                    Claim cl = s.claims().get(st.claimRef());
                    h.open("li").el("span", src, "class", "id").text(" ");
                    h.el("span", st.type().word() + (st.implied() ? " (implied)" : ""), "class", "stance " + st.type().word());
                    h.text(" ");
                    if (cl != null) {
                        h.open("button", "type", "button", "class", "claim-link", "data-select", cl.ref()).text(cl.text())
                                .close("button");
                    }
                    h.close("li");
                }
            }
            h.close("ul").close("article");
        }
        h.close("div");
    }

    /** Stances by proposition, then source (corpus order). */
    static Map<String, Map<String, List<Stance>>> cells(Corpus c) {
        Map<String, Map<String, List<Stance>>> m = new LinkedHashMap<>();
        for (Stance st : c.stances()) {
            m.computeIfAbsent(st.proposition(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(st.source(), k -> new ArrayList<>()).add(st);
        }
        return m;
    }

    private static void stanceMarks(Html h, List<Stance> stances) {
        Set<String> seen = new LinkedHashSet<>();
        for (Stance st : stances) {
            String mark = switch (st.type()) {
                case AFFIRMS -> "+";
                case DENIES -> "\u2212";
                case QUALIFIES -> "~";
            };
            String cls = "stance " + st.type().word() + (st.implied() ? " implied" : "");
            if (seen.add(cls)) {
                h.el("span", mark, "class", cls, "title", st.type().word() + (st.implied() ? " (implied)" : ""));
            }
        }
    }

    private static String words(String slug) {
        return slug == null ? "" : slug.replace('-', ' ');
    }

    private static void downloads(Html h, String base) {
        h.a(base + ".svg", "SVG", "class", "dl").text(" ").a(base + ".png", "PNG", "class", "dl").text(" ")
                .a(base + ".pdf", "PDF", "class", "dl");
    }

    /** The drawing with its tool bar: zoom, fit, downloads. */
    private static void figure(Html h, String svg, String base, String caption, boolean focusControls) {
        int q = base.indexOf('?');
        String path = q < 0 ? base : base.substring(0, q);
        String query = q < 0 ? "" : base.substring(q);
        h.open("figure", "class", "drawing");
        h.open("div", "class", "toolbar", "role", "toolbar", "aria-label", "Drawing");
        h.el("button", "\u2212", "type", "button", "data-zoom", "out", "title", "Zoom out", "aria-label", "Zoom out");
        h.el("button", "+", "type", "button", "data-zoom", "in", "title", "Zoom in", "aria-label", "Zoom in");
        h.el("button", "Fit", "type", "button", "data-zoom", "fit", "title", "Fit to the window");
        if (focusControls) {
            h.el("span", "", "class", "gap");
            h.el("button", "Focus", "type", "button", "data-focus", "toggle", "aria-pressed", "false",
                    "title", "Show only the selected claim and the claims near it");
            h.el("button", "\u2212", "type", "button", "data-focus", "less", "title", "Fewer steps", "aria-label", "Fewer steps");
            h.open("span", "class", "focus-steps").el("span", "1", "class", "focus-k").text(" step").close("span");
            h.el("button", "+", "type", "button", "data-focus", "more", "title", "More steps", "aria-label", "More steps");
            h.el("button", "Collapse", "type", "button", "data-focus", "collapse", "disabled", "",
                    "title", "Hide or show the reasons for and against the selected claim");
        }
        h.el("span", "", "class", "sep");
        for (String f : List.of("svg", "png", "pdf")) {
            h.a(path + "." + f + query, f.toUpperCase(java.util.Locale.ROOT), "class", "dl").text(" ");
        }
        h.close("div");
        h.open("div", "class", "viewport", "tabindex", "0", "aria-label", caption);
        h.raw(svg);
        h.close("div");
        h.el("figcaption", caption);
        h.close("figure");
    }

    /**
     * A drawing to inline, or what stands in its place: {@code pending} when it is still being made
     * (or the server is busy drawing) and the page should fetch itself again.
     */
    private record Figure(String markup, boolean pending, boolean keep) {
        Figure(String markup, boolean pending) {
            this(markup, pending, !pending);
        }
    }

    /**
     * The drawing as markup to inline in HTML (the XML prologue removed), if it is ready within the
     * page wait; else a note that it is on its way, or why it cannot be drawn.
     */
    private Figure drawing(Snapshot s, Drawing d) {
        if (!drawings.problems(s, d).isEmpty()) {
            return new Figure("", false);
        }
        // a figure drawn from the analysis cannot be ready before it: a page made without it may be
        // kept (its key says the analysis was not done), and the page is made again once it is
        boolean waitsForAnalysis = d.view() != Drawing.View.MAP && !d.disagreementsOnly() && !analysis.isDone(s);
        try {
            CompletableFuture<Resource> f = drawings.draw(s, d);
            return new Figure(Inline.svg(f.get(wait.toNanos(), TimeUnit.NANOSECONDS).text()), false);
        } catch (TimeoutException e) {
            Figure n = note("Drawing the figure\u2026 it appears here when it is ready.", "pending", true);
            return new Figure(n.markup(), true, waitsForAnalysis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return note("Drawing the figure\u2026", "pending", true);
        } catch (ExecutionException e) {
            return failed(d, e.getCause());
        }
    }

    private static Figure failed(Drawing d, Throwable failure) {
        Throwable cause = Responses.unwrap(failure);
        if (cause instanceof DrawingService.Busy) {
            return note("The server is busy drawing; the figure appears here shortly.", "pending", true);
        }
        if (cause instanceof DrawingService.TooLarge || cause instanceof AnalysisService.Unavailable) {
            return note(cause.getMessage(), "warning", false);
        }
        throw new IllegalStateException("drawing " + d.key() + " failed", cause);
    }

    private static Figure note(String text, String cls, boolean pending) {
        Html h = new Html();
        h.el("p", text, "class", cls);
        return new Figure(h.toString(), pending);
    }

    /** Says that the analysis is being computed and that the page fills in by itself. */
    private static void pendingAnalysis(Html h, Snapshot s) {
        h.el("p", "The analysis of these maps (" + s.corpus().sources().size() + " sources, " + s.corpus().claims().size()
                + " claims) is being computed; this part of the page fills in by itself when it is ready.", "class", "pending");
    }

    /** The page frame around {@code main}: head, navigation, diagnostics, footer (also for {@link AlignPage}). */
    static Resource page(Snapshot s, String kind, String title, Html main, Set<String> styleHashes) {
        return page(s, kind, title, main, styleHashes, false);
    }

    /**
     * The page frame around {@code main}: head, navigation, diagnostics, footer. A {@code pending}
     * page (one that shows something still being computed) is marked {@code data-pending}: the
     * script fetches it again until it is complete.
     */
    private static Resource page(Snapshot s, String kind, String title, Html main, Set<String> styleHashes, boolean pending) {
        Html h = new Html();
        h.raw("<!DOCTYPE html>\n");
        h.open("html", "lang", "en").open("head");
        h.empty("meta", "charset", "utf-8");
        h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        h.el("title", title);
        h.empty("link", "rel", "stylesheet", "href", "/static/app.css");
        h.empty("link", "rel", "icon", "href", "/static/favicon.svg", "type", "image/svg+xml");
        h.open("script", "src", "/static/app.js", "defer", "").close("script");
        h.close("head");
        h.open("body", "data-page", kind);
        h.open("header", "class", "top");
        h.a("/", "Argmap", "class", "brand");
        h.open("nav", "aria-label", "Main");
        h.a("/", "Sources").a("/compare", "Compare").a("/matrix", "Matrix").a("/align", "Align").a("/search", "Search");
        h.close("nav");
        h.open("form", "method", "get", "action", "/search", "role", "search", "class", "top-search");
        h.empty("input", "type", "search", "name", "q", "placeholder", "Search", "aria-label", "Search");
        h.close("form");
        h.el("span", "", "id", "live-status", "class", "live-status", "role", "status");
        h.close("header");
        h.open("main", "id", "live", "data-version", s.version(), "data-styles", String.join(" ", styleHashes),
                "data-pending", pending ? "" : null);
        diagnostics(h, s);
        h.raw(main.toString());
        h.open("footer");
        h.text("Corpus version " + s.version().substring(0, 8) + " (load " + s.sequence() + ", " + TIME.format(s.loadedAt())
                + " UTC) \u00b7 ");
        h.a("/api/corpus", "corpus JSON").text(" \u00b7 ").a("/api/report", "report JSON").text(" \u00b7 ")
                .a("/openapi.yaml", "API");
        h.close("footer");
        h.close("main");
        h.close("body").close("html");
        return Resource.html(h.toString()).withCsp(Security.policy(styleHashes));
    }

    private static void diagnostics(Html h, Snapshot s) {
        List<Diagnostic> ds = s.diagnostics();
        if (ds.isEmpty()) {
            return;
        }
        long errors = s.errorCount();
        long warnings = ds.size() - errors;
        String summary = errors + (errors == 1 ? " error" : " errors") + ", " + warnings + (warnings == 1 ? " warning" : " warnings");
        h.open("section", "class", errors > 0 ? "diagnostics has-errors" : "diagnostics", "role", errors > 0 ? "alert" : null);
        h.open("details", "open", errors > 0 ? "" : null);
        h.el("summary", summary + (s.stale() ? ": showing the last good maps until they are fixed" : ""));
        h.open("ul");
        for (Diagnostic d : ds) {
            h.open("li", "class", d.isError() ? "error" : "warning");
            h.el("code", s.paths().file(d.file()) + ":" + d.line() + ":" + d.column(), "class", "loc");
            h.text(" " + d.severity().word() + " ").el("span", "[" + d.code() + "]", "class", "code")
                    .text(" " + s.paths().text(d.message()));
            if (d.hint() != null) {
                h.el("div", "hint: " + s.paths().text(d.hint()), "class", "hint");
            }
            h.close("li");
        }
        h.close("ul").close("details").close("section");
    }
}
