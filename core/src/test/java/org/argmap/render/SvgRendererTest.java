package org.argmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.util.XMLResourceDescriptor;
import org.argmap.analysis.Analysis;
import org.argmap.analysis.AnalysisReport;
import org.argmap.analysis.Contradiction;
import org.argmap.model.Claim;
import org.argmap.model.Corpus;
import org.argmap.model.Relation;
import org.argmap.render.RenderPipeline.Request;
import org.argmap.render.RenderPipeline.View;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgRendererTest {
    private static final RenderPipeline PIPELINE = new RenderPipeline();

    @TempDir
    Path dir;

    static Document parse(String svg) throws IOException {
        SAXSVGDocumentFactory f = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName());
        return f.createDocument("file:///test.svg", new StringReader(svg));
    }

    static List<Element> elements(Document doc, String tag) {
        NodeList l = doc.getElementsByTagNameNS(SvgRenderer.SVG_NS, tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < l.getLength(); i++) {
            out.add((Element) l.item(i));
        }
        return out;
    }

    /** The text of all tspans under an element, joined by spaces. */
    static String spans(Element e) {
        NodeList l = e.getElementsByTagNameNS(SvgRenderer.SVG_NS, "tspan");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < l.getLength(); i++) {
            out.add(l.item(i).getTextContent());
        }
        return String.join(" ", out);
    }

    private static String svg(Corpus c, View v, List<String> sources) {
        return new String(PIPELINE.render(c, Request.svg(v, sources)), StandardCharsets.UTF_8);
    }

    @Test
    void renderingTwiceGivesIdenticalBytes() {
        Corpus c = Fixtures.realCorpus();
        for (View v : View.values()) {
            byte[] a = PIPELINE.render(c, Request.svg(v, List.of()));
            byte[] b = new RenderPipeline().render(c, Request.svg(v, List.of()));
            assertTrue(java.util.Arrays.equals(a, b), v + " differs between two renderings");
        }
    }

    @Test
    void parsesBackAndHoldsOneElementPerClaimWithItsId() throws IOException {
        Corpus c = Fixtures.realCorpus();
        Document doc = parse(svg(c, View.MAP, List.of("trotsky-1935")));
        Map<String, Integer> seen = new HashMap<>();
        for (Element g : elements(doc, "g")) {
            if (g.hasAttribute("data-claim") && g.getAttribute("class").startsWith("node ")) {
                seen.merge(g.getAttribute("data-claim"), 1, Integer::sum);
            }
        }
        List<Claim> claims = c.claimsOf("trotsky-1935");
        assertEquals(claims.size(), seen.size());
        for (Claim cl : claims) {
            assertEquals(1, seen.get(cl.ref()), cl.ref());
        }
    }

    @Test
    void eachRelationIsAPathCarryingItsId() throws IOException {
        Corpus c = Fixtures.realCorpus();
        Document doc = parse(svg(c, View.MAP, List.of("trotsky-1935")));
        List<String> drawn = elements(doc, "path").stream().filter(p -> p.hasAttribute("data-relation"))
                .map(p -> p.getAttribute("data-relation")).toList();
        List<String> expected = c.relations().stream().filter(r -> "trotsky-1935".equals(r.source()))
                .map(Relation::id).toList();
        assertEquals(expected, drawn);
        Element first = elements(doc, "path").stream().filter(p -> p.hasAttribute("data-relation")).findFirst().orElseThrow();
        assertTrue(first.getAttribute("class").matches("edge e-(supports|attacks)"));
        assertTrue(first.getAttribute("marker-end").startsWith("url(#m-"));
    }

    @Test
    void hasATitleADescriptionAndTextAsText() throws IOException {
        Corpus c = Fixtures.realCorpus();
        Document doc = parse(svg(c, View.MAP, List.of("trotsky-1935")));
        Element root = doc.getDocumentElement();
        assertEquals("img", root.getAttribute("role"));
        assertEquals("Increasing Oppression the Path of Bureaucracy", elements(doc, "title").get(0).getTextContent());
        assertTrue(elements(doc, "desc").get(0).getTextContent().startsWith("Argument map of trotsky-1935: " + c.claimsOf("trotsky-1935").size() + " claims"));
        String allText = String.join(" ", elements(doc, "text").stream().map(t -> {
            List<String> spans = new ArrayList<>();
            NodeList l = t.getElementsByTagNameNS(SvgRenderer.SVG_NS, "tspan");
            for (int i = 0; i < l.getLength(); i++) {
                spans.add(l.item(i).getTextContent());
            }
            return String.join(" ", spans);
        }).toList());
        assertTrue(allText.contains("Tarov, a Soviet Bolshevik-Leninist mechanic, was arrested early in 1928"), "claim text is text");
        assertFalse(elements(doc, "text").isEmpty());
        assertTrue(elements(doc, "style").get(0).getTextContent().contains("font-family:'DejaVu Sans'"));
    }

    @Test
    void hungarianAndDutchTextAppearsAsText() throws IOException {
        Corpus c = Fixtures.smallCorpus(dir);
        String svg = new String(PIPELINE.render(c, Request.svg(View.MAP, List.of()).withEvidence(true)), StandardCharsets.UTF_8);
        assertTrue(svg.contains(Fixtures.HUNGARIAN), "Hungarian accents in the claim text");
        assertTrue(svg.contains("Magyar forradalom: őszinte szavak"), "Hungarian cluster title");
        assertTrue(svg.contains("Kovács Éva"));
        assertTrue(svg.contains("Per-Åke Westerlund"));
        Document doc = parse(svg);
        Element dutch = elements(doc, "g").stream().filter(g -> "nl-b/last-congress#1".equals(g.getAttribute("data-evidence")))
                .findFirst().orElseThrow();
        assertEquals("“Het was het laatste congres van Lenin.” ‘It was Lenin's last congress.’ — statement",
                spans(dutch), "the Dutch quote, its gloss and its kind, as text");
        Element italie = elements(doc, "g").stream().filter(g -> "nl-b/last-congress#2".equals(g.getAttribute("data-evidence")))
                .findFirst().orElseThrow();
        assertTrue(spans(italie).startsWith("\u201cDe revoluties liepen op nederlagen uit in Hongarije, Duitsland, Beieren,"
                + " Oostenrijk en Italië.\u201d"), spans(italie));
        Element evidence = elements(doc, "g").stream().filter(g -> "hu-a/councils#1".equals(g.getAttribute("data-evidence")))
                .findFirst().orElseThrow();
        assertTrue(spans(evidence).startsWith("“A munkástanácsok a hatalom szervei voltak”"), spans(evidence));
    }

    @Test
    void anUndercutPointsAtAJunctionOnTheRelation() throws IOException {
        Corpus c = Fixtures.smallCorpus(dir);
        Document doc = parse(svg(c, View.MAP, List.of("hu-a")));
        Element junction = elements(doc, "g").stream().filter(g -> g.getAttribute("class").equals("node junction"))
                .findFirst().orElseThrow();
        assertEquals("r-honest", junction.getAttribute("data-relation"));
        List<Element> undercut = elements(doc, "path").stream().filter(p -> p.getAttribute("class").equals("edge e-undercuts")
                && p.hasAttribute("data-relation")).toList();
        assertEquals(1, undercut.size());
        assertEquals("hu-a/doubt", undercut.get(0).getAttribute("data-from"));
        assertEquals("r-honest", undercut.get(0).getAttribute("data-to"));
        assertEquals(2, elements(doc, "path").stream().filter(p -> "r-honest".equals(p.getAttribute("data-relation"))).count(),
                "the undercut relation is drawn in two pieces meeting at the junction");
    }

    @Test
    void comparisonMarksAgreementsContradictionsAndStances() throws IOException {
        Corpus c = Fixtures.smallCorpus(dir);
        Document doc = parse(svg(c, View.COMPARISON, List.of()));
        Map<String, String> propKinds = new HashMap<>();
        for (Element g : elements(doc, "g")) {
            if (g.hasAttribute("data-proposition") && g.getAttribute("class").startsWith("node ")) {
                propKinds.put(g.getAttribute("data-proposition"), g.getAttribute("class"));
            }
        }
        assertEquals(Map.of("p1", "node proposition-contested", "p2", "node proposition",
                "p3", "node proposition"), propKinds);
        List<String> stances = elements(doc, "path").stream().filter(p -> p.hasAttribute("data-stance"))
                .map(p -> p.getAttribute("data-source") + " " + p.getAttribute("data-stance") + " " + p.getAttribute("data-proposition"))
                .sorted().toList();
        assertEquals(List.of("en-c affirms p1", "en-c qualifies p2", "hu-a affirms p1", "hu-a affirms p2",
                "nl-b affirms p3", "nl-b denies p1"), stances);
        assertEquals(1, elements(doc, "path").stream().filter(p -> p.getAttribute("class").equals("edge e-contrary")
                && p.hasAttribute("data-relation")).count());
        List<String> legend = elements(doc, "g").stream().filter(g -> g.getAttribute("class").equals("legend-item"))
                .map(g -> g.getAttribute("data-type")).toList();
        assertTrue(legend.containsAll(List.of("affirms", "denies", "qualifies", "contrary", "proposition-contested")), legend::toString);
    }

    /** The comparison's agreed and contested frames and its subtitle say what the analysis says for the chosen sources. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"trotsky-1935 red-flag-2020", "alcoy-2016 westerlund-2019", ""})
    void theRealComparisonFramesWhatTheAnalysisFinds(String sources) throws IOException {
        Corpus c = Fixtures.realCorpus();
        List<String> chosen = sources.isEmpty() ? c.sources().stream().map(s -> s.id()).toList() : List.of(sources.split(" "));
        AnalysisReport report = Analysis.of(c);
        java.util.Set<String> agreed = new java.util.TreeSet<>();
        report.agreements().stream().filter(a -> a.sources().stream().filter(chosen::contains).count() >= 2)
                .forEach(a -> agreed.add(a.proposition()));
        java.util.Set<String> contested = new java.util.TreeSet<>();
        int contradictions = 0;
        for (Contradiction x : report.contradictions()) {
            boolean among = x.sides().stream().allMatch(side -> side.sources().stream().anyMatch(chosen::contains));
            if (!among) {
                continue;
            }
            contradictions++;
            if (x.basis() == Contradiction.Kind.DIRECT) {
                x.sides().forEach(side -> contested.add(side.proposition()));
            }
        }
        agreed.removeAll(contested);

        Document doc = parse(svg(c, View.COMPARISON, sources.isEmpty() ? List.of() : chosen));
        java.util.Set<String> drawnAgreed = new java.util.TreeSet<>();
        java.util.Set<String> drawnContested = new java.util.TreeSet<>();
        for (Element g : elements(doc, "g")) {
            if (g.getAttribute("class").equals("node proposition-agreed")) {
                drawnAgreed.add(g.getAttribute("data-proposition"));
            } else if (g.getAttribute("class").equals("node proposition-contested")) {
                drawnContested.add(g.getAttribute("data-proposition"));
            }
        }
        assertEquals(agreed, drawnAgreed);
        assertEquals(contested, drawnContested);
        String subtitle = elements(doc, "text").stream().filter(t -> t.getAttribute("class").equals("t-subtitle"))
                .map(SvgRendererTest::spans).findFirst().orElseThrow();
        long agreements = report.agreements().stream().filter(a -> a.sources().stream().filter(chosen::contains).count() >= 2).count();
        assertTrue(subtitle.endsWith(" " + agreements + " agreements, " + contradictions + " contradictions")
                || subtitle.endsWith(" " + agreements + " agreements, " + contradictions + " contradiction"), subtitle);
        assertTrue(agreements > 0, "the real corpus has agreements among " + chosen);
    }

    @Test
    void matrixHasACellPerPropositionAndSourceInCampOrder() throws IOException {
        Corpus c = Fixtures.smallCorpus(dir);
        Document doc = parse(svg(c, View.MATRIX, List.of()));
        List<String> cells = elements(doc, "g").stream().filter(g -> g.getAttribute("class").startsWith("node cell-"))
                .map(g -> g.getAttribute("data-proposition") + "/" + g.getAttribute("data-source") + "="
                        + g.getAttribute("class").substring("node ".length()))
                .toList();
        assertEquals(List.of(
                "p1/en-c=cell-affirms", "p1/hu-a=cell-affirms", "p1/nl-b=cell-denies",
                "p2/en-c=cell-qualifies-implied", "p2/hu-a=cell-affirms", "p2/nl-b=cell-empty",
                "p3/en-c=cell-empty", "p3/hu-a=cell-empty", "p3/nl-b=cell-affirms"), cells);
        Element cell = elements(doc, "g").stream().filter(g -> "p1".equals(g.getAttribute("data-proposition"))
                && "nl-b".equals(g.getAttribute("data-source")) && g.hasAttribute("data-claims")).findFirst().orElseThrow();
        assertEquals("nl-b/last-congress", cell.getAttribute("data-claims"));
        List<String> camps = elements(doc, "g").stream().filter(g -> g.getAttribute("class").equals("cluster camp"))
                .map(g -> g.getAttribute("data-tradition")).toList();
        assertEquals(List.of("camp-one", "camp-two"), camps);
    }

    @Test
    void theMatrixKeepsAGivenSourceOrder() throws IOException {
        Corpus c = Fixtures.smallCorpus(dir);
        Request r = new Request(View.MATRIX, List.of("nl-b", "hu-a"), true, RenderPipeline.Format.SVG, Theme.standard(), 0, 96, false);
        Document doc = parse(new String(PIPELINE.render(c, r), StandardCharsets.UTF_8));
        List<String> cols = elements(doc, "g").stream().filter(g -> g.getAttribute("class").equals("node column-header"))
                .map(g -> g.getAttribute("data-source")).toList();
        assertEquals(List.of("nl-b", "hu-a"), cols);
    }

    @Test
    void noViewUsesStyleAttributesWhichAPageSecurityPolicyWouldBlock() throws IOException {
        Corpus c = Fixtures.realCorpus();
        for (View v : View.values()) {
            List<String> sources = v == View.MAP ? List.of("trotsky-1935") : List.of("trotsky-1935", "red-flag-2020");
            NodeList all = parse(svg(c, v, sources)).getElementsByTagName("*");
            assertTrue(all.getLength() > 50, v.toString());
            for (int i = 0; i < all.getLength(); i++) {
                assertFalse(((Element) all.item(i)).hasAttribute("style"), () -> v + " has a style attribute");
            }
        }
    }

    @Test
    void thePrintThemeUsesNoColour() {
        Corpus c = Fixtures.realCorpus();
        Request r = Request.svg(View.COMPARISON, List.of("trotsky-1935", "red-flag-2020")).withTheme(Theme.print());
        String svg = new String(PIPELINE.render(c, r), StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})").matcher(svg);
        int colours = 0;
        while (m.find()) {
            colours++;
            assertEquals(m.group(1), m.group(2), m.group());
            assertEquals(m.group(2), m.group(3), m.group());
        }
        assertTrue(colours > 10);
        assertNotNull(Theme.named("print"));
    }
}
