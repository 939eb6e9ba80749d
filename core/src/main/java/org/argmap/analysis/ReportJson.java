package org.argmap.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.argmap.analysis.Acceptability.Extensions;
import org.argmap.analysis.Acceptability.Framework;
import org.argmap.diag.Diagnostic;
import org.argmap.export.CorpusJson;
import org.argmap.graph.Chain;
import org.argmap.graph.Implication;
import org.argmap.model.Proposition;
import org.argmap.model.Relation;
import org.argmap.model.Source;

/**
 * An {@link AnalysisReport} as JSON: the output of {@code argmap analyze --format json} and of
 * {@code GET /api/report}. Deterministic: fixed key order, report order, scores rounded to four
 * decimals, two-space indentation, a final newline. Keys are always present; absent values are
 * {@code null}.
 *
 * <pre>
 * {
 *   "format": "argmap-analysis/3",
 *   "sources": [{id, title, authors[], date, tradition}],
 *   "propositions": [{id, text, question}],
 *   "stances": {"sources": [ids], "rows": [{proposition, cells: [{source, position, mixed,
 *       implied, entailed, claims: [{ref, stance, implied, note}]}]}]},
 *   "agreements": [{proposition, stance, sources[], claims: [CLAIM]}],
 *   "contradictions": [{kind, basis, sides: [{stance, proposition, sources[], claims: [CLAIM]}],
 *       propositions[], explanation[], chains: [{length, steps: [STEP]}]}],
 *   "agreementScores": [{a, b, shared, same, opposite, partial, score}]   (only pairs with shared > 0),
 *   "camps": [{number, label, sources[], cohesion, pairs}],
 *   "cruxes": [{proposition, score, separation, coverage, camps: [{camp, mean,
 *       positions: [{source, position}]}]}],
 *   "acceptability": {"corpus": FRAMEWORK, "sources": [FRAMEWORK], "changes": [{source, claim,
 *       with: STATUS, without: STATUS}], "open": [{source, claims, reason}]},
 *   "warnings": [{severity, code, message, file, line, column, hint}]
 * }
 * CLAIM     = {ref, source, text, kind, stance, implied, note, quotes: [{id, quote, gloss, speaker}]}
 * STEP      = {from, to, text, contrapositive, relation: {id, from, type, to, file, line, column}}
 *             (from/to are literals: "p" or "not p")
 * FRAMEWORK = {scope, attacks: [{from, to, reason}], grounded[],
 *              complete: EXTS, preferred: EXTS, stable: EXTS,
 *              statuses: [STATUS]}   (one status per argument, in corpus order)
 * EXTS      = {count, exact, truncated, beyondGrounded: [[claim refs]]}: the extensions, counted up to
 *             Acceptability.COUNTED_EXTENSIONS per component (exact false: count is a lower bound),
 *             listed when exact and at most Acceptability.LISTED_EXTENSIONS (else truncated is true and the list empty),
 *             each given by the claims it holds beyond the grounded extension, which every
 *             complete, preferred and stable extension contains
 * STATUS    = {claim, grounded: in|out|undec, credulous, skeptical, stableCredulous, stableSkeptical,
 *              undecided}   (credulous/skeptical: preferred; a null answer was not decided within the
 *              SAT budget, and undecided then says why; else undecided is null)
 * Format 3 (from 2): agreementScores lists only the pairs of sources that share a position (shared > 0), and
 * stances rows only the cells with something in them (a position, an entailed one or claims), so the output stays
 * proportional to the corpus; a pair left out has shared 0 and score null, a cell left out is silent and entails
 * nothing.
 * Format 2 (from 1): acceptability gained open; camps gained pairs; EXTS gained exact; STATUS gained stableCredulous, stableSkeptical, undecided.
 * </pre>
 *
 * Positions are {@code affirms}, {@code denies}, {@code qualifies}, {@code silent}; kinds
 * {@code direct}, {@code incompatible}, {@code indirect}, {@code attack}, {@code internal}. The
 * meaning of each value is in the javadoc of the record it comes from.
 */
public final class ReportJson {

    public static final String FORMAT = "argmap-analysis/3";

    private ReportJson() {
    }

    /** The report as a JSON tree. */
    public static ObjectNode toJson(AnalysisReport r) {
        ObjectNode root = CorpusJson.mapper().createObjectNode();
        root.put("format", FORMAT);
        ArrayNode sources = root.putArray("sources");
        for (Source s : r.corpus().sources()) {
            ObjectNode o = sources.addObject();
            o.put("id", s.id());
            o.put("title", s.title());
            ArrayNode a = o.putArray("authors");
            s.authors().forEach(a::add);
            o.put("date", s.date());
            o.put("tradition", s.tradition());
        }
        ArrayNode props = root.putArray("propositions");
        for (Proposition p : r.corpus().propositions()) {
            ObjectNode o = props.addObject();
            o.put("id", p.id());
            o.put("text", p.text());
            o.put("question", p.question());
        }
        root.set("stances", matrix(r.stanceMatrix()));
        ArrayNode agreements = root.putArray("agreements");
        for (Agreement a : r.agreements()) {
            ObjectNode o = agreements.addObject();
            o.put("proposition", a.proposition());
            o.put("stance", a.stance().word());
            strings(o.putArray("sources"), a.sources());
            claims(o.putArray("claims"), a.claims());
        }
        ArrayNode contradictions = root.putArray("contradictions");
        r.contradictions().forEach(c -> contradiction(contradictions.addObject(), c));
        ArrayNode scores = root.putArray("agreementScores");
        for (SourceAgreement s : r.agreementScores()) {
            if (s.shared() == 0) {
                continue; // nothing to compare: S² pairs of nothing would swamp a corpus of many small sources
            }
            ObjectNode o = scores.addObject();
            o.put("a", s.a());
            o.put("b", s.b());
            o.put("shared", s.shared());
            o.put("same", s.same());
            o.put("opposite", s.opposite());
            o.put("partial", s.partial());
            number(o, "score", s.score());
        }
        ArrayNode camps = root.putArray("camps");
        for (Camp c : r.camps()) {
            ObjectNode o = camps.addObject();
            o.put("number", c.number());
            o.put("label", c.label());
            strings(o.putArray("sources"), c.sources());
            number(o, "cohesion", c.cohesion());
            o.put("pairs", c.pairs());
        }
        ArrayNode cruxes = root.putArray("cruxes");
        for (Crux c : r.cruxes()) {
            ObjectNode o = cruxes.addObject();
            o.put("proposition", c.proposition());
            number(o, "score", c.score());
            number(o, "separation", c.separation());
            number(o, "coverage", c.coverage());
            ArrayNode vs = o.putArray("camps");
            for (Crux.CampView v : c.camps()) {
                ObjectNode vo = vs.addObject();
                vo.put("camp", v.camp());
                number(vo, "mean", v.mean());
                ArrayNode ps = vo.putArray("positions");
                List<String> members = r.camps().get(v.camp() - 1).sources();
                for (int i = 0; i < members.size(); i++) {
                    ObjectNode po = ps.addObject();
                    po.put("source", members.get(i));
                    po.put("position", v.positions().get(i).word());
                }
            }
        }
        ObjectNode acc = root.putObject("acceptability");
        acc.set("corpus", framework(r.acceptability().corpus()));
        ArrayNode per = acc.putArray("sources");
        r.acceptability().sources().forEach(f -> per.add(framework(f)));
        ArrayNode changes = acc.putArray("changes");
        for (Acceptability.StatusChange ch : r.acceptability().changes()) {
            ObjectNode o = changes.addObject();
            o.put("source", ch.source());
            o.put("claim", ch.claim());
            o.set("with", status(ch.with()));
            o.set("without", status(ch.without()));
        }
        ArrayNode open = acc.putArray("open");
        for (Acceptability.OpenChanges oc : r.acceptability().open()) {
            ObjectNode o = open.addObject();
            o.put("source", oc.source());
            o.put("claims", oc.claims());
            o.put("reason", oc.reason());
        }
        ArrayNode warnings = root.putArray("warnings");
        for (Diagnostic d : r.warnings()) {
            ObjectNode o = warnings.addObject();
            o.put("severity", d.severity().word());
            o.put("code", d.code());
            o.put("message", d.message());
            o.put("file", d.file());
            o.put("line", d.line());
            o.put("column", d.column());
            o.put("hint", d.hint());
        }
        return root;
    }

    /** The report as JSON text, ending in a newline. */
    public static String write(AnalysisReport r) {
        return write(toJson(r));
    }

    /** A JSON tree as text, the way {@link CorpusJson#write} writes it. */
    public static String write(JsonNode n) {
        return CorpusJson.write(n);
    }

    private static ObjectNode matrix(StanceMatrix m) {
        ObjectNode o = CorpusJson.mapper().createObjectNode();
        strings(o.putArray("sources"), m.sources());
        ArrayNode rows = o.putArray("rows");
        for (String p : m.propositions()) {
            ObjectNode row = rows.addObject();
            row.put("proposition", p);
            ArrayNode cells = row.putArray("cells");
            for (StanceMatrix.Cell c : m.row(p)) {
                if (c.position() == Position.SILENT && c.entailed() == Position.SILENT && !c.mixed() && c.claims().isEmpty()) {
                    continue; // nothing said nor entailed: P x S such cells would swamp a corpus of many small sources
                }
                ObjectNode co = cells.addObject();
                co.put("source", c.source());
                co.put("position", c.position().word());
                co.put("mixed", c.mixed());
                co.put("implied", c.implied());
                co.put("entailed", c.entailed().word());
                ArrayNode cs = co.putArray("claims");
                for (CitedClaim cl : c.claims()) {
                    ObjectNode x = cs.addObject();
                    x.put("ref", cl.ref());
                    x.put("stance", cl.stance().word());
                    x.put("implied", cl.implied());
                    x.put("note", cl.note());
                }
            }
        }
        return o;
    }

    private static void contradiction(ObjectNode o, Contradiction c) {
        o.put("kind", c.kind().word());
        o.put("basis", c.basis().word());
        ArrayNode sides = o.putArray("sides");
        for (Contradiction.Side s : c.sides()) {
            ObjectNode so = sides.addObject();
            so.put("stance", s.stance());
            so.put("proposition", s.proposition());
            strings(so.putArray("sources"), s.sources());
            claims(so.putArray("claims"), s.claims());
        }
        strings(o.putArray("propositions"), c.propositions());
        strings(o.putArray("explanation"), c.explanation());
        ArrayNode chains = o.putArray("chains");
        for (Chain ch : c.chains()) {
            ObjectNode co = chains.addObject();
            co.put("length", ch.length());
            ArrayNode steps = co.putArray("steps");
            for (Implication i : ch.steps()) {
                ObjectNode so = steps.addObject();
                so.put("from", i.from().toString());
                so.put("to", i.to().toString());
                so.put("text", i.sentence());
                so.put("contrapositive", i.contrapositive());
                Relation rel = i.relation();
                ObjectNode ro = so.putObject("relation");
                ro.put("id", rel.id());
                ro.put("from", rel.from());
                ro.put("type", rel.type().word());
                ro.put("to", rel.to());
                ro.put("file", rel.location().file());
                ro.put("line", rel.location().line());
                ro.put("column", rel.location().column());
            }
        }
    }

    private static void claims(ArrayNode a, List<CitedClaim> claims) {
        for (CitedClaim c : claims) {
            ObjectNode o = a.addObject();
            o.put("ref", c.ref());
            o.put("source", c.source());
            o.put("text", c.text());
            o.put("kind", c.kind().word());
            o.put("stance", c.stance() == null ? null : c.stance().word());
            o.put("implied", c.implied());
            o.put("note", c.note());
            ArrayNode qs = o.putArray("quotes");
            for (Quote q : c.quotes()) {
                ObjectNode qo = qs.addObject();
                qo.put("id", q.id());
                qo.put("quote", q.text());
                qo.put("gloss", q.gloss());
                qo.put("speaker", q.speaker());
            }
        }
    }

    private static ObjectNode framework(Framework f) {
        ObjectNode o = CorpusJson.mapper().createObjectNode();
        o.put("scope", f.scope());
        ArrayNode attacks = o.putArray("attacks");
        for (Acceptability.Attack a : f.attacks()) {
            ObjectNode ao = attacks.addObject();
            ao.put("from", a.from());
            ao.put("to", a.to());
            ao.put("reason", a.reason());
        }
        strings(o.putArray("grounded"), f.grounded());
        o.set("complete", extensions(f.complete(), f.grounded()));
        o.set("preferred", extensions(f.preferred(), f.grounded()));
        o.set("stable", extensions(f.stable(), f.grounded()));
        ArrayNode st = o.putArray("statuses");
        f.statuses().forEach(s -> st.add(status(s)));
        return o;
    }

    private static JsonNode extensions(Extensions e, List<String> grounded) {
        if (e == null) {
            return CorpusJson.mapper().nullNode();
        }
        ObjectNode o = CorpusJson.mapper().createObjectNode();
        o.put("count", e.count());
        o.put("exact", e.exact());
        o.put("truncated", e.truncated());
        ArrayNode a = o.putArray("beyondGrounded");
        java.util.Set<String> g = new java.util.HashSet<>(grounded);
        e.extensions().forEach(x -> strings(a.addArray(), x.stream().filter(y -> !g.contains(y)).toList()));
        return o;
    }

    private static ObjectNode status(Acceptability.Status s) {
        ObjectNode o = CorpusJson.mapper().createObjectNode();
        o.put("claim", s.claim());
        o.put("grounded", s.grounded().word());
        o.put("credulous", s.credulous());
        o.put("skeptical", s.skeptical());
        o.put("stableCredulous", s.stableCredulous());
        o.put("stableSkeptical", s.stableSkeptical());
        o.put("undecided", s.undecided());
        return o;
    }

    private static void strings(ArrayNode a, List<String> xs) {
        xs.forEach(a::add);
    }

    private static void number(ObjectNode o, String key, Double v) {
        if (v == null) {
            o.putNull(key);
        } else {
            o.put(key, round(v));
        }
    }

    /** Rounds to four decimals (half up), so that JSON stays readable and stable. */
    static double round(double v) {
        return java.math.BigDecimal.valueOf(v).setScale(4, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
