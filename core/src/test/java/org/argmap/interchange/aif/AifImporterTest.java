package org.argmap.interchange.aif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.argmap.diag.Diagnostic;
import org.argmap.interchange.ExternalData;
import org.argmap.interchange.ImportedMap;
import org.argmap.model.Claim;
import org.argmap.model.Relation;
import org.junit.jupiter.api.Test;

class AifImporterTest {
    private static final String EXTERNAL = "two AifImporterTest cases on AIFdb maps of shared/external/aif";


    private static ImportedMap imp(String json) {
        return AifImporter.importBytes("x.json", json.getBytes(StandardCharsets.UTF_8), "out.yaml", "out.txt");
    }

    private static List<String> relations(ImportedMap m) {
        return m.relations().stream().map(r -> r.id() + " " + r.from() + " " + r.type().word() + " " + r.to()).toList();
    }

    @Test
    void readsTheOva3WrapperWithIntegerIdsParticipantsAndLinkedPremises() {
        ImportedMap m = imp("""
                {"AIF": {
                  "nodes": [
                    {"nodeID": 1, "text": "Taxes should rise", "type": "I"},
                    {"nodeID": 2, "text": "Schools need money", "type": "I"},
                    {"nodeID": 3, "text": "Taxes fund schools", "type": "I"},
                    {"nodeID": 4, "text": "Default Inference", "type": "RA"},
                    {"nodeID": 5, "text": "Ann : schools need money", "type": "L"},
                    {"nodeID": 6, "text": "Asserting", "type": "YA"},
                    {"nodeID": 7, "text": "Taxes should go up", "type": "I"},
                    {"nodeID": 8, "text": "Default Rephrase", "type": "MA"}
                  ],
                  "edges": [
                    {"edgeID": 1, "fromID": 2, "toID": 4}, {"edgeID": 2, "fromID": 3, "toID": 4},
                    {"edgeID": 3, "fromID": 4, "toID": 1}, {"edgeID": 4, "fromID": 5, "toID": 6},
                    {"edgeID": 5, "fromID": 6, "toID": 2}, {"edgeID": 6, "fromID": 7, "toID": 8},
                    {"edgeID": 7, "fromID": 8, "toID": 1}
                  ],
                  "locutions": [{"nodeID": 5, "personID": 9}],
                  "participants": [{"participantID": 9, "firstname": "Ann", "surname": "Smith"}]
                }, "text": "ignored", "OVA": {}}
                """);
        assertEquals(List.of(), m.diagnostics());
        assertEquals(List.of("taxes-should-rise", "schools-need-money", "taxes-fund-schools", "taxes-should-go-up"),
                m.claims().stream().map(Claim::id).toList());
        assertEquals(List.of("ra4.1 x/schools-need-money supports x/taxes-should-rise",
                "ra4.2 x/taxes-fund-schools supports x/taxes-should-rise",
                "ma8 p-taxes-should-go-up equivalent p-taxes-should-rise"), relations(m));
        assertEquals("Ann Smith", m.claims().get(1).evidence().get(0).speaker());
        assertEquals(List.of("Ann Smith"), m.source().authors());
        assertEquals("Taxes should rise\n\nSchools need money\n\nTaxes fund schools\n\nTaxes should go up\n", m.text());
    }

    @Test
    void turnsAttacksOnInferencesAndOnAttacksIntoUndercuts() {
        Path f = ExternalData.require("aif", "microtexts/nodeset6428.json", EXTERNAL).resolve("microtexts/nodeset6428.json");
        ImportedMap m = AifImporter.importFile(f, "o.yaml", "o.txt");
        assertEquals(List.of(), m.diagnostics());
        assertEquals(List.of(
                "ra120530 nodeset6428/pricing-pressures-are-just-too-high supports nodeset6428/peter-should-close-his-snack-bar-as-soon",
                "ra120531 nodeset6428/and-his-pool-of-customers-is-shrinking supports nodeset6428/peter-should-close-his-snack-bar-as-soon",
                "ca120532 nodeset6428/of-course-he-could-do-another-big-ad undercuts ra120531",
                "ca120533 nodeset6428/but-that-won-t-do-the-trick-if-the-whole undercuts ca120532"), relations(m));
    }

    @Test
    void warnsOnceAboutLocutionsThatNameNodesOtherThanLocutions() {
        Path f = ExternalData.require("aif", "araucaria/nodeset655.json", EXTERNAL).resolve("araucaria/nodeset655.json");
        ImportedMap m = AifImporter.importFile(f, "o.yaml", "o.txt");
        List<Diagnostic> w = m.diagnostics().stream().filter(d -> d.message().startsWith("6 locutions that name a node")).toList();
        assertEquals(1, w.size(), () -> m.diagnostics().toString());
        assertEquals("aif-dropped", w.get(0).code());
        assertEquals(6, m.claims().size());
        assertEquals(5, m.relations().size());
    }

    @Test
    void reportsMalformedJsonWithItsPosition() {
        ImportedMap m = imp("{\"nodes\": [\n  {\"nodeID\": \"1\", \"type\": \"I\" \"text\": \"x\"}\n]}");
        assertEquals(1, m.diagnostics().size());
        Diagnostic d = m.diagnostics().get(0);
        assertEquals("invalid-json", d.code());
        assertEquals(2, d.line());
        assertTrue(m.hasErrors());
    }

    @Test
    void dropsWhatItCannotMapWithLocatedWarnings() {
        ImportedMap m = imp("""
                {"nodes": [
                  {"nodeID": "a", "text": "A", "type": "I"},
                  {"nodeID": "b", "text": "", "type": "I"},
                  {"nodeID": "r", "text": "Argument from Expert Opinion", "type": "RA"},
                  {"nodeID": "t", "text": "Default Transition", "type": "TA"}
                ],
                "edges": [
                  {"edgeID": "1", "fromID": "a", "toID": "r"},
                  {"edgeID": "2", "fromID": "r", "toID": "b"},
                  {"edgeID": "3", "fromID": "a", "toID": "zz"}
                ]}
                """);
        assertEquals(List.of(
                "x.json:3:3: warning [aif-empty-text] node b has no text; the claim says so",
                "x.json:5:3: warning [aif-dropped] 1 TA-nodes (transitions between locutions): our model has no place for them; dropped",
                "x.json:10:3: warning [aif-dangling-edge] edge 3 names a node that does not exist (zz); ignored"),
                m.diagnostics().stream().map(Diagnostic::format).toList());
        List<Relation> rs = m.relations();
        assertEquals(1, rs.size());
        assertEquals("AIF scheme: Argument from Expert Opinion", rs.get(0).note());
        assertEquals("(empty AIF I-node b)", m.claims().get(1).text());
    }
}
