package org.argmap.align;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.argmap.align.Alignment.Candidate;
import org.argmap.align.Alignment.Compound;
import org.argmap.align.Alignment.Member;
import org.argmap.align.Alignment.Parallel;
import org.argmap.align.Alignment.Part;
import org.argmap.align.Alignment.StanceGap;
import org.argmap.analysis.Quote;
import org.argmap.export.CorpusJson;

/**
 * An {@link Alignment} as JSON, the output of {@code argmap align --format json}. Deterministic:
 * fixed key order, the alignment's order, scores rounded to four decimals (half up), two-space
 * indentation, a final newline; absent values are {@code null}.
 *
 * <pre>
 * {
 *   "format": "argmap-align/1",
 *   "settings": {candidate, strong, evidence},
 *   "dismissed": N,
 *   "candidates": [{id, score, text, central, terms[], members: [{ref, source, text, stance,
 *       negations, propositions[], quotes: [QUOTE]}]}],
 *   "gaps": [{claim, proposition, stance, score, evidenceScore, parallels: [{ref, stance, implied,
 *       score}], quotes: [QUOTE]}],
 *   "compounds": [{proposition, text, signals[], parts: [{text, covered[], uncovered[]}]}]
 * }
 * QUOTE = {id, quote, gloss, speaker}
 * </pre>
 */
public final class AlignmentJson {

    public static final String FORMAT = "argmap-align/1";

    private AlignmentJson() {
    }

    public static ObjectNode toJson(Alignment a) {
        ObjectNode root = CorpusJson.mapper().createObjectNode();
        root.put("format", FORMAT);
        ObjectNode s = root.putObject("settings");
        s.put("candidate", round(a.settings().candidate()));
        s.put("strong", round(a.settings().strong()));
        s.put("evidence", round(a.settings().evidence()));
        root.put("dismissed", a.dismissed());
        ArrayNode cs = root.putArray("candidates");
        for (Candidate c : a.candidates()) {
            ObjectNode o = cs.addObject();
            o.put("id", c.id());
            o.put("score", round(c.score()));
            o.put("text", c.text());
            o.put("central", c.central());
            strings(o.putArray("terms"), c.terms());
            ArrayNode ms = o.putArray("members");
            for (Member m : c.members()) {
                ObjectNode x = ms.addObject();
                x.put("ref", m.ref());
                x.put("source", m.source());
                x.put("text", m.text());
                x.put("stance", m.stance().word());
                x.put("negations", m.negations());
                strings(x.putArray("propositions"), m.propositions());
                quotes(x.putArray("quotes"), m.quotes());
            }
        }
        ArrayNode gs = root.putArray("gaps");
        for (StanceGap g : a.gaps()) {
            ObjectNode o = gs.addObject();
            o.put("claim", g.claim());
            o.put("proposition", g.proposition());
            o.put("stance", g.stance().word());
            o.put("score", round(g.score()));
            o.put("evidenceScore", round(g.evidenceScore()));
            ArrayNode ps = o.putArray("parallels");
            for (Parallel p : g.parallels()) {
                ObjectNode x = ps.addObject();
                x.put("ref", p.ref());
                x.put("stance", p.stance().word());
                x.put("implied", p.implied());
                x.put("score", round(p.score()));
            }
            quotes(o.putArray("quotes"), g.quotes());
        }
        ArrayNode ks = root.putArray("compounds");
        for (Compound k : a.compounds()) {
            ObjectNode o = ks.addObject();
            o.put("proposition", k.proposition());
            o.put("text", k.text());
            strings(o.putArray("signals"), k.signals());
            ArrayNode ps = o.putArray("parts");
            for (Part p : k.parts()) {
                ObjectNode x = ps.addObject();
                x.put("text", p.text());
                strings(x.putArray("covered"), p.covered());
                strings(x.putArray("uncovered"), p.uncovered());
            }
        }
        return root;
    }

    /** The JSON text. */
    public static String write(Alignment a) {
        return CorpusJson.write(toJson(a));
    }

    private static void quotes(ArrayNode a, List<Quote> qs) {
        for (Quote q : qs) {
            ObjectNode o = a.addObject();
            o.put("id", q.id());
            o.put("quote", q.text());
            o.put("gloss", q.gloss());
            o.put("speaker", q.speaker());
        }
    }

    private static void strings(ArrayNode a, List<String> xs) {
        xs.forEach(a::add);
    }

    static double round(double v) {
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }
}
