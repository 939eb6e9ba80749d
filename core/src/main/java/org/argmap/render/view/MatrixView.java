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
import org.argmap.analysis.Camp;
import org.argmap.analysis.CitedClaim;
import org.argmap.analysis.StanceMatrix;
import org.argmap.layout.Diagram;
import org.argmap.layout.Diagram.Block;
import org.argmap.layout.Diagram.Role;
import org.argmap.model.Proposition;
import org.argmap.model.Corpus;
import org.argmap.model.Source;

/**
 * The stance matrix as a figure: one row per proposition (grouped under its question, in catalog
 * order, questions in order of first appearance), one column per source (ordered by the
 * analysis's camps, each camp framed and named), and in each cell a mark for the analysis's
 * stance-matrix position: affirms, denies, qualifies (hollow when only implied), or a dot for
 * silence. A cell's {@code data-claims} lists the (non-objection) claims behind it.
 */
public final class MatrixView {
    static final double CELL = 20;

    private MatrixView() {
    }

    /**
     * @param sourceIds sources, as columns (empty: all)
     * @param keepOrder keep the given order instead of the analysis's camps
     */
    public static Diagram build(Corpus corpus, List<String> sourceIds, boolean keepOrder) {
        return build(corpus, null, sourceIds, keepOrder);
    }

    /**
     * @param report the corpus's analysis when the caller has it, or null to run it here
     * @param sourceIds sources, as columns (empty: all)
     * @param keepOrder keep the given order instead of the analysis's camps
     */
    public static Diagram build(Corpus corpus, AnalysisReport report, List<String> sourceIds, boolean keepOrder) {
        Comparator<Source> order = keepOrder ? Comparator.comparingInt(s -> sourceIds.indexOf(s.id())) : null;
        return build(ComparisonModel.of(corpus, report == null ? Analysis.of(corpus, false, org.argmap.analysis.Progress.NONE) : report, sourceIds, order));
    }

    /** Builds the matrix from a model, in its source order. */
    public static Diagram build(ComparisonModel m) {
        List<Diagram.Node> nodes = new ArrayList<>();
        List<Diagram.Cluster> clusters = new ArrayList<>();
        Map<String, String> campOf = new LinkedHashMap<>();
        String run = null;
        Integer runCamp = null;
        for (Source s : m.sources()) {
            Camp camp = m.campOf(s.id());
            if (camp == null) {
                run = null;
                runCamp = null;
                continue;
            }
            if (!Integer.valueOf(camp.number()).equals(runCamp)) {
                runCamp = camp.number();
                // a camp split by --keep-order gets one frame per run of adjacent columns
                String base = "camp:" + camp.number();
                String id = base;
                for (int k = 2; clusterIds(clusters).contains(id); k++) {
                    id = base + ":" + k;
                }
                run = id;
                Map<String, String> data = new TreeMap<>(Map.of("camp", String.valueOf(camp.number())));
                if (camp.label() != null) {
                    data.put("tradition", camp.label());
                }
                clusters.add(Diagram.Cluster.of(run, "camp", campTitle(camp), null, data));
            }
            campOf.put(s.id(), run);
        }
        int col = 1;
        for (Source s : m.sources()) {
            List<Block> blocks = new ArrayList<>();
            blocks.add(new Block(Role.BODY_BOLD, s.id()));
            blocks.add(new Block(Role.FOOTER, s.authors().isEmpty() ? s.date() : String.join(", ", s.authors())));
            nodes.add(Diagram.Node.text("col:" + s.id(), "column-header", blocks, campOf.get(s.id()),
                    Map.of("source", s.id()), s.id() + ": " + s.title()).withWrapWidth(170).at(0, col));
            col++;
        }
        int row = 1;
        String question = null;
        Set<String> kinds = new LinkedHashSet<>();
        for (Proposition p : byQuestion(m.propositions())) {
            if (p.question() != null && !p.question().equals(question)) {
                question = p.question();
                nodes.add(Diagram.Node.text("question:" + question + ":" + row, "group-header",
                        List.of(new Block(Role.HEADER, Labels.upper(Labels.words(question)))), null,
                        Map.of("question", question), null).withWrapWidth(380).at(row, 0));
                row++;
            }
            nodes.add(Diagram.Node.text("row:" + p.id(), "row-header", List.of(new Block(Role.BODY, p.text().strip())),
                    null, Map.of("proposition", p.id()), p.id() + ": " + p.text().strip()).withWrapWidth(380).at(row, 0));
            col = 1;
            for (Source s : m.sources()) {
                StanceMatrix.Cell cell = m.cell(p.id(), s.id());
                String kind = cellKind(cell);
                kinds.add(kind);
                TreeMap<String, String> data = new TreeMap<>(Map.of("proposition", p.id(), "source", s.id()));
                String tip = s.id() + " is silent on " + p.id();
                if (cell.position().taken()) {
                    data.put("stance", cell.position().word());
                    data.put("claims", String.join(" ", cell.claims().stream().map(CitedClaim::ref).distinct().toList()));
                    tip = s.id() + " " + data.get("stance") + " " + p.id() + " (" + data.get("claims") + ")";
                }
                nodes.add(new Diagram.Node("cell:" + p.id() + ":" + s.id(), kind, List.of(), campOf.get(s.id()), data,
                        0, CELL, CELL, new Diagram.Cell(row, col), tip));
                col++;
            }
            row++;
        }
        List<Diagram.LegendEntry> legend = new ArrayList<>();
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("cell-affirms", "affirms");
        labels.put("cell-denies", "denies");
        labels.put("cell-qualifies", "qualifies");
        labels.put("cell-affirms-implied", "affirms (implied)");
        labels.put("cell-denies-implied", "denies (implied)");
        labels.put("cell-qualifies-implied", "qualifies (implied)");
        labels.put("cell-empty", "silent");
        Labels.legend(legend, Diagram.LegendEntry.Sample.NODE, labels, kinds);
        String title = "Stance matrix: " + Labels.count(m.propositions().size(), "proposition", "propositions") + " \u00d7 "
                + Labels.count(m.sources().size(), "source", "sources");
        String subtitle = "Sources ordered by camp: " + String.join(", ", m.sources().stream().map(Source::id).toList());
        String desc = title + ". Each cell shows the stance a source's claims take on a proposition: affirms, denies,"
                + " qualifies (hollow when only implied), or silence.";
        return new Diagram(title, subtitle, desc, Diagram.Direction.DOWN, nodes, List.of(), clusters, legend);
    }

    /** Propositions grouped by question (questions in order of first appearance), catalog order within. */
    static List<Proposition> byQuestion(List<Proposition> props) {
        Map<String, List<Proposition>> groups = new LinkedHashMap<>();
        for (Proposition p : props) {
            groups.computeIfAbsent(p.question() == null ? "" : p.question(), k -> new ArrayList<>()).add(p);
        }
        List<Proposition> out = new ArrayList<>();
        groups.values().forEach(out::addAll);
        return out;
    }

    /**
     * The cell's kind, from the analysis's stance matrix: its position (explicit stances outweigh
     * implied ones; differing stances make qualifies; objections do not count), hollow when every
     * stance that counted is implied.
     */
    static String cellKind(StanceMatrix.Cell cell) {
        if (!cell.position().taken()) {
            return "cell-empty";
        }
        return "cell-" + cell.position().word() + (cell.implied() ? "-implied" : "");
    }

    /** "Camp 2: Trotskyist" (the tradition its members share), or "Camp 2". */
    static String campTitle(Camp camp) {
        return "Camp " + camp.number() + (camp.label() == null ? "" : ": " + Labels.words(camp.label()));
    }

    private static List<String> clusterIds(List<Diagram.Cluster> clusters) {
        return clusters.stream().map(Diagram.Cluster::id).toList();
    }
}
