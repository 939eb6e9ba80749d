package org.argmap.interchange.aif;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argmap.model.Claim;
import org.argmap.model.Corpus;
import org.argmap.model.Proposition;
import org.argmap.model.Relation;
import org.argmap.model.RelationType;
import org.argmap.model.Source;
import org.argmap.model.Stance;
import org.argmap.model.StanceType;

/**
 * Writes a corpus as AIF JSON in AIFdb's form ({@code nodes}, {@code edges}, {@code locutions},
 * {@code participants}), which AIFdb's JSON upload and OVA open.
 *
 * <ul>
 *   <li>Each claim is an I-node. Each source is a participant; each claim gets an L-node
 *   ({@code Participant : claim text}) anchored on its I-node by a YA-node ({@code Asserting}) and
 *   a locution naming the participant.</li>
 *   <li>{@code supports} → RA-node, {@code attacks} → CA-node, {@code undercuts} → CA-node pointing
 *   at the RA- or CA-node of the relation it undercuts. Relations of one type and one target
 *   whose ids are {@code group.1}, {@code group.2}, ... share one node (linked premises).</li>
 *   <li>Propositions: one that exactly one exported claim affirms is that claim's I-node; any
 *   other proposition in use is an I-node of its own, which claims that affirm it rephrase
 *   (MA-node) and claims that deny it attack (CA-node); {@code qualifies} is not exported.
 *   Between propositions: {@code equivalent} → MA, {@code entails} → RA, {@code contradicts}
 *   and {@code contrary} → CA.</li>
 *   <li>A relation note {@code AIF scheme: NAME} becomes the S-node's text; otherwise the
 *   default scheme names are used. Ids are consecutive numbers as strings; every timestamp is
 *   the fixed {@code 1970-01-01 00:00:00}, so that the output is deterministic.</li>
 * </ul>
 */
public final class AifExporter {
    /** The fixed timestamp of every node and locution. */
    public static final String TIMESTAMP = "1970-01-01 00:00:00";
    private static final Pattern GROUP = Pattern.compile("(.+)\\.(\\d+)");
    private static final Pattern SCHEME = Pattern.compile("AIF scheme: (.+)");

    private final ObjectMapper mapper = new ObjectMapper();
    private final ObjectNode root = mapper.createObjectNode();
    private final ArrayNode nodes = root.putArray("nodes");
    private final ArrayNode edges = root.putArray("edges");
    private final ArrayNode locutions = root.putArray("locutions");
    private final ArrayNode participants = root.putArray("participants");
    private int nextNode = 1;
    private int nextEdge = 1;

    private AifExporter() {
    }

    /** The corpus as an AIF JSON object. */
    public static ObjectNode export(Corpus c) {
        return new AifExporter().run(c);
    }

    /** A display name for a source: its authors, or its title when it names none. */
    static String participantName(Source s) {
        return s.authors().isEmpty() ? s.title() : String.join(", ", s.authors());
    }

    private ObjectNode run(Corpus c) {
        Map<String, Integer> participantOf = new HashMap<>();
        int pid = 0;
        for (Source s : c.sources()) {
            pid++;
            participantOf.put(s.id(), pid);
            ObjectNode p = participants.addObject();
            p.put("participantID", String.valueOf(pid));
            p.put("firstname", participantName(s));
            p.put("surname", "");
        }
        Map<String, String> iNode = new LinkedHashMap<>();
        Map<String, Source> sources = new HashMap<>();
        c.sources().forEach(s -> sources.put(s.id(), s));
        for (Claim cl : c.claims()) {
            String i = node(cl.text(), "I");
            iNode.put(cl.ref(), i);
            Source s = sources.get(cl.source());
            if (s != null) {
                String l = node(participantName(s) + " : " + cl.text(), "L");
                String ya = node("Asserting", "YA");
                edge(l, ya);
                edge(ya, i);
                ObjectNode loc = locutions.addObject();
                loc.put("nodeID", l);
                loc.put("personID", String.valueOf(participantOf.get(s.id())));
                loc.put("timestamp", TIMESTAMP);
                loc.putNull("start");
                loc.putNull("end");
                loc.putNull("source");
            }
        }
        // propositions in use: by relations or stances
        Map<String, List<Stance>> stancesOn = new LinkedHashMap<>();
        for (Stance s : c.stances()) {
            stancesOn.computeIfAbsent(s.proposition(), k -> new ArrayList<>()).add(s);
        }
        Map<String, String> propNode = new HashMap<>();
        for (Proposition p : c.propositions()) {
            List<Stance> st = stancesOn.getOrDefault(p.id(), List.of());
            boolean inRelation = c.relations().stream().anyMatch(r -> !r.type().betweenClaims()
                    && (r.from().equals(p.id()) || r.to().equals(p.id())));
            if (st.isEmpty() && !inRelation) {
                continue;
            }
            List<Stance> affirming = st.stream().filter(s -> s.type() == StanceType.AFFIRMS).toList();
            Stance representative = affirming.size() == 1 ? affirming.get(0) : null;
            String node = representative != null ? iNode.get(representative.claimRef()) : node(p.text(), "I");
            propNode.put(p.id(), node);
            for (Stance s : st) {
                if (s == representative || s.type() == StanceType.QUALIFIES) {
                    continue;
                }
                String scheme = s.type() == StanceType.AFFIRMS ? node("Default Rephrase", "MA") : node("Default Conflict", "CA");
                edge(iNode.get(s.claimRef()), scheme);
                edge(scheme, node);
            }
        }
        // relations, linked groups sharing one scheme node
        Map<String, String> schemeOfRelation = new HashMap<>();
        Map<String, String> schemeOfGroup = new HashMap<>();
        List<Relation> ordered = new ArrayList<>();
        c.relations().stream().filter(r -> r.type() != RelationType.UNDERCUTS).forEach(ordered::add);
        c.relations().stream().filter(r -> r.type() == RelationType.UNDERCUTS).forEach(ordered::add);
        for (Relation r : ordered) {
            String from = r.type().betweenClaims() ? iNode.get(r.from()) : propNode.get(r.from());
            String to = switch (r.type()) {
                case UNDERCUTS -> schemeOfRelation.get(r.to());
                case SUPPORTS, ATTACKS -> iNode.get(r.to());
                default -> propNode.get(r.to());
            };
            if (from == null || to == null) {
                continue;
            }
            Matcher m = GROUP.matcher(r.id());
            String groupKey = m.matches() ? m.group(1) + "|" + r.type() + "|" + r.to() : null;
            String scheme = groupKey == null ? null : schemeOfGroup.get(groupKey);
            if (scheme == null) {
                scheme = node(schemeText(r), schemeType(r.type()));
                edge(scheme, to);
                if (groupKey != null) {
                    schemeOfGroup.put(groupKey, scheme);
                }
            }
            edge(from, scheme);
            schemeOfRelation.put(r.id(), scheme);
        }
        return root;
    }

    private static String schemeType(RelationType t) {
        return switch (t) {
            case SUPPORTS, ENTAILS -> "RA";
            case EQUIVALENT -> "MA";
            default -> "CA";
        };
    }

    private static String schemeText(Relation r) {
        if (r.note() != null) {
            Matcher m = SCHEME.matcher(r.note().strip());
            if (m.matches()) {
                return m.group(1).strip();
            }
        }
        return switch (schemeType(r.type())) {
            case "RA" -> "Default Inference";
            case "MA" -> "Default Rephrase";
            default -> "Default Conflict";
        };
    }

    private String node(String text, String type) {
        String id = String.valueOf(nextNode++);
        ObjectNode n = nodes.addObject();
        n.put("nodeID", id);
        n.put("text", text);
        n.put("type", type);
        n.put("timestamp", TIMESTAMP);
        return id;
    }

    private void edge(String from, String to) {
        ObjectNode e = edges.addObject();
        e.put("edgeID", String.valueOf(nextEdge++));
        e.put("fromID", from);
        e.put("toID", to);
        e.putNull("formEdgeID");
    }
}
