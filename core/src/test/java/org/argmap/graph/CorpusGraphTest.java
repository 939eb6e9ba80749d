package org.argmap.graph;

import static org.argmap.analysis.InlineMaps.one;
import static org.argmap.analysis.InlineMaps.propositions;
import static org.argmap.analysis.InlineMaps.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.argmap.model.Corpus;
import org.junit.jupiter.api.Test;

/** The typed JGraphT view of a corpus. */
class CorpusGraphTest {

    private static final Corpus CORPUS = one(propositions("p", "q") + source("a", """
            claims:
              - id: x
                text: X.
                evidence:
                  - quote: "in the ashes of the revolution"
                  - quote: "so the author says"
                stances:
                  - {proposition: p, stance: affirms}
              - id: y
                text: Y.
                stances:
                  - {proposition: q, stance: denies}
              - id: z
                text: Z.
            relations:
              - {id: r1, from: x, to: y, type: supports}
              - {from: y, to: x, type: supports}
              - {from: z, to: r1, type: undercuts}
              - {from: z, to: y, type: attacks}
              - {from: p, to: q, type: entails}
            """));

    @Test
    void hasTypedVerticesAndEdges() {
        CorpusGraph g = CorpusGraph.of(CORPUS);
        Map<Vertex.Kind, Long> vertices = g.graph().vertexSet().stream()
                .collect(Collectors.groupingBy(Vertex::kind, TreeMap::new, Collectors.counting()));
        assertEquals(Map.of(Vertex.Kind.SOURCE, 1L, Vertex.Kind.CLAIM, 3L, Vertex.Kind.EVIDENCE, 2L, Vertex.Kind.PROPOSITION, 2L),
                vertices);
        Map<Edge.Type, Long> edges = g.graph().edgeSet().stream()
                .collect(Collectors.groupingBy(Edge::type, TreeMap::new, Collectors.counting()));
        assertEquals(Map.of(Edge.Type.WROTE, 3L, Edge.Type.QUOTES, 2L, Edge.Type.STANCE, 2L, Edge.Type.SUPPORTS, 2L,
                Edge.Type.UNDERCUTS, 1L, Edge.Type.ATTACKS, 1L, Edge.Type.ENTAILS, 1L), edges);
    }

    @Test
    void anUndercutPointsAtTheOriginOfTheRelationItUndercuts() {
        CorpusGraph g = CorpusGraph.of(CORPUS);
        Edge u = g.claimRelations().stream().filter(e -> e.type() == Edge.Type.UNDERCUTS).findFirst().orElseThrow();
        assertEquals("a/z", g.origin(u).ref());
        assertEquals("a/x", g.destination(u).ref());
        assertEquals("r1", u.target().id());
    }

    @Test
    void findsCircularSupport() {
        assertEquals(List.of(List.of("a/x", "a/y")), CorpusGraph.of(CORPUS).supportCycles());
    }

    @Test
    void listsStancesOnAProposition() {
        CorpusGraph g = CorpusGraph.of(CORPUS);
        assertEquals(List.of("a/y"), g.stancesOn("q").stream().map(s -> s.claimRef()).toList());
        assertEquals(List.of(), g.stancesOn("nothing"));
    }
}
