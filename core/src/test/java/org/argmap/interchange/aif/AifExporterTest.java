package org.argmap.interchange.aif;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.argmap.export.CorpusJson;
import org.argmap.interchange.Corpora;
import org.argmap.model.Corpus;
import org.argmap.model.RelationType;
import org.argmap.model.StanceType;
import org.junit.jupiter.api.Test;

class AifExporterTest {

    @Test
    void exportsTheRealCorpusWithOneSchemeNodePerRelationAndStance() {
        Corpus c = Corpora.real();
        JsonNode aif = AifExporter.export(c);
        assertEquals(CorpusJson.write(aif), CorpusJson.write(AifExporter.export(c)), "deterministic");
        Map<String, Long> types = new TreeMap<>();
        for (JsonNode n : aif.get("nodes")) {
            types.merge(n.get("type").asText(), 1L, Long::sum);
        }
        // the real corpus has no linked groups; every proposition is an I-node of its own unless exactly one claim affirms it
        Map<String, Integer> affirming = new HashMap<>();
        c.stances().stream().filter(s -> s.type() == StanceType.AFFIRMS).forEach(s -> affirming.merge(s.proposition(), 1, Integer::sum));
        java.util.Set<String> used = new java.util.HashSet<>();
        c.stances().forEach(s -> used.add(s.proposition()));
        c.relations().stream().filter(r -> !r.type().betweenClaims()).forEach(r -> {
            used.add(r.from());
            used.add(r.to());
        });
        long ownNodes = used.stream().filter(p -> affirming.getOrDefault(p, 0) != 1).count();
        long represented = used.size() - ownNodes;
        long ra = c.relations().stream().filter(r -> r.type() == RelationType.SUPPORTS || r.type() == RelationType.ENTAILS).count();
        long ca = c.relations().stream().filter(r -> r.type().isAttack() || r.type() == RelationType.CONTRADICTS
                || r.type() == RelationType.CONTRARY).count() + c.stances().stream().filter(s -> s.type() == StanceType.DENIES).count();
        long ma = c.relations().stream().filter(r -> r.type() == RelationType.EQUIVALENT).count()
                + c.stances().stream().filter(s -> s.type() == StanceType.AFFIRMS).count() - represented;
        assertEquals(c.claims().size() + ownNodes, (long) types.get("I"));
        assertEquals(ra, (long) types.getOrDefault("RA", 0L));
        assertEquals(ca, (long) types.getOrDefault("CA", 0L));
        assertEquals(ma, (long) types.getOrDefault("MA", 0L));
        assertEquals(c.claims().size(), (long) types.get("L"));
        assertEquals(c.sources().size(), aif.get("participants").size());
        assertEquals(c.claims().size(), aif.get("locutions").size());
    }
}
