package org.argmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusIndexTest {

    @Test
    void shouldIndexDefinitionsAndReferencesWithTheirExactColumns() {
        String src = """
                source:
                  id: s1
                claims:
                  - id: c1
                    text: t
                    stances:
                      - proposition: "p1"
                relations:
                  - from: c1
                    to: s2/c9
                    type: supports
                """;
        CorpusIndex.FileIndex f = CorpusIndex.indexFile("a.yaml", src, LoaderLimits.DEFAULT);
        CorpusIndex idx = new CorpusIndex(List.of(f));
        assertEquals("s1", f.sourceId());
        CorpusIndex.Occurrence def = idx.definitions("claim:s1/c1").get(0);
        assertEquals(4, def.line());
        assertEquals(9, def.column());
        CorpusIndex.Occurrence p = idx.occurrences("proposition:p1").get(0);
        assertEquals(7, p.line());
        assertEquals(23, p.column(), "the id, not its quote");
        CorpusIndex.Occurrence q = idx.at("a.yaml", 10, 13);
        assertEquals("claim:s2/c9", q.key());
        assertEquals(2, q.length());
        assertEquals("source:s2", idx.at("a.yaml", 10, 9).key());
        assertEquals(2, idx.occurrences("claim:s1/c1").size());
        assertNull(CorpusIndex.indexFile("b.yaml", "a: [unclosed", LoaderLimits.DEFAULT));
    }
}
