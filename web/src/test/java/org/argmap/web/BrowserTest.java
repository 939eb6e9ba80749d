package org.argmap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.argmap.model.Claim;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser: Debian's Chromium, headless, driven by Selenium through Debian's
 * chromedriver (no download). Skipped, with a message, only when /usr/bin/chromium is absent.
 * Screenshots go to {@code target/screenshots/}.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest implements TestPropertyProvider {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target", "screenshots");
    static final TestCorpus CORPUS = TestCorpus.create("browser", true);
    static final Path TROTSKY = CORPUS.map("trotsky-1935");
    static final String ORIGINAL = CORPUS.read(TROTSKY);
    static final String CLAIM_REF = "trotsky-1935/tarov-persecuted";

    @Inject
    EmbeddedServer server;

    @Inject
    CorpusService corpus;

    WebDriver driver;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("argmap.paths", CORPUS.maps().toString(), "argmap.debounce", "50ms", "argmap.page-wait", "120s");
    }

    @BeforeAll
    void startChromium() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM);
        String missing = "no Chromium at " + CHROMIUM + " (apt-get install chromium chromium-driver)";
        // .ci/run installs Chromium and sets ARGMAP_REQUIRE_TOOLS: there, a missing browser is a failure
        assertTrue(present || System.getenv("ARGMAP_REQUIRE_TOOLS") == null, missing);
        if (!present) {
            // one visible line, as for the other tools and data the tests need
            System.err.println("argmap tests: SKIPPED BrowserTest: " + missing + " (bash .ci/run installs Debian's chromium and chromium-driver)");
        }
        assumeTrue(present, "browser tests skipped: " + missing);
        Files.createDirectories(SHOTS);
        Path profile = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chromium-profile-");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1400,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
        driver.manage().window().setSize(new Dimension(1400, 1000));
    }

    @AfterAll
    void stopChromium() {
        if (driver != null) {
            driver.quit();
        }
    }

    @AfterEach
    void restore() {
        CORPUS.write(TROTSKY, ORIGINAL);
        long end = System.currentTimeMillis() + 20_000;
        while ((corpus.current().stale() || !corpus.current().claims().get(CLAIM_REF).text().startsWith("Tarov, a Soviet"))
                && System.currentTimeMillis() < end) {
            sleep(20);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getPort() + path;
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private WebDriverWait waiting(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds), Duration.ofMillis(25));
    }

    private void shot(String name) throws IOException {
        File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Console errors, e.g. a Content-Security-Policy refusal; the log is emptied by reading it. */
    private List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).map(LogEntry::getMessage)
                .filter(m -> !m.contains("favicon")).toList();
    }

    private void open(String path) {
        driver.get(url(path));
        waiting(20).until(d -> "live".equals(js("return document.getElementById('live-status').textContent")));
    }

    @Test
    void theIndexLoadsWithEverySourceAndNoPolicyViolation() throws IOException {
        open("/");
        assertEquals("Argmap", driver.getTitle());
        List<WebElement> rows = driver.findElements(By.cssSelector("table.sources tbody tr"));
        assertEquals(6, rows.size());
        assertTrue(rows.get(0).getText().startsWith(corpus.current().corpus().sources().get(0).title()));
        assertEquals(List.of(), consoleErrors());
        shot("index");
    }

    @Test
    void clickingANodeShowsTheClaimAndHighlightsItsQuotesInTheText() throws IOException {
        open("/maps/trotsky-1935");
        assertEquals(List.of(), consoleErrors(), "the drawing's style sheet must be allowed by its hash");
        driver.findElement(By.cssSelector("[data-zoom='fit']")).click();
        // The drawing is styled: a claim's box has the theme's fill, not the default black.
        WebElement node = driver.findElement(By.cssSelector(".viewport svg [data-claim='" + CLAIM_REF + "']"));
        String fill = (String) js("return getComputedStyle(arguments[0].querySelector('rect')).fill", node);
        assertTrue(!fill.equals("rgb(0, 0, 0)"), fill);
        new Actions(driver).moveToElement(node).click().perform();

        waiting(5).until(d -> !d.findElements(By.cssSelector("#panel .claim-card[data-ref='" + CLAIM_REF + "']")).isEmpty());
        Claim claim = corpus.current().claims().get(CLAIM_REF);
        String panel = driver.findElement(By.id("panel")).getText();
        assertTrue(panel.contains(claim.text().strip()), panel);
        assertTrue(driver.getCurrentUrl().endsWith("#claim=trotsky-1935%2Ftarov-persecuted"), driver.getCurrentUrl());
        assertEquals("true", node.getAttribute("class").contains("selected") ? "true" : node.getAttribute("class"));

        List<WebElement> marks = driver.findElements(By.cssSelector(".source-text .q.active"));
        String marked = String.join("|", marks.stream().map(WebElement::getText).toList());
        String expected = String.join("|", claim.evidence().stream().map(e -> e.quote()).toList());
        assertEquals(expected, marked);
        // The first quote has been scrolled into view, inside the text box and inside the window.
        Boolean visible = (Boolean) js("const m = document.querySelector('.source-text .q.active').getBoundingClientRect();"
                + "const c = document.querySelector('.source-text .text').getBoundingClientRect();"
                + "return m.top >= c.top && m.bottom <= c.bottom && m.top >= 0 && m.bottom <= window.innerHeight;");
        assertTrue(visible);
        assertEquals(List.of(), consoleErrors());
        shot("map-selected");
        // The whole page at once, for the README: the map, the claim panel and the quote in the text.
        driver.manage().window().setSize(new Dimension(1400, 1400));
        // Loaded afresh with the claim in the address: the map at its readable zoom, centred on the claim.
        driver.navigate().refresh();
        waiting(20).until(d -> "live".equals(js("return document.getElementById('live-status').textContent"))
                && !d.findElements(By.cssSelector("#panel .claim-card")).isEmpty());
        js("const m = document.querySelector('.source-text .q.active'), c = document.querySelector('.source-text .text');"
                + "c.scrollTop += m.getBoundingClientRect().top - c.getBoundingClientRect().top - 60;"
                + "window.scrollTo(0, document.querySelector('figure.drawing').getBoundingClientRect().top + window.scrollY - 60);");
        shot("overview");
        driver.manage().window().setSize(new Dimension(1400, 1000));

        // "show in text" on the second quote focuses that quote only.
        driver.findElement(By.cssSelector("#panel [data-show-evidence='" + claim.evidence().get(1).id() + "']")).click();
        List<WebElement> focus = driver.findElements(By.cssSelector(".source-text .q.focus"));
        assertEquals(claim.evidence().get(1).quote(), String.join("", focus.stream().map(WebElement::getText).toList()));
    }

    @Test
    void editingAMapFileUpdatesTheOpenPageAndABrokenFileShowsDiagnostics() throws IOException {
        open("/maps/trotsky-1935");
        driver.findElement(By.cssSelector("[data-zoom='fit']")).click();
        WebElement node = driver.findElement(By.cssSelector(".viewport svg [data-claim='" + CLAIM_REF + "']"));
        new Actions(driver).moveToElement(node).click().perform();
        waiting(5).until(d -> !d.findElements(By.cssSelector("#panel .claim-card")).isEmpty());
        js("window.argmapMarker = 42;");

        long t0 = System.nanoTime();
        CORPUS.replace(TROTSKY, "Tarov, a Soviet Bolshevik-Leninist mechanic", "Tarov, an EDITED Bolshevik-Leninist mechanic");
        try {
            waiting(15).until(d -> (Boolean) js("return document.querySelector('.viewport svg').textContent.includes('EDITED')"));
        } catch (org.openqa.selenium.TimeoutException e) {
            long g0 = System.nanoTime();
            String direct;
            try {
                var r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/maps/trotsky-1935")))
                        .timeout(Duration.ofSeconds(20)).header("Accept", "text/html").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                direct = r.statusCode() + " in " + (System.nanoTime() - g0) / 1_000_000 + " ms, EDITED " + r.body().contains("EDITED");
            } catch (Exception x) {
                direct = x.toString();
            }
            throw new AssertionError("no update; direct GET " + direct + "; resources " + js("return JSON.stringify(performance.getEntriesByType('resource').map(e => [e.name, Math.round(e.startTime), Math.round(e.duration)]))")
                    + "; status " + js("return document.getElementById('live-status').textContent")
                    + ", console " + driver.manage().logs().get(LogType.BROWSER).getAll() + ", server at " + corpus.current().version()
                    + ", page at " + js("return document.getElementById('live').dataset.version"), e);
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("browser: the open page showed the edit " + ms + " ms after the file was written");
        // Updated in place, not reloaded: the page's state survived, and the selection follows the new text.
        assertEquals(42L, js("return window.argmapMarker"));
        String panel = driver.findElement(By.id("panel")).getText();
        assertTrue(panel.contains("Tarov, an EDITED Bolshevik-Leninist mechanic"), panel);
        assertEquals(List.of(), consoleErrors());
        shot("map-edited");

        CORPUS.replace(TROTSKY, "    kind: fact\n", "    kind: factoid\n");
        waiting(15).until(d -> !d.findElements(By.cssSelector(".diagnostics.has-errors")).isEmpty());
        var d = corpus.current().diagnostics().get(0);
        String banner = driver.findElement(By.cssSelector(".diagnostics")).getText();
        // located, with the path relative to the corpus root: the server's absolute paths stay private
        assertTrue(banner.contains(java.nio.file.Path.of(d.file()).getFileName() + ":" + d.line() + ":" + d.column()), banner);
        assertFalse(banner.contains(d.file()), banner);
        assertTrue(banner.contains("showing the last good maps"), banner);
        // The indicator no longer says "live": the page shows the last good maps, not the files.
        waiting(5).until(x -> ((String) js("return document.getElementById('live-status').textContent")).startsWith("out of date"));
        assertEquals("out of date: " + corpus.current().errorCount() + (corpus.current().errorCount() == 1 ? " error" : " errors"),
                js("return document.getElementById('live-status').textContent"));
        assertTrue((Boolean) js("return document.querySelector('.viewport svg').textContent.includes('EDITED')"));
        assertEquals(42L, js("return window.argmapMarker"));
        shot("map-broken");

        CORPUS.write(TROTSKY, ORIGINAL);
        waiting(15).until(d2 -> d2.findElements(By.cssSelector(".diagnostics")).isEmpty());
        waiting(5).until(x -> "live".equals(js("return document.getElementById('live-status').textContent")));
        assertTrue((Boolean) js("return !document.querySelector('.viewport svg').textContent.includes('EDITED')"));
    }

    @Test
    void aScriptInAClaimShowsAsTextAndDoesNotRun() throws IOException {
        open("/maps/hostile-2024");
        driver.findElement(By.cssSelector("[data-zoom='fit']")).click();
        assertEquals("undefined", js("return typeof window.pwned"));
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert());
        String body = driver.findElement(By.tagName("body")).getText();
        assertTrue(body.contains("<script>window.pwned='quote'</script>"), "the quote in the text, shown as text");
        assertTrue(driver.getTitle().startsWith("Hostile </title><script>window.pwned='title'</script> source"), driver.getTitle());

        WebElement node = driver.findElement(By.cssSelector(".viewport svg [data-claim='hostile-2024/script-claim']"));
        new Actions(driver).moveToElement(node).click().perform();
        waiting(5).until(x -> !x.findElements(By.cssSelector("#panel .claim-card")).isEmpty());
        String text = driver.findElement(By.cssSelector("#panel .claim-text")).getText();
        assertEquals("<script>window.pwned='claim'</script><img src=x onerror=\"window.pwned='img'\"> is a claim", text);
        assertEquals(0L, js("return document.querySelectorAll('#live script, #live img, #panel img').length"));
        assertEquals("undefined", js("return typeof window.pwned"));
        shot("hostile");

        open("/search?q=%3Cscript%3Ewindow.pwned%3D1%3C%2Fscript%3E");
        assertEquals("<script>window.pwned=1</script>", driver.findElement(By.cssSelector(".search-form input[name=q]"))
                .getAttribute("value"));
        assertEquals("undefined", js("return typeof window.pwned"));
    }

    @Test
    void theMatrixShowsTheClaimsBehindAClickedCell() throws IOException {
        open("/matrix");
        // The matrix has the page: drawn whole at its natural size, the page scrolling, not a
        // panel showing a few rows; its text readable, the cell's panel beside it.
        Map<?, ?> g = (Map<?, ?>) js("const svg = document.querySelector('.viewport svg'), r = svg.getBoundingClientRect();"
                + "const t = svg.querySelector('text.t-body') || svg.querySelector('text');"
                + "const p = document.getElementById('panel').getBoundingClientRect();"
                + "return {w: r.width, h: r.height, nw: svg.viewBox.baseVal.width, nh: svg.viewBox.baseVal.height,"
                + " font: parseFloat(getComputedStyle(t).fontSize) * svg.getScreenCTM().a, panelLeft: p.left,"
                + " right: document.querySelector('figure.drawing').getBoundingClientRect().right,"
                + " page: document.documentElement.scrollHeight, win: window.innerHeight};");
        double w = ((Number) g.get("w")).doubleValue(), h = ((Number) g.get("h")).doubleValue();
        double nw = ((Number) g.get("nw")).doubleValue(), nh = ((Number) g.get("nh")).doubleValue();
        assertEquals(nh / nw, h / w, 0.01, "the whole matrix is drawn: " + g);
        assertTrue(w >= Math.min(nw, 900), "at its natural width, or near it: " + g);
        assertTrue(((Number) g.get("font")).doubleValue() >= 10, "readable: " + g);
        assertTrue(((Number) g.get("page")).doubleValue() > ((Number) g.get("win")).doubleValue() * 1.5, "the page scrolls: " + g);
        assertTrue(((Number) g.get("panelLeft")).doubleValue() >= ((Number) g.get("right")).doubleValue(), "panel beside: " + g);
        shot("matrix-page");
        WebElement cell = driver.findElement(By.cssSelector(
                ".viewport svg [data-source='trotsky-1935'][data-proposition='ussr-workers-state']"));
        new Actions(driver).moveToElement(cell).click().perform();
        waiting(5).until(x -> !x.findElements(By.cssSelector("#panel .cell-detail")).isEmpty());
        List<String> refs = driver.findElements(By.cssSelector("#panel .claim-card")).stream()
                .map(e -> e.getAttribute("data-ref")).toList();
        List<String> expected = corpus.current().corpus().stances().stream()
                .filter(s -> s.source().equals("trotsky-1935") && s.proposition().equals("ussr-workers-state"))
                .map(s -> s.claimRef()).toList();
        assertEquals(expected, refs);
        assertEquals(List.of(), consoleErrors());
        shot("matrix-cell");
    }

    @Test
    void theDrawingPansAndZooms() {
        open("/maps/alcoy-2016");
        String before = (String) js("return document.querySelector('.viewport svg').getAttribute('viewBox')");
        driver.findElement(By.cssSelector("[data-zoom='in']")).click();
        String zoomed = (String) js("return document.querySelector('.viewport svg').getAttribute('viewBox')");
        double w0 = Double.parseDouble(before.split(" ")[2]);
        double w1 = Double.parseDouble(zoomed.split(" ")[2]);
        assertEquals(w0 * 0.8, w1, 0.01);
        WebElement vp = driver.findElement(By.cssSelector(".viewport"));
        new Actions(driver).moveToElement(vp, 0, 0).clickAndHold().moveByOffset(120, 60).release().perform();
        String panned = (String) js("return document.querySelector('.viewport svg').getAttribute('viewBox')");
        assertTrue(Double.parseDouble(panned.split(" ")[0]) < Double.parseDouble(zoomed.split(" ")[0]), panned);
        driver.findElement(By.cssSelector("[data-zoom='fit']")).click();
        assertEquals(js("return document.querySelector('.viewport svg').getAttribute('data-base-view')"),
                js("return document.querySelector('.viewport svg').getAttribute('viewBox')"));
    }
    // ------------------------------------------------------------------ issue 14: the viewer

    /** The on-screen size in CSS pixels of the body text of the claim's node (or the first claim's). */
    private double screenFontPx(String ref) {
        return ((Number) js("const n = arguments[0] ? document.querySelector(`.viewport svg [data-claim='${arguments[0]}']`)"
                + " : document.querySelector('.viewport svg [data-claim]');"
                + "const t = n.querySelector('text.t-body') || n.querySelector('text');"
                + "return parseFloat(getComputedStyle(t).fontSize) * n.getScreenCTM().a;", ref)).doubleValue();
    }

    /** The claims whose node is shown in the drawing and lies at least partly inside the viewport. */
    @SuppressWarnings("unchecked")
    private List<String> claimsInView() {
        return (List<String>) js("const v = document.querySelector('.viewport').getBoundingClientRect();"
                + "return Array.from(document.querySelectorAll('.viewport svg [data-claim]')).filter(n => {"
                + " const r = n.querySelector('rect').getBoundingClientRect();"
                + " return getComputedStyle(n).display !== 'none' && r.right > v.left && r.left < v.right && r.bottom > v.top && r.top < v.bottom;"
                + "}).map(n => n.getAttribute('data-claim'));");
    }

    @Test
    void aLargeMapOpensAtAReadableZoomAndASmallOneIsNotBlownUp() throws IOException {
        open("/maps/trotsky-1935");
        // Before: the whole 2874 px wide map fitted in the window, its 11 px text at about 5 px.
        double large = screenFontPx(null);
        assertTrue(large >= 10 && large <= 11 * 1.5, "text at " + large + " px");
        List<String> inView = claimsInView();
        assertTrue(inView.size() >= 3, "some claims are in view: " + inView);
        assertTrue(inView.stream().anyMatch(r -> corpus.current().claims().get(r).kind().word().equals("thesis")),
                "a thesis is in view: " + inView);
        shot("map-first-view");

        open("/maps/hostile-2024");
        double small = screenFontPx(null);
        assertTrue(small >= 10 && small <= 11 * 1.5 + 0.01, "a two-claim map at most 1.5 times its natural size: " + small);
        // All of it in view, with its own legend: no minimap or legend over it.
        assertEquals("none", js("return getComputedStyle(document.querySelector('.minimap')).display"));
        assertEquals("none", js("return getComputedStyle(document.querySelector('.map-legend')).display"));
        shot("small-map-first-view");
    }

    @Test
    void clickingAClaimKeepsTheMapInPlaceAndBringsTheCardAndItsQuoteIntoView() throws IOException {
        open("/maps/trotsky-1935");
        String ref = claimsInView().stream().filter(r -> !corpus.current().claims().get(r).evidence().isEmpty()).findFirst()
                .orElseThrow();
        Map<?, ?> before = (Map<?, ?>) js("return {y: window.scrollY, fig: document.querySelector('figure.drawing').getBoundingClientRect().top,"
                + " vb: document.querySelector('.viewport svg').getAttribute('viewBox')};");
        new Actions(driver).moveToElement(driver.findElement(By.cssSelector(".viewport svg [data-claim='" + ref + "'] rect")))
                .click().perform();
        waiting(5).until(d -> !d.findElements(By.cssSelector("#panel .claim-card[data-ref='" + ref + "']")).isEmpty());
        Map<?, ?> after = (Map<?, ?>) js("return {y: window.scrollY, fig: document.querySelector('figure.drawing').getBoundingClientRect().top,"
                + " vb: document.querySelector('.viewport svg').getAttribute('viewBox')};");
        assertEquals(before, after, "the window and the map have not moved");
        Boolean cardVisible = (Boolean) js("const r = document.querySelector('#panel .claim-card').getBoundingClientRect();"
                + "return r.top >= 0 && r.top < window.innerHeight - 80 && r.left >= 0 && r.right <= window.innerWidth;");
        assertTrue(cardVisible, "the card is in the window");
        Boolean quoteVisible = (Boolean) js("const m = document.querySelector('.source-text .q.active').getBoundingClientRect();"
                + "const c = document.querySelector('.source-text .text').getBoundingClientRect();"
                + "return m.top >= c.top && m.bottom <= c.bottom && m.top >= 0 && m.bottom <= window.innerHeight;");
        assertTrue(quoteVisible, "the claim's first quote is in the text box and in the window");
        shot("map-click-keeps-map");
    }

    @Test
    void theClaimsListPutsEachNumberBesideTheFirstLineAndItsColumnsApart() throws IOException {
        open("/maps/trotsky-1935");
        js("document.querySelector('.claims').scrollIntoView();");
        List<?> items = (List<?>) js("return Array.from(document.querySelectorAll('.claim-list li')).map(li => {"
                + " const n = li.querySelector('.n').getBoundingClientRect(), b = li.querySelector('.claim-link').getBoundingClientRect();"
                + " const l = li.getBoundingClientRect();"
                + " return [n.top, n.bottom, n.right, b.top, b.left, b.height, l.left, l.right, l.top, l.bottom, li.querySelector('.n').textContent];});");
        assertEquals(corpus.current().corpus().claimsOf("trotsky-1935").size(), items.size());
        double lineHeight = 0;
        int wrapped = 0;
        for (int i = 0; i < items.size(); i++) {
            List<?> it = (List<?>) items.get(i);
            double nTop = num(it.get(0)), nBottom = num(it.get(1)), nRight = num(it.get(2)), bTop = num(it.get(3)),
                    bLeft = num(it.get(4)), bHeight = num(it.get(5));
            assertEquals((i + 1) + ".", it.get(10));
            // The number sits on the first line of a claim's text, however many lines it takes.
            assertTrue(nTop < bTop + 0.5 * (nBottom - nTop) + 2 && nBottom <= bTop + (nBottom - nTop) * 1.5 + 2,
                    "number " + (i + 1) + " at " + nTop + ", its text at " + bTop);
            assertTrue(nRight <= bLeft, "number " + (i + 1) + " left of its text");
            if (bHeight > 2 * (nBottom - nTop)) {
                wrapped++;
            }
            lineHeight = Math.max(lineHeight, nBottom - nTop);
        }
        assertTrue(wrapped > 0, "some claims take several lines");
        // No item overlaps another: the left column does not run into the right one.
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                List<?> a = (List<?>) items.get(i), b = (List<?>) items.get(j);
                boolean apart = num(a.get(7)) <= num(b.get(6)) || num(b.get(7)) <= num(a.get(6))
                        || num(a.get(9)) <= num(b.get(8)) || num(b.get(9)) <= num(a.get(8));
                assertTrue(apart, "claims " + (i + 1) + " and " + (j + 1) + " overlap");
            }
        }
        Number columns = (Number) js("return new Set(Array.from(document.querySelectorAll('.claim-list li'))"
                + ".map(li => Math.round(li.getBoundingClientRect().left))).size;");
        assertEquals(2, columns.intValue(), "two columns at 1400 px");
        shot("claims-list");
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }

    @Test
    void showInTextOnTheMatrixOpensTheSourcePageWithTheQuoteHighlighted() throws IOException {
        open("/matrix");
        WebElement cell = driver.findElement(By.cssSelector(
                ".viewport svg [data-source='trotsky-1935'][data-proposition='ussr-workers-state']"));
        new Actions(driver).moveToElement(cell).click().perform();
        waiting(5).until(x -> !x.findElements(By.cssSelector("#panel [data-show-evidence]")).isEmpty());
        WebElement button = driver.findElement(By.cssSelector("#panel [data-show-evidence]"));
        String id = button.getAttribute("data-show-evidence");
        String quote = corpus.current().corpus().evidence().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow().quote();
        button.click();
        waiting(10).until(x -> x.getCurrentUrl().contains("/maps/trotsky-1935#claim=")
                && !x.findElements(By.cssSelector(".source-text .q.focus")).isEmpty());
        waiting(10).until(x -> "live".equals(js("return document.getElementById('live-status').textContent")));
        List<WebElement> focus = driver.findElements(By.cssSelector(".source-text .q.focus"));
        assertEquals(quote, String.join("", focus.stream().map(WebElement::getText).toList()));
        Boolean visible = (Boolean) js("const m = document.querySelector('.source-text .q.focus').getBoundingClientRect();"
                + "return m.top >= 0 && m.bottom <= window.innerHeight;");
        assertTrue(visible, "the quote is in view");
        assertEquals(List.of(), consoleErrors());
        shot("matrix-show-in-text");
    }

    @Test
    void theSearchHasSeparateFacetsForClaimKindsQuoteKindsAndLanguages() throws IOException {
        open("/search?q=the");
        List<String> facets = driver.findElements(By.cssSelector(".facet h3")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("TYPE", "SOURCE", "CLAIM KIND", "QUOTE KIND", "LANGUAGE"), facets);
        List<String> languages = driver.findElements(By.cssSelector(".facet[data-facet='Language'] li a")).stream()
                .map(WebElement::getText).toList();
        var claimKinds = java.util.Arrays.stream(org.argmap.model.ClaimKind.values()).map(k -> k.word()).toList();
        var quoteKinds = java.util.Arrays.stream(org.argmap.model.EvidenceKind.values()).map(k -> k.word()).toList();
        var langs = corpus.current().corpus().sources().stream().map(x -> x.language()).distinct().toList();
        assertTrue(!languages.isEmpty() && langs.containsAll(languages), languages.toString());
        driver.findElements(By.cssSelector(".facet[data-facet='Claim kind'] li a"))
                .forEach(a -> assertTrue(claimKinds.contains(a.getText()), a.getText()));
        driver.findElements(By.cssSelector(".facet[data-facet='Quote kind'] li a"))
                .forEach(a -> assertTrue(quoteKinds.contains(a.getText()), a.getText()));
        shot("search-facets");
        // A language gives sources only.
        driver.findElement(By.cssSelector(".facet[data-facet='Language'] li a")).click();
        List<String> badges = driver.findElements(By.cssSelector(".hit .badge")).stream().map(WebElement::getText).distinct().toList();
        assertEquals(List.of("SOURCE"), badges);
    }

    @Test
    void theCuratorsNoteIsFoldedUnderTheTitle() throws IOException {
        open("/maps/trotsky-1935");
        WebElement details = driver.findElement(By.cssSelector("details.notes"));
        assertEquals(null, details.getAttribute("open"));
        assertTrue(details.getText().startsWith("Curator"), details.getText());
        double figTop = num(js("return document.querySelector('figure.drawing').getBoundingClientRect().top"));
        assertTrue(figTop < 220, "the map starts near the top: " + figTop);
        details.findElement(By.tagName("summary")).click();
        assertEquals(corpus.current().corpus().source("trotsky-1935").orElseThrow().notes().strip(),
                details.findElement(By.tagName("p")).getText().strip());
    }

    @Test
    void theViewerHasALegendAndAMinimapThatMovesTheView() throws IOException {
        open("/maps/trotsky-1935");
        List<String> legend = driver.findElements(By.cssSelector("figure.drawing .map-legend .legend-entry")).stream()
                .map(e -> e.getAttribute("data-type")).toList();
        @SuppressWarnings("unchecked")
        List<String> inSvg = (List<String>) js("return Array.from(document.querySelectorAll('.viewport svg .legend-item'))"
                + ".map(e => e.getAttribute('data-type'));");
        assertEquals(inSvg, legend);
        assertTrue(legend.containsAll(List.of("thesis", "supports", "attacks")), legend.toString());
        assertEquals("block", js("return getComputedStyle(document.querySelector('.minimap')).display"));
        Boolean inside = (Boolean) js("const l = document.querySelector('.map-legend').getBoundingClientRect(),"
                + " v = document.querySelector('.viewport').getBoundingClientRect(), m = document.querySelector('.minimap').getBoundingClientRect();"
                + "return l.top >= v.top && l.bottom <= v.bottom && m.top >= v.top && m.bottom <= v.bottom && l.right < m.left;");
        assertTrue(inside, "legend and minimap over the drawing, apart");
        // Clicking the minimap's bottom right corner moves the view there.
        WebElement mini = driver.findElement(By.cssSelector(".minimap"));
        String vb0 = (String) js("return document.querySelector('.viewport svg').getAttribute('viewBox')");
        new Actions(driver).moveToElement(mini, mini.getSize().getWidth() / 2 - 3, mini.getSize().getHeight() / 2 - 3).click().perform();
        String vb1 = (String) js("return document.querySelector('.viewport svg').getAttribute('viewBox')");
        String[] a = vb0.split(" "), b = vb1.split(" ");
        assertEquals(a[2], b[2], "the zoom is kept");
        assertTrue(num(Double.parseDouble(b[0])) > num(Double.parseDouble(a[0])) + 100, vb0 + " -> " + vb1);
        String frame = (String) js("const f = document.querySelector('.minimap .minimap-view'); return f.getAttribute('x') + ' '"
                + " + f.getAttribute('y') + ' ' + f.getAttribute('width') + ' ' + f.getAttribute('height');");
        assertEquals(vb1, frame, "the minimap's frame follows the view");
        assertEquals(List.of(), consoleErrors());
        shot("legend-minimap");
    }

    @Test
    void focusShowsTheSelectedClaimsNeighbourhoodAndCollapseHidesItsSubtree() throws IOException {
        String ref = "trotsky-1935/tarov-persecuted";
        var snap = corpus.current();
        // the thesis with the most relations, to see something happen
        ref = snap.corpus().claimsOf("trotsky-1935").stream().map(Claim::ref)
                .max(java.util.Comparator.comparingInt(r -> snap.relationsOf(r).size())).orElseThrow();
        open("/maps/trotsky-1935#claim=" + java.net.URLEncoder.encode(ref, java.nio.charset.StandardCharsets.UTF_8));
        waiting(5).until(d -> !d.findElements(By.cssSelector("#panel .claim-card")).isEmpty());
        @SuppressWarnings("unchecked")
        java.util.Set<String> drawn = new java.util.HashSet<>((List<String>) js(
                "return Array.from(document.querySelectorAll('.viewport svg [data-claim]')).map(n => n.getAttribute('data-claim'));"));
        driver.findElement(By.cssSelector("[data-focus='toggle']")).click();
        java.util.Set<String> expected = new java.util.TreeSet<>();
        expected.add(ref);
        for (var r : snap.relationsOf(ref)) {
            expected.add(r.from());
            expected.add(r.to());
        }
        expected.retainAll(drawn);
        assertEquals(expected, new java.util.TreeSet<>(shownClaims()), "k = 1: the claim and its neighbours");
        assertTrue(expected.size() < drawn.size());
        List<String> inView = claimsInView();
        assertTrue(inView.contains(ref) && inView.size() >= Math.min(expected.size(), 2), "the view is fitted to them: " + inView);
        shot("focus-k1");
        driver.findElement(By.cssSelector("[data-focus='more']")).click();
        assertEquals("2", driver.findElement(By.cssSelector(".focus-k")).getText());
        java.util.Set<String> two = new java.util.TreeSet<>(shownClaims());
        assertTrue(two.containsAll(expected) && two.size() > expected.size(), "k = 2 shows more: " + two);
        driver.findElement(By.cssSelector("[data-focus='toggle']")).click();
        assertEquals(drawn.size(), shownClaims().size());

        // Collapse: the claims that lead to the selected one are hidden; Expand brings them back.
        java.util.Set<String> subtree = new java.util.TreeSet<>();
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(List.of(ref));
        while (!todo.isEmpty()) {
            String x = todo.pop();
            for (var r : snap.relationsOf(x)) {
                if (r.to().equals(x) && !r.from().equals(ref) && drawn.contains(r.from()) && subtree.add(r.from())) {
                    todo.push(r.from());
                }
            }
        }
        assertTrue(!subtree.isEmpty(), "the claim has reasons");
        driver.findElement(By.cssSelector("[data-focus='collapse']")).click();
        java.util.Set<String> left = new java.util.TreeSet<>(drawn);
        left.removeAll(subtree);
        assertEquals(left, new java.util.TreeSet<>(shownClaims()));
        assertEquals("Expand", driver.findElement(By.cssSelector("[data-focus='collapse']")).getText());
        shot("collapsed");
        driver.findElement(By.cssSelector("[data-focus='collapse']")).click();
        assertEquals(drawn.size(), shownClaims().size());
        assertEquals(List.of(), consoleErrors());
    }

    @SuppressWarnings("unchecked")
    private List<String> shownClaims() {
        return (List<String>) js("return Array.from(document.querySelectorAll('.viewport svg [data-claim]'))"
                + ".filter(n => getComputedStyle(n).display !== 'none').map(n => n.getAttribute('data-claim'));");
    }
}
