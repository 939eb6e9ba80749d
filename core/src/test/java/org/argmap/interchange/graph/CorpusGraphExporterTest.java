package org.argmap.interchange.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.argmap.interchange.Corpora;
import org.argmap.model.Corpus;
import org.argmap.model.RelationType;
import org.argmap.testing.Tools;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class CorpusGraphExporterTest {

    private static int expectedEdges(Corpus c) {
        long undercut = c.relations().stream().filter(r -> r.type() == RelationType.UNDERCUTS).map(r -> r.to()).distinct().count();
        return (int) (c.relations().size() + undercut + c.stances().size());
    }

    @Test
    void graphmlDeclaresTypedKeysAndHoldsEveryClaimAndRelation() throws Exception {
        Corpus c = Corpora.real();
        String xml = CorpusGraphExporter.graphml(c);
        assertEquals(xml, CorpusGraphExporter.graphml(c), "deterministic");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader(xml)));
        NodeList keys = doc.getElementsByTagNameNS("*", "key");
        Map<String, String> types = new HashMap<>();
        for (int i = 0; i < keys.getLength(); i++) {
            Element k = (Element) keys.item(i);
            types.put(k.getAttribute("for") + ":" + k.getAttribute("attr.name"), k.getAttribute("attr.type"));
        }
        assertEquals("string", types.get("node:label"));
        assertEquals("int", types.get("node:quotes"));
        assertEquals("boolean", types.get("edge:implied"));
        assertEquals("string", types.get("edge:type"));
        int nodes = doc.getElementsByTagNameNS("*", "node").getLength();
        int edges = doc.getElementsByTagNameNS("*", "edge").getLength();
        assertEquals(CorpusGraphExporter.graph(c).vertexSet().size(), nodes);
        assertTrue(nodes >= c.claims().size());
        assertEquals(expectedEdges(c), edges);
    }

    @Test
    void dotReadsBackWithJGraphTAndRendersWithGraphviz(@TempDir Path dir) throws IOException, InterruptedException {
        Corpus c = Corpora.real();
        String dot = CorpusGraphExporter.dot(c);
        assertEquals(dot, CorpusGraphExporter.dot(c), "deterministic");
        Graph<String, DefaultEdge> g = new DirectedPseudograph<>(SupplierUtil.createStringSupplier(), SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
        DOTImporter<String, DefaultEdge> im = new DOTImporter<>();
        Map<String, Map<String, Attribute>> attrs = new HashMap<>();
        im.addVertexAttributeConsumer((p, a) -> attrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a));
        im.importGraph(g, new StringReader(dot));
        assertEquals(CorpusGraphExporter.graph(c).vertexSet().size(), g.vertexSet().size());
        assertEquals(expectedEdges(c), g.edgeSet().size());
        assertTrue(attrs.values().stream().anyMatch(m -> m.get("shape").getValue().equals("box")));

        Tools.require(new File("/usr/bin/dot").canExecute() || new File("/usr/local/bin/dot").canExecute(),
                "Graphviz dot not installed (apt-get install graphviz)");
        Path in = dir.resolve("g.dot");
        Files.writeString(in, dot, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("dot", "-Tsvg", in.toString(), "-o", dir.resolve("g.svg").toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), log);
        assertTrue(Files.readString(dir.resolve("g.svg")).contains("<svg"));
    }
}
