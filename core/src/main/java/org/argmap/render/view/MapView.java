package org.argmap.render.view;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.argmap.layout.Diagram;
import org.argmap.layout.Diagram.Block;
import org.argmap.layout.Diagram.Role;
import org.argmap.layout.TextMeasurer;
import org.argmap.model.Claim;
import org.argmap.model.ClaimKind;
import org.argmap.model.Corpus;
import org.argmap.model.Evidence;
import org.argmap.model.Relation;
import org.argmap.model.RelationType;
import org.argmap.model.Source;

/**
 * The argument map of one or more sources: one cluster per source holding its claims, the
 * relations between claims (supports, attacks; an undercut points at a small junction on the
 * relation it undercuts), and either a quote count per claim or, with
 * {@link Options#evidence()}, one node per quote. Relations between claims of two shown sources
 * (from the shared files) cross the clusters. Edges point up, so a thesis sits above its reasons.
 */
public final class MapView {

    /**
     * @param evidence draw each quote as its own node, linked to its claim
     * @param quoteChars the longest quote snippet, in characters
     */
    public record Options(boolean evidence, int quoteChars) {
        public static final Options DEFAULT = new Options(false, 140);
    }

    private MapView() {
    }

    /**
     * Builds the map of the given sources, in the order given.
     *
     * @param sourceIds ids of sources in the corpus; empty for all of them
     * @throws IllegalArgumentException for an id not in the corpus
     */
    public static Diagram build(Corpus corpus, List<String> sourceIds, Options options) {
        List<Source> sources = new ArrayList<>();
        for (String id : sourceIds.isEmpty() ? corpus.sources().stream().map(Source::id).toList() : sourceIds) {
            Source s = corpus.source(id).orElseThrow(() -> new IllegalArgumentException("unknown source " + id));
            if (!sources.contains(s)) {
                sources.add(s);
            }
        }
        Set<String> shown = new LinkedHashSet<>(sources.stream().map(Source::id).toList());
        List<Diagram.Node> nodes = new ArrayList<>();
        List<Diagram.Edge> edges = new ArrayList<>();
        List<Diagram.Cluster> clusters = new ArrayList<>();
        Map<ClaimKind, Integer> kinds = new EnumMap<>(ClaimKind.class);
        Set<String> edgeTypes = new LinkedHashSet<>();
        Map<String, Claim> claims = new HashMap<>();
        int quotes = 0;

        boolean clustered = sources.size() > 1;
        for (Source s : sources) {
            if (clustered) {
                clusters.add(Diagram.Cluster.of(s.id(), "source", s.title(), Labels.byline(s), Map.of("source", s.id())));
            }
            for (Claim c : corpus.claimsOf(s.id())) {
                claims.put(c.ref(), c);
                kinds.merge(c.kind(), 1, Integer::sum);
                nodes.add(claimNode(c, s, options, clustered));
                if (options.evidence()) {
                    for (Evidence e : c.evidence()) {
                        nodes.add(evidenceNode(e, s, options, clustered));
                        edges.add(Diagram.Edge.of("evidence:" + e.id(), "evidence", e.id(), c.ref(),
                                Map.of("evidence", e.id(), "claim", c.ref())));
                        edgeTypes.add("evidence");
                    }
                }
                quotes += c.evidence().size();
            }
        }

        // relations between shown claims; an undercut's target relation is split at a junction
        Map<String, Relation> byId = new HashMap<>();
        for (Relation r : corpus.relations()) {
            byId.put(r.id(), r);
        }
        Set<String> undercut = new LinkedHashSet<>();
        for (Relation r : corpus.relations()) {
            if (r.type() == RelationType.UNDERCUTS && claims.containsKey(r.from()) && drawable(byId.get(r.to()), claims, byId, 0)) {
                undercut.add(r.to());
            }
        }
        int drawn = 0;
        for (Relation r : corpus.relations()) {
            if (!r.type().betweenClaims() || !claims.containsKey(r.from())) {
                continue;
            }
            Map<String, String> data = new TreeMap<>(Map.of("relation", r.id(), "from", r.from(), "to", r.to(),
                    "type", r.type().word()));
            String target;
            if (r.type() == RelationType.UNDERCUTS) {
                if (!undercut.contains(r.to())) {
                    continue;
                }
                target = "junction:" + r.to();
            } else if (claims.containsKey(r.to())) {
                target = r.to();
            } else {
                continue;
            }
            edgeTypes.add(r.type().word());
            drawn++;
            if (undercut.contains(r.id())) {
                String j = "junction:" + r.id();
                String cl = clustered && claims.get(r.from()).source().equals(claims.get(endClaim(r, byId)).source())
                        ? claims.get(r.from()).source() : null;
                nodes.add(new Diagram.Node(j, "junction", List.of(), cl, new TreeMap<>(Map.of("relation", r.id())),
                        0, 9, 9, null, r.type().word() + " " + r.from() + " \u2192 " + r.to()));
                edges.add(new Diagram.Edge(r.id() + "#from", r.type().word() + "-start", r.from(), j, false,
                        new TreeMap<>(data)));
                edges.add(Diagram.Edge.of(r.id(), r.type().word(), j, target, data));
            } else {
                edges.add(Diagram.Edge.of(r.id(), r.type().word(), r.from(), target, data));
            }
        }

        List<Diagram.Node> ordered = new ArrayList<>(nodes);
        List<Diagram.LegendEntry> legend = new ArrayList<>();
        for (ClaimKind k : ClaimKind.values()) {
            if (kinds.containsKey(k)) {
                legend.add(new Diagram.LegendEntry(Diagram.LegendEntry.Sample.NODE, k.word(), k.word()));
            }
        }
        for (String t : List.of("supports", "attacks", "undercuts", "evidence")) {
            if (edgeTypes.contains(t)) {
                legend.add(new Diagram.LegendEntry(Diagram.LegendEntry.Sample.EDGE, t,
                        t.equals("evidence") ? "quote of" : t));
            }
        }
        String title = sources.size() == 1 ? sources.get(0).title()
                : "Argument maps of " + Labels.count(sources.size(), "source", "sources");
        String subtitle = sources.size() == 1
                ? Labels.byline(sources.get(0)) + " \u00b7 argument map of " + sources.get(0).id() + ": "
                        + Labels.count(claims.size(), "claim", "claims")
                        + ", " + Labels.count(drawn, "relation", "relations") + ", " + Labels.count(quotes, "quote", "quotes")
                : Labels.joinIds(new ArrayList<>(shown)) + " \u00b7 " + Labels.count(claims.size(), "claim", "claims")
                        + ", " + Labels.count(drawn, "relation", "relations");
        String desc = "Argument map of " + Labels.joinIds(new ArrayList<>(shown)) + ": "
                + Labels.count(claims.size(), "claim", "claims") + " (" + kindSummary(kinds) + ") and "
                + Labels.count(drawn, "relation", "relations") + " between them; arrows point from a reason to the claim it"
                + " supports or attacks.";
        return new Diagram(title, subtitle, desc, Diagram.Direction.UP, ordered, edges, clusters, legend);
    }

    private static boolean drawable(Relation r, Map<String, Claim> claims, Map<String, Relation> byId, int depth) {
        if (r == null || !r.type().betweenClaims() || depth > 8 || !claims.containsKey(r.from())) {
            return false;
        }
        if (r.type() == RelationType.UNDERCUTS) {
            return drawable(byId.get(r.to()), claims, byId, depth + 1);
        }
        return claims.containsKey(r.to());
    }

    /** The claim a relation finally points at (through undercuts). */
    private static String endClaim(Relation r, Map<String, Relation> byId) {
        Relation cur = r;
        for (int i = 0; i < 9 && cur.type() == RelationType.UNDERCUTS; i++) {
            cur = byId.get(cur.to());
        }
        return cur.to();
    }

    private static String kindSummary(Map<ClaimKind, Integer> kinds) {
        List<String> parts = new ArrayList<>();
        kinds.forEach((k, n) -> parts.add(n + " " + k.word()));
        return String.join(", ", parts);
    }

    private static Diagram.Node claimNode(Claim c, Source s, Options o, boolean clustered) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block(Role.HEADER, Labels.upper(c.kind().word())));
        blocks.add(new Block(c.kind() == ClaimKind.THESIS ? Role.BODY_BOLD : Role.BODY, c.text().strip()));
        int n = c.evidence().size();
        if (!o.evidence() && n > 0) {
            blocks.add(new Block(Role.FOOTER, Labels.count(n, "quote", "quotes")));
        }
        return Diagram.Node.text(c.ref(), c.kind().word(), blocks, clustered ? s.id() : null,
                Map.of("claim", c.ref(), "source", s.id(), "kind", c.kind().word()), c.ref() + ": " + c.text().strip());
    }

    private static Diagram.Node evidenceNode(Evidence e, Source s, Options o, boolean clustered) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block(Role.BODY_ITALIC, "\u201c" + TextMeasurer.abbreviate(e.quote(), o.quoteChars()) + "\u201d"));
        if (e.gloss() != null) {
            blocks.add(new Block(Role.FOOTER, "\u2018" + TextMeasurer.abbreviate(e.gloss(), o.quoteChars()) + "\u2019"));
        }
        String who = e.speaker() == null ? e.kind().word() : e.speaker() + " \u00b7 " + e.kind().word();
        blocks.add(new Block(Role.FOOTER, "\u2014 " + who));
        return Diagram.Node.text(e.id(), "evidence", blocks, clustered ? s.id() : null,
                Map.of("evidence", e.id(), "claim", s.id() + "/" + e.claim(), "source", s.id()), e.quote())
                .withWrapWidth(210);
    }
}
