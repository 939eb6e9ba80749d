package org.argmap.analysis;

import static org.argmap.analysis.InlineMaps.load;
import static org.argmap.analysis.InlineMaps.propositions;
import static org.argmap.analysis.InlineMaps.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.argmap.model.Corpus;
import org.junit.jupiter.api.Test;

/** The documented JSON shape, read back with Jackson. */
class ReportJsonTest {

    private static final Corpus CORPUS = load(propositions("p", "q") + "relations:\n  - {from: p, to: q, type: entails}\n",
            source("a", """
                    claims:
                      - id: x
                        text: X.
                        evidence:
                          - quote: "in the ashes of the revolution"
                        stances: [{proposition: p, stance: affirms}]
                    """),
            source("b", "claims:\n  - {id: y, text: Y., stances: [{proposition: q, stance: denies, implied: true}]}\n"),
            source("c", "claims:\n  - {id: z, text: Z., stances: [{proposition: p, stance: affirms}]}\n"));

    private static JsonNode json() throws Exception {
        return new ObjectMapper().readTree(ReportJson.write(Analysis.of(CORPUS)));
    }

    private static List<String> keys(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void topLevelKeys() throws Exception {
        JsonNode j = json();
        assertEquals(List.of("format", "sources", "propositions", "stances", "agreements", "contradictions", "agreementScores",
                "camps", "cruxes", "acceptability", "warnings"), keys(j));
        assertEquals("argmap-analysis/3", j.get("format").asText());
    }

    @Test
    void aContradictionHasKindSidesAndExplanation() throws Exception {
        JsonNode c = json().get("contradictions").get(0);
        assertEquals(List.of("kind", "basis", "sides", "propositions", "explanation", "chains"), keys(c));
        assertEquals("indirect", c.get("kind").asText());
        JsonNode side = c.get("sides").get(0);
        assertEquals(List.of("stance", "proposition", "sources", "claims"), keys(side));
        assertEquals("affirms", side.get("stance").asText());
        assertEquals("[\"a\",\"c\"]", side.get("sources").toString());
        JsonNode claim = side.get("claims").get(0);
        assertEquals(List.of("ref", "source", "text", "kind", "stance", "implied", "note", "quotes"), keys(claim));
        assertEquals("{\"id\":\"a/x#1\",\"quote\":\"in the ashes of the revolution\",\"gloss\":null,\"speaker\":null}",
                claim.get("quotes").get(0).toString());
        assertEquals(true, c.get("sides").get(1).get("claims").get(0).get("implied").asBoolean());
        assertEquals(4, c.get("explanation").size());
        JsonNode step = c.get("chains").get(0).get("steps").get(0);
        assertEquals("p", step.get("from").asText());
        assertEquals("q", step.get("to").asText());
        assertEquals("entails", step.get("relation").get("type").asText());
        assertEquals(CORPUS.relations().get(0).location().line(), step.get("relation").get("line").asInt());
    }

    @Test
    void anAgreementHasPropositionStanceSourcesAndClaims() throws Exception {
        JsonNode a = json().get("agreements").get(0);
        assertEquals(List.of("proposition", "stance", "sources", "claims"), keys(a));
        assertEquals("p", a.get("proposition").asText());
        assertEquals("affirms", a.get("stance").asText());
        assertEquals("[\"a\",\"c\"]", a.get("sources").toString());
        assertEquals(2, a.get("claims").size());
    }

    @Test
    void stancesAcceptabilityAndScores() throws Exception {
        JsonNode j = json();
        JsonNode cell = j.get("stances").get("rows").get(1).get("cells").get(0);
        assertEquals("{\"source\":\"a\",\"position\":\"silent\",\"mixed\":false,\"implied\":false,\"entailed\":\"affirms\",\"claims\":[]}",
                cell.toString());
        JsonNode corpus = j.get("acceptability").get("corpus");
        assertEquals(List.of("scope", "attacks", "grounded", "complete", "preferred", "stable", "statuses"), keys(corpus));
        assertEquals("{\"count\":2,\"exact\":true,\"truncated\":false,\"beyondGrounded\":[[\"a/x\",\"c/z\"],[\"b/y\"]]}", corpus.get("preferred").toString());
        assertEquals("{\"a\":\"a\",\"b\":\"b\",\"shared\":2,\"same\":0,\"opposite\":2,\"partial\":0,\"score\":0.0}",
                j.get("agreementScores").get(0).toString());
        assertEquals("{\"a\":\"a\",\"b\":\"c\",\"shared\":2,\"same\":2,\"opposite\":0,\"partial\":0,\"score\":1.0}",
                j.get("agreementScores").get(1).toString());
    }

    @Test
    void roundsScoresToFourDecimals() {
        assertEquals(0.6667, ReportJson.round(2.0 / 3));
        assertEquals(0.3333, ReportJson.round(1.0 / 3));
    }

    /** 500 sources sharing nothing would make 124,750 entries of nothing: only pairs that share a position are listed. */
    @Test
    void agreementScoresListOnlyPairsThatSharePositions() throws Exception {
        Corpus c = load(propositions("p", "q", "r"),
                source("a", "claims:\n  - {id: x, text: X., stances: [{proposition: p, stance: affirms}]}\n"),
                source("b", "claims:\n  - {id: y, text: Y., stances: [{proposition: q, stance: denies}]}\n"),
                source("c", "claims:\n  - {id: z, text: Z., stances: [{proposition: p, stance: denies}]}\n"));
        AnalysisReport report = Analysis.of(c);
        assertEquals(3, report.agreementScores().size());
        JsonNode scores = new ObjectMapper().readTree(ReportJson.write(report)).get("agreementScores");
        assertEquals(1, scores.size());
        assertEquals("{\"a\":\"a\",\"b\":\"c\",\"shared\":1,\"same\":0,\"opposite\":1,\"partial\":0,\"score\":0.0}",
                scores.get(0).toString());
    }

    /** A cell with nothing said nor entailed is left out of its row; the others keep their place. */
    @Test
    void stanceRowsListOnlyCellsWithSomethingInThem() throws Exception {
        Corpus c = load(propositions("p", "q"),
                source("a", "claims:\n  - {id: x, text: X., stances: [{proposition: p, stance: affirms}]}\n"),
                source("b", "claims:\n  - {id: y, text: Y., stances: [{proposition: q, stance: denies}]}\n"));
        JsonNode rows = new ObjectMapper().readTree(ReportJson.write(Analysis.of(c))).get("stances").get("rows");
        assertEquals("p", rows.get(0).get("proposition").asText());
        assertEquals(1, rows.get(0).get("cells").size());
        assertEquals("a", rows.get(0).get("cells").get(0).get("source").asText());
        assertEquals(1, rows.get(1).get("cells").size());
        assertEquals("b", rows.get(1).get("cells").get(0).get("source").asText());
    }
}
