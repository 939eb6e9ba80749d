package org.argmap.interchange.aif;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.argmap.diag.Diagnostic;
import org.argmap.diag.Location;
import org.argmap.interchange.ImportedMap;
import org.argmap.interchange.MapBuilder;
import org.argmap.model.ClaimKind;
import org.argmap.model.RelationType;
import org.argmap.model.Source;

/**
 * Maps an AIF graph onto one source map.
 *
 * <ul>
 *   <li>I-node → claim (id from its first words; note {@code AIF I-node <id>}).</li>
 *   <li>RA-node → one {@code supports} per premise; several premises are linked: ids
 *   {@code ra<id>.1}, {@code ra<id>.2}, ... (one premise: {@code ra<id>}).</li>
 *   <li>CA-node → {@code attacks}; pointing at an RA- or CA-node it is an {@code undercuts} of
 *   that node's (first) relation: an attack on an inference, or on an attack.</li>
 *   <li>MA-node (rephrase) → {@code equivalent} between the propositions {@code p-<claim>}
 *   that the two claims affirm.</li>
 *   <li>Scheme names other than the defaults are kept as the relation's note
 *   ({@code AIF scheme: ...}).</li>
 *   <li>Dialogue layer: the speaker of each locution (its participant, else the
 *   {@code Name : } prefix of the L-node's text) that a YA-node anchors on an I-node becomes the
 *   {@code speaker} of that claim's evidence. What the model cannot hold (TA-nodes, YA-nodes on
 *   S-nodes, unanchored L-nodes, locutions naming non-L nodes) is dropped with one warning per
 *   kind. An L-node wired into an RA/CA/MA-node as if it were a proposition (an annotation slip
 *   seen in AIFdb corpora) becomes a claim, with a warning.</li>
 * </ul>
 * Nothing throws on bad input: problems are diagnostics located at the element's line and column.
 */
public final class AifImporter {
    private static final Set<String> SCHEME_NODES = Set.of("RA", "CA", "MA");
    private static final Map<String, String> DEFAULT_SCHEME = Map.of("RA", "Default Inference", "CA", "Default Conflict",
            "MA", "Default Rephrase");

    private AifImporter() {
    }

    /**
     * Imports an AIF JSON file.
     *
     * @param file the file
     * @param outFile the map file the result will be written to (names the diagnostics of the result)
     * @param textPath the source text path to record, relative to the map file
     */
    public static ImportedMap importFile(Path file, String outFile, String textPath) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            Diagnostic d = Diagnostic.error("io-error", "cannot read file: " + e.getMessage(), Location.of(file.toString()), null);
            return empty(file.toString(), textPath, List.of(d));
        }
        return importBytes(file.toString(), bytes, outFile, textPath);
    }

    /** Imports AIF JSON given as bytes; {@code fileName} names the input in diagnostics and gives the source id. */
    public static ImportedMap importBytes(String fileName, byte[] json, String outFile, String textPath) {
        List<Diagnostic> out = new ArrayList<>();
        AifGraph g = AifReader.read(fileName, json, out);
        if (g == null) {
            return empty(fileName, textPath, out);
        }
        return new AifImporter.Run(fileName, g, outFile, textPath, out).run();
    }

    private static ImportedMap empty(String fileName, String textPath, List<Diagnostic> out) {
        return new ImportedMap(source(fileName, textPath, List.of(), ""), List.of(), List.of(), List.of(), "", out);
    }

    static String stem(String fileName) {
        String n = Path.of(fileName).getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private static Source source(String fileName, String textPath, List<String> authors, String notes) {
        String id = MapBuilder.slug(stem(fileName), 60, "aif-import");
        return new Source(id, "AIF " + stem(fileName), authors, null, "unknown", "en", null, textPath, null, null, null,
                notes.isEmpty() ? null : notes, fileName, Location.of(fileName));
    }

    private static final class Run {
        final String fileName;
        final AifGraph g;
        final String textPath;
        final List<Diagnostic> out;
        final MapBuilder b;
        final Map<String, AifGraph.Node> byId = new LinkedHashMap<>();
        final Map<String, List<AifGraph.Edge>> in = new HashMap<>();
        final Map<String, List<AifGraph.Edge>> outEdges = new HashMap<>();
        final Map<String, String> claimOf = new LinkedHashMap<>();
        /** Per dropped kind: count and first location. */
        final Map<String, Object[]> dropped = new TreeMap<>();

        Run(String fileName, AifGraph g, String outFile, String textPath, List<Diagnostic> out) {
            this.fileName = fileName;
            this.g = g;
            this.textPath = textPath;
            this.out = out;
            this.b = new MapBuilder(MapBuilder.slug(stem(fileName), 60, "aif-import"), outFile);
        }

        ImportedMap run() {
            for (AifGraph.Node n : g.nodes()) {
                if (byId.putIfAbsent(n.id(), n) != null) {
                    out.add(Diagnostic.warning("aif-duplicate-id", "nodeID " + n.id() + " is used twice; the later node is ignored",
                            n.location(), null));
                }
            }
            for (AifGraph.Edge e : g.edges()) {
                if (!byId.containsKey(e.from()) || !byId.containsKey(e.to())) {
                    out.add(Diagnostic.warning("aif-dangling-edge", "edge " + e.id() + " names a node that does not exist ("
                            + (byId.containsKey(e.from()) ? e.to() : e.from()) + "); ignored", e.location(), null));
                    continue;
                }
                outEdges.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e);
                in.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e);
            }
            Map<String, List<String>> speakers = speakers();
            // claims: I-nodes, and L-nodes wired into S-nodes as propositions
            for (AifGraph.Node n : byId.values()) {
                boolean i = n.type().equals("I");
                boolean lAsProposition = n.type().equals("L") && touchesSchemeNode(n);
                if (!i && !lAsProposition) {
                    continue;
                }
                String text = n.text().strip();
                List<String> sp = new ArrayList<>(speakers.getOrDefault(n.id(), List.of()));
                String note = "AIF I-node " + n.id();
                if (lAsProposition) {
                    int colon = text.indexOf(" : ");
                    if (colon > 0) {
                        sp.add(text.substring(0, colon).strip());
                        text = text.substring(colon + 3).strip();
                    }
                    note = "AIF L-node " + n.id() + ", used as a proposition";
                    out.add(Diagnostic.warning("aif-l-node-as-proposition", "L-node " + n.id()
                            + " is wired into an RA/CA/MA-node like a proposition; imported as a claim (exported back as an I-node)",
                            n.location(), null));
                }
                if (text.isEmpty()) {
                    text = "(empty AIF I-node " + n.id() + ")";
                    out.add(Diagnostic.warning("aif-empty-text", "node " + n.id() + " has no text; the claim says so", n.location(), null));
                }
                String id = b.uniqueId(MapBuilder.slug(text, 40, "i" + MapBuilder.slug(n.id(), 20, "x")));
                b.claim(id, text, ClaimKind.PREMISE, List.of(), note, true, sp);
                claimOf.put(n.id(), id);
            }
            // scheme nodes: first give each its relation ids, so that attacks on attacks can name them
            Map<String, String> firstRelation = new HashMap<>();
            Set<String> usedStems = new java.util.HashSet<>();
            Map<String, List<String>> premisesOf = new LinkedHashMap<>();
            Map<String, AifGraph.Node> targetOf = new HashMap<>();
            for (AifGraph.Node s : byId.values()) {
                if (!SCHEME_NODES.contains(s.type())) {
                    continue;
                }
                List<String> premises = new ArrayList<>();
                for (AifGraph.Edge e : in.getOrDefault(s.id(), List.of())) {
                    AifGraph.Node from = byId.get(e.from());
                    // edges from other scheme nodes are attacks on this one, handled from their side
                    if (claimOf.containsKey(from.id())) {
                        premises.add(from.id());
                    }
                }
                List<AifGraph.Node> targets = new ArrayList<>();
                for (AifGraph.Edge e : outEdges.getOrDefault(s.id(), List.of())) {
                    AifGraph.Node to = byId.get(e.to());
                    if (claimOf.containsKey(to.id()) || SCHEME_NODES.contains(to.type())) {
                        targets.add(to);
                    }
                }
                if (premises.isEmpty() || targets.isEmpty()) {
                    out.add(Diagnostic.warning("aif-incomplete-node", s.type() + "-node " + s.id() + " has "
                            + (premises.isEmpty() ? "no premise" : "no conclusion") + " among the propositions; dropped", s.location(), null));
                    continue;
                }
                if (targets.size() > 1) {
                    out.add(Diagnostic.warning("aif-several-conclusions", s.type() + "-node " + s.id() + " points at "
                            + targets.size() + " nodes; only the first (" + targets.get(0).id() + ") is kept", s.location(), null));
                }
                String base = s.type().toLowerCase(java.util.Locale.ROOT) + MapBuilder.slug(s.id(), 30, "x");
                String stem = base;
                // a set of the stems handed out: asking the map for a value was linear, the whole loop quadratic
                for (int n = 2; b.hasRelation(stem) || b.hasRelation(stem + ".1") || usedStems.contains(stem); n++) {
                    stem = base + "-" + n;
                }
                usedStems.add(stem);
                firstRelation.put(s.id(), premises.size() == 1 ? stem : stem + ".1");
                premisesOf.put(s.id(), premises);
                targetOf.put(s.id(), targets.get(0));
            }
            for (var e : premisesOf.entrySet()) {
                AifGraph.Node s = byId.get(e.getKey());
                List<String> premises = e.getValue();
                AifGraph.Node target = targetOf.get(s.id());
                String first = firstRelation.get(s.id());
                String stem = premises.size() == 1 ? first : first.substring(0, first.length() - 2);
                String scheme = s.text().strip();
                String note = scheme.isEmpty() || scheme.equals(DEFAULT_SCHEME.get(s.type())) ? null : "AIF scheme: " + scheme;
                boolean toScheme = SCHEME_NODES.contains(target.type());
                RelationType type;
                String to;
                switch (s.type()) {
                    case "RA" -> {
                        if (toScheme) {
                            out.add(Diagnostic.warning("aif-unsupported", "RA-node " + s.id() + " supports a " + target.type()
                                    + "-node; our supports only reach claims, so it is dropped", s.location(), null));
                            continue;
                        }
                        type = RelationType.SUPPORTS;
                        to = claimOf.get(target.id());
                    }
                    case "CA" -> {
                        if (toScheme && target.type().equals("MA")) {
                            out.add(Diagnostic.warning("aif-unsupported", "CA-node " + s.id()
                                    + " attacks an MA-node (a rephrase); our undercuts only reach supports and attacks, so it is dropped",
                                    s.location(), null));
                            continue;
                        }
                        type = toScheme ? RelationType.UNDERCUTS : RelationType.ATTACKS;
                        to = toScheme ? firstRelation.get(target.id()) : claimOf.get(target.id());
                        if (to == null) {
                            out.add(Diagnostic.warning("aif-unsupported", "CA-node " + s.id() + " attacks " + target.type() + "-node "
                                    + target.id() + ", which was dropped; dropped too", s.location(), null));
                            continue;
                        }
                    }
                    default -> {
                        if (toScheme) {
                            out.add(Diagnostic.warning("aif-unsupported", "MA-node " + s.id() + " points at a " + target.type()
                                    + "-node; rephrases relate propositions only, so it is dropped", s.location(), null));
                            continue;
                        }
                        type = RelationType.EQUIVALENT;
                        to = claimOf.get(target.id());
                    }
                }
                int k = 0;
                for (String p : premises) {
                    k++;
                    String id = premises.size() == 1 ? stem : stem + "." + k;
                    String from = claimOf.get(p);
                    if (type != RelationType.UNDERCUTS && from.equals(to)) {
                        out.add(Diagnostic.warning("aif-self-relation", s.type() + "-node " + s.id()
                                + " relates a proposition to itself; dropped", s.location(), null));
                        continue;
                    }
                    if (type == RelationType.EQUIVALENT) {
                        b.relation(id, b.propositionFor(from), b.propositionFor(to), type, note);
                    } else {
                        b.relation(id, from, to, type, note);
                    }
                }
            }
            for (var e : dropped.entrySet()) {
                out.add(Diagnostic.warning("aif-dropped", e.getValue()[0] + " " + e.getValue()[2]
                        + ": our model has no place for them; dropped", (Location) e.getValue()[1], null));
            }
            List<String> authors = new ArrayList<>(new LinkedHashSet<>(g.participants().stream()
                    .map(AifGraph.Participant::name).filter(s -> !s.isEmpty()).toList()));
            String notes = String.format("Imported from AIF %s: %d I-nodes, %d RA, %d CA, %d MA.", Path.of(fileName).getFileName(),
                    count("I"), count("RA"), count("CA"), count("MA"));
            return b.build(source(fileName, textPath, authors, notes), out, Location.of(fileName));
        }

        private long count(String type) {
            return byId.values().stream().filter(n -> n.type().equals(type)).count();
        }

        private boolean touchesSchemeNode(AifGraph.Node n) {
            for (AifGraph.Edge e : outEdges.getOrDefault(n.id(), List.of())) {
                if (SCHEME_NODES.contains(byId.get(e.to()).type())) {
                    return true;
                }
            }
            for (AifGraph.Edge e : in.getOrDefault(n.id(), List.of())) {
                if (SCHEME_NODES.contains(byId.get(e.from()).type())) {
                    return true;
                }
            }
            return false;
        }

        private void drop(String key, String what, Location at) {
            Object[] v = dropped.computeIfAbsent(key, k -> new Object[] {0, at, what});
            v[0] = (Integer) v[0] + 1;
        }

        /** Speakers of each I-node: L --YA--> I (either direction of the YA edges, as annotators vary). */
        private Map<String, List<String>> speakers() {
            Map<String, String> person = new HashMap<>();
            for (AifGraph.Participant p : g.participants()) {
                person.put(p.id(), p.name());
            }
            Map<String, String> speakerOfL = new HashMap<>();
            for (AifGraph.Locution l : g.locutions()) {
                AifGraph.Node n = byId.get(l.nodeId());
                if (n == null || !n.type().equals("L")) {
                    drop("locution-not-l", "locutions that name a node that is not an L-node (" + l.nodeId() + " first)", l.location());
                    continue;
                }
                String name = l.personId() == null ? null : person.get(l.personId());
                if (name != null && !name.isEmpty()) {
                    speakerOfL.put(n.id(), name);
                }
            }
            Map<String, List<String>> res = new LinkedHashMap<>();
            Set<String> anchoredL = new java.util.HashSet<>();
            for (AifGraph.Node ya : byId.values()) {
                if (!ya.type().equals("YA")) {
                    continue;
                }
                List<AifGraph.Node> ls = new ArrayList<>();
                List<AifGraph.Node> targets = new ArrayList<>();
                for (AifGraph.Edge e : in.getOrDefault(ya.id(), List.of())) {
                    classify(byId.get(e.from()), ls, targets);
                }
                for (AifGraph.Edge e : outEdges.getOrDefault(ya.id(), List.of())) {
                    classify(byId.get(e.to()), ls, targets);
                }
                boolean used = false;
                for (AifGraph.Node t : targets) {
                    if (!t.type().equals("I")) {
                        continue;
                    }
                    for (AifGraph.Node l : ls) {
                        String sp = speakerOfL.getOrDefault(l.id(), prefixSpeaker(l.text()));
                        if (sp != null) {
                            res.computeIfAbsent(t.id(), k -> new ArrayList<>()).add(sp);
                        }
                        anchoredL.add(l.id());
                        used = true;
                    }
                }
                if (!used) {
                    drop("ya", "YA-nodes (illocutions) that anchor no locution on an I-node, e.g. Arguing on an RA-node ("
                            + ya.id() + " first)", ya.location());
                }
            }
            for (AifGraph.Node n : byId.values()) {
                if (n.type().equals("TA")) {
                    drop("ta", "TA-nodes (transitions between locutions)", n.location());
                } else if (n.type().equals("L") && !anchoredL.contains(n.id()) && !touchesSchemeNode(n)) {
                    drop("l", "L-nodes (locutions) not anchored on an I-node", n.location());
                } else if (!Set.of("I", "RA", "CA", "MA", "L", "YA", "TA").contains(n.type())) {
                    drop("other-" + n.type(), "nodes of type '" + n.type() + "'", n.location());
                }
            }
            return res;
        }

        private static void classify(AifGraph.Node n, List<AifGraph.Node> ls, List<AifGraph.Node> targets) {
            if (n.type().equals("L")) {
                ls.add(n);
            } else if (!n.type().equals("TA") && !n.type().equals("YA")) {
                targets.add(n);
            }
        }
    }

    /** The speaker named before {@code " : "} in an L-node's text, or null. */
    static String prefixSpeaker(String lText) {
        int colon = lText.indexOf(" : ");
        return colon > 0 ? lText.substring(0, colon).strip() : null;
    }
}
