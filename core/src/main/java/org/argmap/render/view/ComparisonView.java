package org.argmap.render.view;


import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.argmap.analysis.Analysis;
import org.argmap.analysis.AnalysisReport;
import org.argmap.layout.Diagram;
import org.argmap.layout.Diagram.Block;
import org.argmap.layout.Diagram.Role;
import org.argmap.layout.TextMeasurer;
import org.argmap.model.Claim;
import org.argmap.model.ClaimKind;
import org.argmap.model.Corpus;
import org.argmap.model.Proposition;
import org.argmap.model.Relation;
import org.argmap.model.Source;
import org.argmap.model.Stance;
import org.argmap.model.StanceType;
import org.argmap.analysis.Camp;
import org.argmap.analysis.Contradiction.Kind;

/**
 * Several sources side by side around what they share: the propositions on which two or more of
 * them take a stance (or that are a side of a contradiction among them) stand in the middle; each
 * source is a cluster of its non-objection claims that take those stances, on the left or the
 * right (the analysis's camps apart: the first camps on the left, the rest on the right); stance
 * links run from claims to propositions (affirms, denies, qualifies); relations between the
 * shared propositions (contrary, contradicts, entails) run between them. Agreements and
 * contradictions are the analysis's ({@link ComparisonModel}): a proposition of an agreement is
 * framed as agreed, one affirmed and denied (a direct contradiction) as contested; its footer
 * names who stands where. The subtitle counts the agreements and contradictions, as {@code argmap
 * analyze} reports them for these sources.
 */
public final class ComparisonView {
    /** Claim text is cut to this many characters (the full text is the node's tooltip). */
    static final int CLAIM_CHARS = 110;

    private ComparisonView() {
    }

    /**
     * @param sourceIds sources to compare (empty: all)
     * @param keepOrder keep the given order instead of ordering by camp
     */
    public static Diagram build(Corpus corpus, List<String> sourceIds, boolean keepOrder) {
        return build(corpus, null, sourceIds, keepOrder);
    }

    /**
     * @param report the corpus's analysis when the caller has it, or null to run it here
     * @param sourceIds sources to compare (empty: all)
     * @param keepOrder keep the given order instead of ordering by camp
     */
    public static Diagram build(Corpus corpus, AnalysisReport report, List<String> sourceIds, boolean keepOrder) {
        Comparator<Source> order = keepOrder ? Comparator.comparingInt(s -> sourceIds.indexOf(s.id())) : null;
        return build(corpus, ComparisonModel.of(corpus, report == null ? Analysis.of(corpus, false, org.argmap.analysis.Progress.NONE) : report, sourceIds, order));
    }

    /** Builds the comparison from a model (which may come from elsewhere, e.g. the analysis). */
    public static Diagram build(Corpus corpus, ComparisonModel m) {
        List<String> ids = m.sources().stream().map(Source::id).toList();
        List<Proposition> shared = m.propositions().stream()
                .filter(p -> m.sourcesOn(p.id()).size() >= 2 || m.isAtOdds(p.id())).toList();
        Set<String> sharedIds = new LinkedHashSet<>(shared.stream().map(Proposition::id).toList());
        Set<String> right = rightSide(m);

        List<Diagram.Node> left = new ArrayList<>();
        List<Diagram.Node> rightNodes = new ArrayList<>();
        List<Diagram.Node> middle = new ArrayList<>();
        List<Diagram.Edge> edges = new ArrayList<>();
        List<Diagram.Cluster> clusters = new ArrayList<>();
        Set<String> kinds = new LinkedHashSet<>();
        Set<String> types = new LinkedHashSet<>();
        Set<ClaimKind> claimKinds = new java.util.TreeSet<>();

        for (Source s : m.sources()) {
            boolean onRight = right.contains(s.id());
            List<Claim> claims = corpus.claimsOf(s.id()).stream()
                    .filter(c -> c.kind() != ClaimKind.OBJECTION)
                    .filter(c -> c.stances().stream().anyMatch(st -> sharedIds.contains(st.proposition()))).toList();
            if (claims.isEmpty()) {
                continue;
            }
            String tradition = s.tradition() == null ? "" : " \u00b7 " + Labels.words(s.tradition());
            clusters.add(Diagram.Cluster.of(s.id(), "source", s.title(), s.id() + tradition,
                    Map.of("source", s.id(), "side", onRight ? "right" : "left")));
            for (Claim c : claims) {
                claimKinds.add(c.kind());
                List<Block> blocks = List.of(new Block(Role.HEADER, Labels.upper(c.kind().word())),
                        new Block(Role.BODY, TextMeasurer.abbreviate(c.text(), CLAIM_CHARS)));
                Diagram.Node n = Diagram.Node.text(c.ref(), c.kind().word(), blocks, s.id(),
                        Map.of("claim", c.ref(), "source", s.id(), "kind", c.kind().word()),
                        c.ref() + ": " + c.text().strip()).withWrapWidth(200);
                (onRight ? rightNodes : left).add(n);
                for (Stance st : c.stances()) {
                    if (!sharedIds.contains(st.proposition())) {
                        continue;
                    }
                    types.add(st.type().word());
                    Map<String, String> data = new TreeMap<>(Map.of("claim", c.ref(), "proposition", st.proposition(),
                            "stance", st.type().word(), "source", s.id()));
                    if (st.implied()) {
                        data.put("implied", "true");
                    }
                    Diagram.Edge e = Diagram.Edge.of("stance:" + c.ref() + ">" + st.proposition(), st.type().word(),
                            c.ref(), st.proposition(), data);
                    if (edges.stream().noneMatch(x -> x.id().equals(e.id()))) {
                        edges.add(onRight ? e.reversedForLayout() : e);
                    }
                }
            }
        }
        for (Proposition p : shared) {
            String kind = m.isContested(p.id()) ? "proposition-contested"
                    : m.isAgreed(p.id()) ? "proposition-agreed" : "proposition";
            kinds.add(kind);
            List<Block> blocks = new ArrayList<>();
            blocks.add(new Block(Role.HEADER, p.question() == null ? "PROPOSITION" : Labels.upper(Labels.words(p.question()))));
            blocks.add(new Block(Role.BODY_BOLD, p.text().strip()));
            String who = who(m, p.id(), ids);
            if (!who.isEmpty()) {
                blocks.add(new Block(Role.FOOTER, who));
            }
            middle.add(Diagram.Node.text(p.id(), kind, blocks, null, Map.of("proposition", p.id()),
                    p.id() + ": " + p.text().strip()).withWrapWidth(230));
        }
        for (Relation r : m.propositionRelations()) {
            if (sharedIds.contains(r.from()) && sharedIds.contains(r.to())) {
                types.add(r.type().word());
                edges.add(Diagram.Edge.of(r.id(), r.type().word(), r.from(), r.to(),
                        Map.of("relation", r.id(), "from", r.from(), "to", r.to(), "type", r.type().word())));
            }
        }
        List<Diagram.Node> nodes = new ArrayList<>(left);
        nodes.addAll(middle);
        nodes.addAll(rightNodes);

        List<Diagram.LegendEntry> legend = new ArrayList<>();
        for (ClaimKind k : claimKinds) {
            legend.add(new Diagram.LegendEntry(Diagram.LegendEntry.Sample.NODE, k.word(), k.word()));
        }
        Map<String, String> kindLabels = new LinkedHashMap<>();
        kindLabels.put("proposition-agreed", "agreement: sources share a stance");
        kindLabels.put("proposition-contested", "contradiction: affirmed and denied");
        kindLabels.put("proposition", "shared proposition");
        Labels.legend(legend, Diagram.LegendEntry.Sample.NODE, kindLabels, kinds);
        Map<String, String> typeLabels = new LinkedHashMap<>();
        typeLabels.put("affirms", "affirms");
        typeLabels.put("denies", "denies");
        typeLabels.put("qualifies", "qualifies");
        typeLabels.put("contradicts", "contradiction (propositions)");
        typeLabels.put("contrary", "contrary: not both true");
        typeLabels.put("entails", "entails");
        typeLabels.put("equivalent", "equivalent");
        Labels.legend(legend, Diagram.LegendEntry.Sample.EDGE, typeLabels, types);

        long agreements = m.agreements().stream().filter(a -> sharedIds.contains(a.proposition())).count();
        long direct = m.count(Kind.DIRECT);
        long incompat = m.count(Kind.INCOMPATIBLE);
        long indirect = m.count(Kind.INDIRECT);
        long attack = m.count(Kind.ATTACK);
        long internal = m.count(Kind.INTERNAL);
        String title = "Comparison of " + Labels.count(ids.size(), "source", "sources") + " on "
                + Labels.count(shared.size(), "shared proposition", "shared propositions");
        String subtitle = sideLine(m, right) + " \u00b7 " + Labels.count((int) agreements, "agreement", "agreements")
                + ", " + Labels.count(m.contradictions().size(), "contradiction", "contradictions");
        String desc = title + ". Left: " + sideIds(m, right, false) + "; right: " + sideIds(m, right, true) + ". "
                + agreements + " agreements; contradictions: " + direct + " direct (one source affirms, another denies), "
                + incompat + " incompatible (one relation between propositions excludes both positions), " + indirect
                + " indirect (through a chain of relations), " + attack + " attacks between claims and " + internal
                + " internal (a source at odds with itself).";
        return new Diagram(title, subtitle, desc, Diagram.Direction.RIGHT, nodes, edges, clusters, legend);
    }

    /** Who stands where on a proposition: "affirmed by a, b · denied by c · qualified by d". */
    static String who(ComparisonModel m, String prop, List<String> ids) {
        List<String> parts = new ArrayList<>();
        for (StanceType t : StanceType.values()) {
            List<String> with = ids.stream().filter(s -> m.stances(prop, s).stream().anyMatch(x -> x.type() == t)).toList();
            if (!with.isEmpty()) {
                String verb = switch (t) {
                    case AFFIRMS -> "\u2713 affirmed by ";
                    case DENIES -> "\u2717 denied by ";
                    case QUALIFIES -> "\u223c qualified by ";
                };
                parts.add(verb + String.join(", ", with));
            }
        }
        return String.join("\n", parts);
    }

    /**
     * The sources drawn on the right: when the sources fall into two or more of the analysis's
     * camps, whole camps go to the right once the left holds half the sources (the first camp
     * always left); otherwise every second source.
     */
    static Set<String> rightSide(ComparisonModel m) {
        Map<Object, List<String>> camps = new LinkedHashMap<>();
        for (Source s : m.sources()) {
            Camp camp = m.campOf(s.id());
            camps.computeIfAbsent(camp == null ? s.id() : camp.number(), k -> new ArrayList<>()).add(s.id());
        }
        Set<String> right = new LinkedHashSet<>();
        int total = m.sources().size();
        if (camps.size() >= 2) {
            int leftCount = 0;
            boolean first = true;
            for (List<String> camp : camps.values()) {
                if (first || leftCount + camp.size() <= total / 2) {
                    leftCount += camp.size();
                } else {
                    right.addAll(camp);
                }
                first = false;
            }
        }
        if (right.isEmpty() && total > 1) {
            for (int i = 1; i < total; i += 2) {
                right.add(m.sources().get(i).id());
            }
        }
        return right;
    }

    private static String sideLine(ComparisonModel m, Set<String> right) {
        return "left: " + sideIds(m, right, false) + "  |  right: " + sideIds(m, right, true);
    }

    private static String sideIds(ComparisonModel m, Set<String> right, boolean onRight) {
        List<String> ids = m.sources().stream().map(Source::id).filter(id -> right.contains(id) == onRight).toList();
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }
}
