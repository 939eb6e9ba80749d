package org.argmap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        assertTrue(banner.contains(d.file() + ":" + d.line() + ":" + d.column()), banner);
        assertTrue(banner.contains("showing the last good maps"), banner);
        assertTrue((Boolean) js("return document.querySelector('.viewport svg').textContent.includes('EDITED')"));
        assertEquals(42L, js("return window.argmapMarker"));
        shot("map-broken");

        CORPUS.write(TROTSKY, ORIGINAL);
        waiting(15).until(d2 -> d2.findElements(By.cssSelector(".diagnostics")).isEmpty());
        assertTrue((Boolean) js("return !document.querySelector('.viewport svg').textContent.includes('EDITED')"));
    }

    @Test
    void aScriptInAClaimShowsAsTextAndDoesNotRun() throws IOException {
        open("/maps/hostile-2024");
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
        // The matrix is far taller than wide: it opens at the window's width, its top part shown.
        String view = (String) js("return document.querySelector('.viewport svg').getAttribute('viewBox')");
        String base = (String) js("return document.querySelector('.viewport svg').getAttribute('data-base-view')");
        assertEquals(base.split(" ")[2], view.split(" ")[2]);
        assertTrue(Double.parseDouble(view.split(" ")[3]) < Double.parseDouble(base.split(" ")[3]) / 1.5, view + " of " + base);
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
}
