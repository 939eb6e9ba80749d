package org.argmap.interchange.yaml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.util.List;
import org.argmap.interchange.ImportedMap;
import org.argmap.model.Claim;
import org.argmap.model.ClaimKind;
import org.argmap.model.Evidence;
import org.argmap.model.EvidenceKind;
import org.argmap.model.Proposition;
import org.argmap.model.Relation;
import org.argmap.model.Source;
import org.argmap.model.Stance;

/**
 * Writes one source map (with the propositions and relations it needs) as YAML in our format.
 * Keys come in the order of {@code docs/format.md}; defaults ({@code kind: premise},
 * {@code kind: statement}, {@code implied: false}) are left out. Scalars are written by Jackson's
 * YAML generator (SnakeYAML underneath), which quotes whatever would otherwise read back as
 * another type or another string; tests read every written file back with the loader.
 * The output is deterministic: the same map gives the same bytes.
 */
public final class MapYamlWriter {
    /** The first line of every map file, for editors running the YAML language server. */
    public static final String SCHEMA_LINE = "# yaml-language-server: $schema=../schema/argmap.schema.json\n";

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build());

    private MapYamlWriter() {
    }

    /** The imported map as YAML. */
    public static String write(ImportedMap m) {
        return write(m.source(), m.claims(), m.propositions(), m.relations());
    }

    /**
     * One map file: {@code source:} (when {@code source} is not null), {@code claims:},
     * {@code propositions:} and {@code relations:} (each only when not empty). Claim references
     * of {@code source}'s own claims are written as bare ids.
     */
    public static String write(Source source, List<Claim> claims, List<Proposition> propositions, List<Relation> relations) {
        ObjectNode root = YAML.createObjectNode();
        String sid = source == null ? null : source.id();
        if (source != null) {
            ObjectNode s = root.putObject("source");
            s.put("id", source.id());
            s.put("title", source.title());
            ArrayNode a = s.putArray("authors");
            source.authors().forEach(a::add);
            putIf(s, "outlet", source.outlet());
            putIf(s, "date", source.date());
            s.put("language", source.language());
            putIf(s, "url", source.url());
            s.put("text", source.textPath());
            putIf(s, "tradition", source.tradition());
            putIf(s, "notes", source.notes());
        }
        if (!claims.isEmpty()) {
            ArrayNode cs = root.putArray("claims");
            for (Claim c : claims) {
                ObjectNode o = cs.addObject();
                o.put("id", c.id());
                o.put("text", c.text());
                if (c.kind() != ClaimKind.PREMISE) {
                    o.put("kind", c.kind().word());
                }
                if (!c.tags().isEmpty()) {
                    ArrayNode t = o.putArray("tags");
                    c.tags().forEach(t::add);
                }
                putIf(o, "note", c.note());
                if (!c.evidence().isEmpty()) {
                    ArrayNode ev = o.putArray("evidence");
                    for (Evidence e : c.evidence()) {
                        ObjectNode eo = ev.addObject();
                        eo.put("quote", e.quote());
                        if (e.kind() != EvidenceKind.STATEMENT) {
                            eo.put("kind", e.kind().word());
                        }
                        putIf(eo, "speaker", e.speaker());
                        putIf(eo, "gloss", e.gloss());
                        putIf(eo, "note", e.note());
                    }
                }
                if (!c.stances().isEmpty()) {
                    ArrayNode st = o.putArray("stances");
                    for (Stance s : c.stances()) {
                        ObjectNode so = st.addObject();
                        so.put("proposition", s.proposition());
                        so.put("stance", s.type().word());
                        if (s.implied()) {
                            so.put("implied", true);
                        }
                        putIf(so, "note", s.note());
                    }
                }
            }
        }
        if (!propositions.isEmpty()) {
            ArrayNode ps = root.putArray("propositions");
            for (Proposition p : propositions) {
                ObjectNode o = ps.addObject();
                o.put("id", p.id());
                o.put("text", p.text());
                putIf(o, "question", p.question());
                if (!p.tags().isEmpty()) {
                    ArrayNode t = o.putArray("tags");
                    p.tags().forEach(t::add);
                }
                putIf(o, "note", p.note());
            }
        }
        if (!relations.isEmpty()) {
            ArrayNode rs = root.putArray("relations");
            for (Relation r : relations) {
                ObjectNode o = rs.addObject();
                if (r.explicitId()) {
                    o.put("id", r.id());
                }
                o.put("from", local(r.from(), sid));
                o.put("to", local(r.to(), sid));
                o.put("type", r.type().word());
                putIf(o, "note", r.note());
            }
        }
        try {
            return SCHEMA_LINE + YAML.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String local(String ref, String sid) {
        return sid != null && ref.startsWith(sid + "/") ? ref.substring(sid.length() + 1) : ref;
    }

    private static void putIf(ObjectNode o, String key, String value) {
        if (value != null) {
            o.put(key, value);
        }
    }
}
