package org.argmap.interchange.aif;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.argmap.diag.Diagnostic;
import org.argmap.diag.Location;

/**
 * Reads AIF JSON into an {@link AifGraph}, remembering the line and column where each node,
 * edge and locution starts, so that problems can be reported where they are. Accepts the
 * AIFdb/OVA form {@code {"nodes": [...], "edges": [...], "locutions": [...], "participants": [...]}},
 * the same inside OVA3's {@code {"AIF": {...}}} wrapper, and xAIF's integer ids. Malformed
 * elements are reported and skipped; malformed JSON is one error at its position.
 */
public final class AifReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private final String file;
    private final List<Diagnostic> out;
    private final List<AifGraph.Node> nodes = new ArrayList<>();
    private final List<AifGraph.Edge> edges = new ArrayList<>();
    private final List<AifGraph.Locution> locutions = new ArrayList<>();
    private final List<AifGraph.Participant> participants = new ArrayList<>();
    private boolean sawNodes;

    private AifReader(String file, List<Diagnostic> out) {
        this.file = file;
        this.out = out;
    }

    /** Reads the JSON text; returns null (with an error in {@code out}) when it is not AIF JSON. */
    public static AifGraph read(String file, byte[] json, List<Diagnostic> out) {
        AifReader r = new AifReader(file, out);
        try (JsonParser p = FACTORY.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                out.add(Diagnostic.error("aif-not-object", "an AIF file is one JSON object with \"nodes\" and \"edges\"",
                        r.at(p.currentTokenLocation()), null));
                return null;
            }
            r.object(p, 0);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            out.add(Diagnostic.error("invalid-json", e.getOriginalMessage(), l == null ? Location.of(file) : r.at(l), null));
            return null;
        } catch (IOException e) {
            out.add(Diagnostic.error("io-error", "cannot read: " + e.getMessage(), Location.of(file), null));
            return null;
        }
        if (!r.sawNodes) {
            out.add(Diagnostic.error("aif-no-nodes", "no \"nodes\" array: this is not AIF JSON", Location.of(file),
                    "expected {\"nodes\": [...], \"edges\": [...]} or OVA's {\"AIF\": {...}}"));
            return null;
        }
        return new AifGraph(r.nodes, r.edges, r.locutions, r.participants);
    }

    private Location at(JsonLocation l) {
        return new Location(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
    }

    /** Reads the fields of the object whose START_OBJECT is the current token. */
    private void object(JsonParser p, int depth) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            if (depth == 0 && name.equals("AIF") && t == JsonToken.START_OBJECT) {
                object(p, 1);
            } else if (t == JsonToken.START_ARRAY && (name.equals("nodes") || name.equals("edges")
                    || name.equals("locutions") || name.equals("participants"))) {
                if (name.equals("nodes")) {
                    sawNodes = true;
                }
                array(p, name);
            } else {
                p.skipChildren();
            }
        }
    }

    private void array(JsonParser p, String kind) throws IOException {
        while (p.nextToken() != JsonToken.END_ARRAY) {
            Location l = at(p.currentTokenLocation());
            JsonNode n = MAPPER.readTree(p);
            if (!n.isObject()) {
                out.add(Diagnostic.warning("aif-bad-element", "an element of \"" + kind + "\" is not an object; skipped", l, null));
                continue;
            }
            switch (kind) {
                case "nodes" -> {
                    String id = id(n, "nodeID");
                    if (id == null) {
                        out.add(Diagnostic.warning("aif-bad-element", "a node without \"nodeID\"; skipped", l, null));
                    } else {
                        nodes.add(new AifGraph.Node(id, text(n, "type"), text(n, "text"), l));
                    }
                }
                case "edges" -> {
                    String from = id(n, "fromID");
                    String to = id(n, "toID");
                    if (from == null || to == null) {
                        out.add(Diagnostic.warning("aif-bad-element", "an edge without \"fromID\" or \"toID\"; skipped", l, null));
                    } else {
                        edges.add(new AifGraph.Edge(id(n, "edgeID"), from, to, l));
                    }
                }
                case "locutions" -> {
                    String id = id(n, "nodeID");
                    if (id != null) {
                        locutions.add(new AifGraph.Locution(id, id(n, "personID"), l));
                    }
                }
                default -> {
                    String id = id(n, "participantID");
                    if (id != null) {
                        participants.add(new AifGraph.Participant(id, text(n, "firstname"), text(n, "surname")));
                    }
                }
            }
        }
    }

    /** An id given as a string or a number (xAIF), or null. */
    private static String id(JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() || v.isContainerNode() ? "" : v.asText();
    }
}
