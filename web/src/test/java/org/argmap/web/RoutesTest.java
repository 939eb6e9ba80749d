package org.argmap.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.sse.SseClient;
import io.micronaut.http.sse.Event;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.argmap.analysis.Analysis;
import org.argmap.analysis.ReportJson;
import org.argmap.export.CorpusJson;
import org.argmap.load.CorpusLoader;
import org.argmap.load.LoadResult;
import org.argmap.model.Claim;
import org.argmap.model.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import reactor.core.publisher.Flux;

/**
 * Every route of the server over a temporary copy of the bundled corpus plus a hostile source
 * whose strings try to inject markup. Expected values come from the core run on the same files.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoutesTest implements TestPropertyProvider {

    static final TestCorpus CORPUS = TestCorpus.create("routes", true);
    static final LoadResult LOADED = new CorpusLoader().load(List.of(CORPUS.maps()));
    static final Corpus C = LOADED.corpus();

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    @Client("/")
    SseClient sse;

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        // A first PNG can take many seconds on a busy two-core machine; pages wait for their drawings and the analysis.
        return Map.of("argmap.paths", CORPUS.maps().toString(), "argmap.watch", "false", "micronaut.http.client.read-timeout", "120s",
                "argmap.page-wait", "120s");
    }

    private long renderings() {
        return server.getApplicationContext().getBean(RenderingDrawingService.class).renderings();
    }

    private Http.Response get(String path) {
        return Http.get(client, path);
    }

    private static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    /** The values of {@code data-NAME} on all elements of an SVG document. */
    private static Set<String> data(Document svg, String name) {
        Set<String> out = new TreeSet<>();
        NodeList all = svg.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.hasAttribute("data-" + name)) {
                out.add(e.getAttribute("data-" + name));
            }
        }
        return out;
    }

    @Test
    void theCorpusCopyLoadsCleanly() {
        assertEquals(List.of(), LOADED.diagnostics());
        assertEquals(6, C.sources().size());
    }

    // ------------------------------------------------------------ pages

    @Test
    void indexListsEverySourceWithItsCountsAndTheFindings() throws Exception {
        Http.Response r = get("/");
        assertEquals(200, r.status());
        assertEquals("text/html;charset=utf-8", r.header("Content-Type"));
        String html = r.text();
        for (var s : C.sources()) {
            int claims = C.claimsOf(s.id()).size();
            int quotes = C.claimsOf(s.id()).stream().mapToInt(c -> c.evidence().size()).sum();
            Matcher m = Pattern.compile("<tr data-source=\"" + s.id() + "\">.*?</tr>", Pattern.DOTALL).matcher(html);
            assertTrue(m.find(), s.id());
            assertTrue(m.group().contains("<td class=\"num\">" + claims + "</td><td class=\"num\">" + quotes + "</td>"), s.id());
        }
        var report = Analysis.of(C);
        assertTrue(html.contains("Contradictions (" + report.contradictions().size() + ")"));
        assertTrue(html.contains("Agreements (" + report.agreements().size() + ")"));
        for (int i = 1; i <= report.contradictions().size(); i++) {
            assertTrue(html.contains("href=\"/contradictions/" + i + "\""), "contradiction " + i);
        }
        for (var p : C.propositions()) {
            assertTrue(html.contains("<tr data-proposition=\"" + p.id() + "\">"), p.id());
        }
    }

    @Test
    void mapPageInlinesTheSvgAndMarksEveryFoundQuoteInTheText() throws Exception {
        String html = get("/maps/trotsky-1935").text();
        Document svg = xml(get("/maps/trotsky-1935.svg").body());
        // The inline drawing is the served one, without its XML declaration.
        String served = get("/maps/trotsky-1935.svg").text();
        assertTrue(html.contains(Inline.svg(served)));
        Set<String> claims = C.claimsOf("trotsky-1935").stream().map(Claim::ref).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(claims, data(svg, "claim"));
        // One hidden card per claim, and every quote of the source marked in the text by its evidence id.
        for (Claim c : C.claimsOf("trotsky-1935")) {
            assertTrue(html.contains("<article class=\"claim-card\" data-ref=\"" + c.ref() + "\">"), c.ref());
            for (var e : c.evidence()) {
                assertTrue(Pattern.compile("<span class=\"q\" data-evidence=\"[^\"]*" + Pattern.quote(e.id()) + "[ \"]")
                        .matcher(html).find(), e.id());
            }
        }
    }

    @Test
    void theTextMarksAQuoteExactlyAtItsCodePointOffsets() {
        String html = get("/maps/trotsky-1935").text();
        var e = C.claimsOf("trotsky-1935").get(0).evidence().get(0);
        String span = "<span class=\"q\" data-evidence=\"" + e.id() + "\" data-claims=\"" + e.source() + "/" + e.claim() + "\">"
                + Html.esc(e.quote()) + "</span>";
        assertTrue(html.contains(span), span);
    }

    @Test
    void comparePageKeepsOnlyDisputedPropositionsWhenAsked() {
        List<String> two = List.of("alcoy-2016", "red-flag-2020");
        Set<String> disputed = Disagreements.propositions(C, two);
        assertFalse(disputed.isEmpty());
        String html = get("/compare?sources=alcoy-2016&sources=red-flag-2020&disagreements=true").text();
        Matcher m = Pattern.compile("<tr data-proposition=\"([^\"]+)\"").matcher(html);
        Set<String> rows = new TreeSet<>();
        while (m.find()) {
            rows.add(m.group(1));
        }
        assertEquals(new TreeSet<>(disputed), rows);
        assertTrue(html.contains("name=\"sources\" value=\"alcoy-2016\" checked"));
        assertTrue(html.contains("name=\"sources\" value=\"trotsky-1935\">"));
        assertTrue(html.contains("name=\"disagreements\" value=\"true\" checked"));
    }

    @Test
    void comparePageNamesUnknownSourcesInsteadOfFailing() {
        Http.Response r = get("/compare?sources=alcoy-2016,no-such-source");
        assertEquals(200, r.status());
        assertTrue(r.text().contains("Unknown source: no-such-source"));
    }

    @Test
    void aComparisonOfOneSourceIsABadRequestAndTheComparePageSaysSo() {
        Http.Response svg = get("/compare.svg?sources=alcoy-2016");
        assertEquals(400, svg.status());
        assertTrue(svg.text().startsWith("a comparison needs two or more sources"), svg.text());
        String page = get("/compare?sources=alcoy-2016").text();
        assertTrue(page.contains("Choose two or more sources to draw a comparison."));
        assertFalse(page.contains("<svg"));
    }

    @Test
    void matrixPageHasOneDetailPerNonEmptyCell() {
        String html = get("/matrix").text();
        long cells = C.stances().stream().map(s -> s.source() + "|" + s.proposition()).distinct().count();
        assertEquals(cells, Pattern.compile("<article class=\"cell-detail\"").matcher(html).results().count());
        assertTrue(html.contains("data-cell-source=\"trotsky-1935\" data-cell-proposition=\"ussr-workers-state\""));
    }

    @Test
    void contradictionPagesFollowTheReportOrder() {
        var report = Analysis.of(C);
        for (int i = 1; i <= report.contradictions().size(); i++) {
            var c = report.contradictions().get(i - 1);
            String html = get("/contradictions/" + i).text();
            for (String line : c.explanation()) {
                assertTrue(html.contains("<li>" + Html.esc(line) + "</li>"), "contradiction " + i + ": " + line);
            }
            for (var side : c.sides()) {
                for (var cc : side.claims()) {
                    for (var q : cc.quotes()) {
                        assertTrue(html.contains(Html.esc("\u201c" + q.text() + "\u201d")), q.id());
                    }
                }
            }
        }
        assertEquals(404, get("/contradictions/0").status());
        assertEquals(404, get("/contradictions/" + (report.contradictions().size() + 1)).status());
        assertEquals(404, get("/contradictions/first").status());
    }

    @Test
    void searchFindsWordsWithoutCaseOrAccentsAndCountsFacets() throws Exception {
        JsonNode r = new ObjectMapper().readTree(get("/api/search?q=KOSSIOR").body());
        List<String> expectedClaims = C.claims().stream().filter(c -> c.text().toLowerCase().contains("kossior")
                || c.tags().contains("kossior") || (c.note() != null && c.note().toLowerCase().contains("kossior")))
                .map(Claim::ref).toList();
        List<String> expectedQuotes = C.evidence().stream().filter(e -> (e.quote() + " " + e.note() + " " + e.gloss() + " "
                + e.speaker()).toLowerCase().contains("kossior")).map(e -> e.id()).toList();
        List<String> claims = new ArrayList<>();
        List<String> quotes = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        r.get("hits").forEach(h -> (switch (h.get("type").asText()) {
            case "claim" -> claims;
            case "quote" -> quotes;
            default -> sources;
        }).add(h.get("id").asText()));
        assertFalse(expectedClaims.isEmpty());
        assertEquals(expectedClaims, claims);
        assertEquals(expectedQuotes, quotes);
        assertEquals(expectedClaims.size(), r.get("facets").get("type").path("claim").asInt());
        // Filtering by type keeps the type facet's counts and narrows the hits.
        JsonNode onlyQuotes = new ObjectMapper().readTree(get("/api/search?q=kossior&type=quote").body());
        assertEquals(expectedQuotes.size(), onlyQuotes.get("count").asInt());
        assertEquals(expectedClaims.size(), onlyQuotes.get("facets").get("type").path("claim").asInt());
        // Accents: the Dutch source's title has "bureaucratisering"; the author's name has no accent to fold, Tengely-Evans' has one.
        JsonNode tomas = new ObjectMapper().readTree(get("/api/search?q=tomas&type=source").body());
        assertEquals("tengely-evans-2016", tomas.get("hits").get(0).get("id").asText());
        assertEquals(1, tomas.get("count").asInt());
        String page = get("/search?q=kossior").text();
        assertTrue(page.contains((expectedClaims.size() + expectedQuotes.size() + sources.size()) + " results"));
        assertTrue(page.contains("<mark>"));
    }

    // ------------------------------------------------------------ drawings

    @Test
    void drawingsAreSvgPngAndPdf() throws Exception {
        Http.Response svg = get("/maps/alcoy-2016.svg");
        assertEquals(200, svg.status());
        assertEquals("image/svg+xml", svg.header("Content-Type"));
        assertEquals("svg", xml(svg.body()).getDocumentElement().getLocalName());
        assertNull(svg.header("Content-Disposition"));
        assertEquals(Security.DRAWING, svg.header("Content-Security-Policy"));

        Http.Response png = get("/matrix.png");
        assertEquals(200, png.status());
        assertEquals("image/png", png.header("Content-Type"));
        assertEquals("attachment; filename=\"matrix.png\"", png.header("Content-Disposition"));
        var image = ImageIO.read(new ByteArrayInputStream(png.body()));
        assertNotNull(image);
        assertTrue(image.getWidth() > 200);

        Http.Response pdf = get("/compare.pdf?sources=alcoy-2016,trotsky-1935");
        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.header("Content-Type"));
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
        assertEquals("attachment; filename=\"comparison.pdf\"", pdf.header("Content-Disposition"));
    }

    @Test
    void comparisonDrawsTheChosenSourcesOnly() throws Exception {
        Document svg = xml(get("/compare.svg?sources=alcoy-2016,red-flag-2020").body());
        Set<String> sources = data(svg, "source");
        assertEquals(Set.of("alcoy-2016", "red-flag-2020"), sources);
    }

    @Test
    void comparisonWithDisagreementsOnlyDrawsOnlyDisputedPropositions() throws Exception {
        List<String> two = List.of("alcoy-2016", "red-flag-2020");
        Document all = xml(get("/compare.svg?sources=alcoy-2016,red-flag-2020").body());
        Document some = xml(get("/compare.svg?sources=alcoy-2016,red-flag-2020&disagreements=true").body());
        Set<String> disputed = Disagreements.propositions(C, two);
        assertEquals(new TreeSet<>(disputed), data(some, "proposition"));
        assertTrue(data(all, "proposition").size() > disputed.size());
    }

    @Test
    void theOrderOfTheComparedSourcesMakesOneDrawing() {
        byte[] ab = get("/compare.svg?sources=red-flag-2020,alcoy-2016").body();
        long before = renderings();
        assertArrayEquals(ab, get("/compare.svg?sources=alcoy-2016&sources=red-flag-2020&sources=alcoy-2016").body());
        assertEquals(before, renderings(), "the second order was answered from the cache");
    }

    @Test
    void headRequestsGetTheHeadersAlone() throws IOException {
        Http.Response r = Http.raw(server.getURL(), "HEAD", "/maps/trotsky-1935.svg", "localhost");
        assertEquals(200, r.status());
        String text = r.text();
        assertTrue(text.contains("ETag: \""), text);
        assertFalse(text.contains("<svg"), text);
    }

    @Test
    void matrixDrawingHasACellForEveryStanceTaken() throws Exception {
        Document svg = xml(get("/matrix.svg").body());
        Set<String> propositions = data(svg, "proposition");
        Set<String> expected = C.stances().stream().map(s -> s.proposition()).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(propositions.containsAll(expected), "missing " + expected);
    }

    @Test
    void unknownSourcesAreNotFound() {
        assertEquals(404, get("/maps/no-such-source").status());
        assertEquals(404, get("/maps/no-such-source.svg").status());
        assertEquals(404, get("/maps/no-such-source.pdf").status());
        Http.Response r = get("/compare.svg?sources=no-such-source");
        assertEquals(404, r.status());
        assertTrue(r.text().startsWith("unknown source 'no-such-source'"));
    }

    // ------------------------------------------------------------ JSON and the API description

    @Test
    void apiCorpusIsExportJsonByteForByte() {
        Http.Response r = get("/api/corpus");
        assertEquals("application/json", r.header("Content-Type"));
        // what `argmap export json` writes, file paths relative to the corpus root (the server was given an absolute path)
        assertArrayEquals(CorpusJson.write(DisplayPaths.of(LOADED.files()).json(CorpusJson.toJson(C))).getBytes(StandardCharsets.UTF_8),
                r.body());
        assertFalse(r.text().contains(CORPUS.root.toString()));
    }

    @Test
    void apiReportIsAnalyzeJsonByteForByte() {
        assertArrayEquals(ReportJson.write(DisplayPaths.of(LOADED.files()).json(ReportJson.toJson(Analysis.of(C))))
                .getBytes(StandardCharsets.UTF_8), get("/api/report").body());
    }

    @Test
    void apiDiagnosticsReportsACleanLoad() throws Exception {
        JsonNode d = new ObjectMapper().readTree(get("/api/diagnostics").body());
        assertEquals(0, d.get("errors").asInt());
        assertFalse(d.get("stale").asBoolean());
        assertEquals(8, d.get("files").size());
    }

    @Test
    void everyPathOfTheOpenApiDocumentIsServed() throws Exception {
        Http.Response r = get("/openapi.yaml");
        assertEquals(200, r.status());
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(r.body());
        assertEquals("3.0.3", doc.get("openapi").asText());
        List<String> paths = new ArrayList<>();
        doc.get("paths").fieldNames().forEachRemaining(paths::add);
        assertEquals(22, paths.size());
        for (String p : paths) {
            if (p.equals("/events")) {
                continue;
            }
            String concrete = p.replace("{sourceId}", "westerlund-2019").replace("{id}", "1");
            Http.Response x = get(concrete);
            assertEquals(200, x.status(), concrete);
        }
    }

    @Test
    void eventsAnnounceTheCurrentVersionFirst() {
        String version = Pattern.compile("data-version=\"([0-9a-f]+)\"").matcher(get("/").text()).results()
                .findFirst().orElseThrow().group(1);
        Event<String> first = Flux.from(sse.eventStream("/events", String.class)).blockFirst(java.time.Duration.ofSeconds(10));
        assertEquals("corpus", first.getName());
        assertEquals("{\"version\":\"" + version + "\",\"errors\":0,\"stale\":false}", first.getData());
    }

    // ------------------------------------------------------------ caching

    @ParameterizedTest
    @ValueSource(strings = {"/", "/maps/trotsky-1935", "/maps/trotsky-1935.svg", "/compare.svg", "/matrix.svg", "/api/corpus",
        "/api/report", "/search?q=hungary", "/openapi.yaml"})
    void answersNotModifiedToItsOwnEntityTag(String path) {
        Http.Response first = get(path);
        String etag = first.header("ETag");
        assertNotNull(etag, path);
        assertEquals("no-cache", first.header("Cache-Control"));
        Http.Response again = Http.exchange(client, HttpRequest.GET(path).header("If-None-Match", etag));
        assertEquals(304, again.status(), path);
        assertEquals(0, again.body().length);
        Http.Response other = Http.exchange(client, HttpRequest.GET(path).header("If-None-Match", "\"something-else\""));
        assertEquals(200, other.status());
        assertArrayEquals(first.body(), other.body());
    }

    @Test
    void answersStrictAcceptHeadersWithTheRightType() {
        for (String[] c : new String[][] {{"/", "text/html"}, {"/maps/alcoy-2016", "text/html"}, {"/maps/alcoy-2016.svg", "image/svg+xml"},
            {"/matrix.svg", "image/svg+xml"}, {"/api/corpus", "application/json"}, {"/openapi.yaml", "application/yaml"}}) {
            Http.Response r = Http.exchange(client, HttpRequest.GET(c[0]).header("Accept", c[1]));
            assertEquals(200, r.status(), c[0]);
            assertTrue(r.header("Content-Type").startsWith(c[1]), c[0]);
        }
    }

    @Test
    void aDrawingIsRenderedOncePerCorpus() {
        byte[] a = get("/maps/red-flag-2020.svg").body();
        long before = renderings();
        byte[] b = get("/maps/red-flag-2020.svg").body();
        assertArrayEquals(a, b);
        assertEquals(before, renderings(), "the second answer came from the cache");
    }

    // ------------------------------------------------------------ security

    @ParameterizedTest
    @ValueSource(strings = {
        "/maps/..%2F..%2Fetc%2Fpasswd.svg",
        "/maps/..%2f..%2f..%2f..%2fetc%2fpasswd",
        "/maps/%2e%2e%2f%2e%2e%2fetc%2fpasswd.svg",
        "/maps/%2e%2e/%2e%2e/etc/passwd.svg",
        "/maps/%252e%252e%252f%252e%252e%252fetc%252fpasswd.svg",
        "/maps/..%252F..%252Fetc%252Fpasswd.svg",
        "/maps/..%5c..%5c..%5cetc%5cpasswd.svg",
        "/maps/....%2F%2F....%2F%2Fetc%2Fpasswd.svg",
        "/maps/%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%afetc%c0%afpasswd.svg",
        "/static/..%2f..%2f..%2f..%2fetc%2fpasswd",
        "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/static/..%2fapplication.properties",
        "/static/%2e%2e%2fapplication.properties",
        "/static/%252e%252e%252fapplication.properties",
        "/static/..%2f..%2forg%2fargmap%2fweb%2fSnapshot.class",
        "/maps/..%2F..%2Fargmaps%2Ftrotsky-1935.yaml.svg",
        "/maps/..%2F..%2Fseeds%2Ftrotsky-1935.txt"})
    void pathTraversalReachesNoFile(String path) throws IOException {
        for (Http.Response r : List.of(get(path), Http.raw(server.getURL(), "GET", path, "localhost"))) {
            assertTrue(r.status() == 404 || r.status() == 400, path + " -> " + r.status());
            String body = r.text();
            assertFalse(body.contains("root:"), path);
            assertFalse(body.contains("micronaut.server"), path);
            assertFalse(body.contains("Tarov"), path);
            assertFalse(body.contains("CAFEBABE") || body.contains("\u00ca\u00fe\u00ba\u00be"), path);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/static/../../../../etc/passwd", "/maps/../../../etc/passwd.svg", "/static/../application.properties",
        "/static/./../../argmaps/trotsky-1935.yaml"})
    void unnormalisedDotSegmentsReachNoFile(String target) throws IOException {
        Http.Response r = Http.raw(server.getURL(), "GET", target, "localhost");
        assertTrue(r.status() == 404 || r.status() == 400, target + " -> " + r.status());
        assertFalse(r.text().contains("root:"));
        assertFalse(r.text().contains("micronaut.server"));
        assertFalse(r.text().contains("claims:"));
    }

    @Test
    void staticFilesAreServedFromTheClasspathOnly() {
        Http.Response js = get("/static/app.js");
        assertEquals(200, js.status());
        assertTrue(js.text().startsWith("// Argmap browser"));
        assertEquals(404, get("/static/app.js.map").status());
    }

    @Test
    void hostileClaimTextIsEscapedInPages() {
        String page = get("/maps/hostile-2024").text();
        assertFalse(page.contains("<script>window.pwned"), "raw script in the page");
        assertFalse(page.contains("<img src=x"), "raw img in the page");
        assertFalse(page.contains("<b>Mallory"));
        assertFalse(page.contains("<svg onload"));
        assertTrue(page.contains("&lt;script&gt;window.pwned=&#39;claim&#39;&lt;/script&gt;&lt;img src=x onerror=&quot;window.pwned=&#39;img&#39;&quot;&gt; is a claim"));
        assertTrue(page.contains("<title>Hostile &lt;/title&gt;&lt;script&gt;"));
        // The quote is marked in the text and escaped there too.
        assertTrue(page.contains("data-claims=\"hostile-2024/script-claim\">&lt;script&gt;window.pwned=&#39;quote&#39;&lt;/script&gt;</span>"));
        for (String path : List.of("/", "/compare", "/matrix", "/search?q=script", "/contradictions/1")) {
            String html = get(path).text();
            assertFalse(html.contains("<script>window"), path);
            assertFalse(html.contains("<img src=x"), path);
        }
        String search = get("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E").text();
        assertTrue(search.contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\""));
        assertFalse(search.contains("<script>alert(1)"));
        String missing = get("/maps/%3Cscript%3Ealert(1)%3C%2Fscript%3E").text();
        assertFalse(missing.contains("<script>alert(1)"));
    }

    @Test
    void hostileClaimTextIsEscapedInTheSvg() throws Exception {
        Http.Response r = get("/maps/hostile-2024.svg");
        String raw = r.text();
        assertFalse(raw.contains("<script"), "raw script in the SVG");
        assertFalse(raw.contains("<img"), "raw img in the SVG");
        Document svg = xml(r.body());
        assertEquals(0, svg.getElementsByTagNameNS("*", "script").getLength());
        assertEquals(0, svg.getElementsByTagNameNS("*", "img").getLength());
        // Attributes hold the text, decoded by the XML parser into exactly what the map says.
        assertTrue(data(svg, "claim").contains("hostile-2024/script-claim"));
        assertTrue(svg.getDocumentElement().getTextContent().contains("<script>window.pwned='claim'</script>"));
    }

    @Test
    void pagesCarryAPolicyWithoutInlineScriptAndHashesForTheDrawingStyle() throws Exception {
        for (String path : List.of("/", "/maps/westerlund-2019", "/compare", "/matrix", "/search?q=x", "/contradictions/2")) {
            Http.Response r = get(path);
            String csp = r.header("Content-Security-Policy");
            assertNotNull(csp, path);
            assertTrue(csp.contains("script-src 'self';"), path + ": " + csp);
            assertFalse(csp.contains("unsafe-inline"), path);
            assertFalse(csp.contains("unsafe-eval"), path);
            assertEquals("nosniff", r.header("X-Content-Type-Options"));
            String html = r.text();
            // Every script element has a src and nothing else inside; no inline event handler anywhere.
            Matcher scripts = Pattern.compile("<script\\b([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(html);
            int n = 0;
            while (scripts.find()) {
                n++;
                assertTrue(scripts.group(1).contains("src=\"/static/app.js\""), path);
                assertEquals("", scripts.group(2), path);
            }
            assertEquals(1, n, path);
            assertFalse(Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find(), path);
            // No style attribute either: the policy would block it.
            assertFalse(Pattern.compile("<[^>]*\\sstyle\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find(), path);
            // Each inline style element is allowed by its hash, and only those.
            Matcher styles = Pattern.compile("<style\\b[^>]*>(.*?)</style>", Pattern.DOTALL).matcher(html);
            while (styles.find()) {
                String hash = "sha256-" + Base64.getEncoder().encodeToString(
                        MessageDigest.getInstance("SHA-256").digest(styles.group(1).getBytes(StandardCharsets.UTF_8)));
                assertTrue(csp.contains("'" + hash + "'"), path + " lacks " + hash);
                assertFalse(styles.group(1).contains("CDATA"), path);
            }
        }
    }

    @Test
    void refusesForeignHostNames() throws IOException {
        Http.Response r = Http.raw(server.getURL(), "GET", "/api/corpus", "evil.example");
        assertEquals(403, r.status());
        assertFalse(r.text().contains("\"sources\""));
        assertEquals(200, Http.raw(server.getURL(), "GET", "/api/corpus", "localhost:" + server.getPort()).status());
        assertEquals(200, Http.raw(server.getURL(), "GET", "/api/corpus", "127.0.0.1:" + server.getPort()).status());
    }

    @Test
    void isReadOnly() throws Exception {
        Map<String, String> before = fingerprint(CORPUS.root);
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            for (String path : List.of("/", "/maps/trotsky-1935", "/maps/trotsky-1935.svg", "/api/corpus", "/static/app.js")) {
                Http.Response r = Http.raw(server.getURL(), method, path, "localhost");
                assertTrue(r.status() == 405 || r.status() == 404 || r.status() == 403, method + " " + path + " -> " + r.status());
            }
        }
        assertEquals(before, fingerprint(CORPUS.root));
    }

    private static Map<String, String> fingerprint(Path root) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Iterator<Path> it = s.iterator(); it.hasNext();) {
                Path p = it.next();
                if (Files.isRegularFile(p)) {
                    out.put(root.relativize(p).toString(), Snapshot.sha256(Files.readAllBytes(p)));
                }
            }
        }
        return out;
    }

    @Test
    void unknownSourcesAndPathsGetAnEscapedNotFoundPageAndUnknownApiRoutesJson() {
        Http.Response r = get("/maps/no%3Cb%3Esuch");
        assertEquals(404, r.status());
        assertEquals("text/html;charset=utf-8", r.header("Content-Type"));
        assertTrue(r.text().contains("<code>/maps/no%3Cb%3Esuch</code>"), r.text());
        Http.Response other = get("/no/such/page%3Cscript%3E");
        assertEquals(404, other.status());
        assertEquals("text/html;charset=utf-8", other.header("Content-Type"));
        assertFalse(other.text().contains("<script>"), other.text());
        Http.Response api = get("/api/nothing");
        assertEquals(404, api.status());
        assertEquals("application/json", api.header("Content-Type"));
    }
}
