package org.argmap.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.argmap.diag.Diagnostic;
import org.argmap.model.Claim;
import org.argmap.model.Corpus;
import org.argmap.model.Evidence;
import org.argmap.model.Proposition;
import org.argmap.model.Relation;
import org.argmap.model.Source;
import org.argmap.model.Stance;

/**
 * The loaded corpus as JSON (the format of {@code argmap export json} and {@code GET /api/corpus}).
 * Top level: {@code format}, {@code sources[{id, title, authors, outlet, date, language, url,
 * tradition, text, textSha256, file, line}]}, {@code claims[{id, ref, source, text, kind, tags,
 * file, line, column}]}, {@code evidence[{id, source, claim, quote, start, end, exact, kind,
 * speaker, gloss, line}]} (offsets in Unicode code points of the text file, end exclusive),
 * {@code relations[{id, from, to, type, source}]}, {@code propositions[{id, text, question}]},
 * {@code stances[{source, proposition, stance, claim, implied}]}. The output is deterministic:
 * corpus order, fixed key order, two-space indentation, a final newline.
 */
public final class CorpusJson {

    public static final String FORMAT = "argmap-corpus/1";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CorpusJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static ObjectNode toJson(Corpus c) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        ArrayNode sources = root.putArray("sources");
        for (Source s : c.sources()) {
            ObjectNode o = sources.addObject();
            o.put("id", s.id());
            o.put("title", s.title());
            ArrayNode a = o.putArray("authors");
            s.authors().forEach(a::add);
            o.put("outlet", s.outlet());
            o.put("date", s.date());
            o.put("language", s.language());
            o.put("url", s.url());
            o.put("tradition", s.tradition());
            o.put("text", s.textPath());
            o.put("textSha256", s.textSha256());
            o.put("claims", c.claimsOf(s.id()).size());
            o.put("quotes", c.claimsOf(s.id()).stream().mapToInt(x -> x.evidence().size()).sum());
            o.put("file", s.file());
            o.put("line", s.location().line());
        }
        ArrayNode claims = root.putArray("claims");
        for (Claim cl : c.claims()) {
            ObjectNode o = claims.addObject();
            o.put("id", cl.id());
            o.put("ref", cl.ref());
            o.put("source", cl.source());
            o.put("text", cl.text());
            o.put("kind", cl.kind().word());
            ArrayNode t = o.putArray("tags");
            cl.tags().forEach(t::add);
            o.put("file", cl.location().file());
            o.put("line", cl.location().line());
            o.put("column", cl.location().column());
        }
        ArrayNode evidence = root.putArray("evidence");
        for (Evidence e : c.evidence()) {
            ObjectNode o = evidence.addObject();
            o.put("id", e.id());
            o.put("source", e.source());
            o.put("claim", e.claim());
            o.put("quote", e.quote());
            o.put("start", e.start());
            o.put("end", e.end());
            o.put("exact", e.exact());
            o.put("kind", e.kind().word());
            o.put("speaker", e.speaker());
            o.put("gloss", e.gloss());
            o.put("line", e.location().line());
        }
        ArrayNode relations = root.putArray("relations");
        for (Relation r : c.relations()) {
            ObjectNode o = relations.addObject();
            o.put("id", r.id());
            o.put("from", r.from());
            o.put("to", r.to());
            o.put("type", r.type().word());
            o.put("source", r.source());
        }
        ArrayNode props = root.putArray("propositions");
        for (Proposition p : c.propositions()) {
            ObjectNode o = props.addObject();
            o.put("id", p.id());
            o.put("text", p.text());
            o.put("question", p.question());
        }
        ArrayNode stances = root.putArray("stances");
        for (Stance s : c.stances()) {
            ObjectNode o = stances.addObject();
            o.put("source", s.source());
            o.put("proposition", s.proposition());
            o.put("stance", s.type().word());
            o.put("claim", s.claimRef());
            o.put("implied", s.implied());
        }
        return root;
    }

    /** Diagnostics as JSON, for {@code validate --format json}. */
    public static ObjectNode diagnostics(List<Diagnostic> ds, List<String> files) {
        return diagnostics(ds, files, java.util.Map.of());
    }

    /**
     * Diagnostics as JSON, each with the diagnostics folded under it (those that follow from a file
     * it broke, see {@code LoadResult#followOn()}) in a {@code followOn} array of the same objects.
     * {@code errors} and {@code warnings} count the listed diagnostics, not the folded ones.
     */
    public static ObjectNode diagnostics(List<Diagnostic> ds, List<String> files,
                                         java.util.Map<Diagnostic, List<Diagnostic>> followOn) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode f = root.putArray("files");
        files.forEach(f::add);
        ArrayNode a = root.putArray("diagnostics");
        for (Diagnostic d : ds) {
            ObjectNode o = diagnostic(a.addObject(), d);
            List<Diagnostic> folded = followOn.getOrDefault(d, List.of());
            if (!folded.isEmpty()) {
                ArrayNode fa = o.putArray("followOn");
                folded.forEach(x -> diagnostic(fa.addObject(), x));
            }
        }
        root.put("errors", ds.stream().filter(Diagnostic::isError).count());
        root.put("warnings", ds.stream().filter(d -> !d.isError()).count());
        return root;
    }

    private static ObjectNode diagnostic(ObjectNode o, Diagnostic d) {
        o.put("file", d.file());
        o.put("line", d.line());
        o.put("column", d.column());
        o.put("severity", d.severity().word());
        o.put("code", d.code());
        o.put("message", d.message());
        o.put("hint", d.hint());
        return o;
    }

    /** Pretty JSON text with a final newline. */
    public static String write(JsonNode n) {
        try {
            return MAPPER.writeValueAsString(n) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
