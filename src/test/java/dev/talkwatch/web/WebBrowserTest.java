package dev.talkwatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.talkwatch.Browsers;
import dev.talkwatch.catalog.Stars;
import dev.talkwatch.store.CurationStore;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web app in real headless Chromium, as a user works with it: sort and filter a playlist, rate
 * a talk with half stars by click and keyboard, add a note, queue talks and reorder the queue, and
 * find all of it in the publish preview. Each screen is saved to target/screenshots/.
 */
@Tag("browser")
class WebBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String FIXTURE = "/playlists/PLtalkwatchFixture0000000000000001";

    @TempDir
    Path folder;

    private WebFixture web;
    private ChromeDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void open() throws IOException {
        web = new WebFixture(folder);
        driver = Browsers.chromium(folder.resolve("profile"));
        driver.manage().window().setSize(new Dimension(1280, 1100));
        wait = new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    @AfterEach
    void close() {
        if (driver != null) {
            driver.quit();
        }
        web.close();
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    private List<String> rowIds() {
        return driver.findElements(By.cssSelector("#videos tbody tr[data-video]")).stream()
                .map(row -> row.getAttribute("data-video").replace("/videos/", "")).toList();
    }

    private Optional<Stars> rating(String videoId) {
        return new CurationStore(web.database).inTransaction((CurationStore.Curation c) -> c.rating(videoId));
    }

    @Test
    void slashGoesToTheSearchField() {
        driver.get(web.url(FIXTURE));
        driver.findElement(By.tagName("body")).sendKeys("/");
        WebElement active = driver.switchTo().activeElement();
        assertThat(active.getAttribute("name")).isEqualTo("q");
        active.sendKeys("Willison");
        assertThat(driver.findElement(By.cssSelector("main input[name=q]")).getAttribute("value")).as("the slash itself is not typed")
                .isEqualTo("Willison");
    }

    @Test
    void slashGoesToTheHeadersSearchOfEveryPlaylistWhereAScreenHasNoneOfItsOwn() {
        driver.get(web.url("/queue"));
        driver.findElement(By.tagName("body")).sendKeys("/");
        WebElement active = driver.switchTo().activeElement();
        assertThat(active.getAttribute("placeholder")).isEqualTo("Search every playlist");
        active.sendKeys("reverse engineering", Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/search?q=reverse+engineering"));
        assertThat(driver.findElements(By.cssSelector("#results tbody tr"))).isNotEmpty();
        assertThat(driver.findElement(By.cssSelector("#results mark")).getText()).isEqualToIgnoringCase("reverse");
    }

    // What the browser fetches from href: the body, as text.
    private String fetch(String href) {
        return (String) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));", href);
    }

    @Test
    void eachTablesJsonAndCsvLinksHoldTheRowsOnTheScreen() throws Exception {
        new CurationStore(web.database).inTransaction(c -> {
            c.addWatched("mCkqz8jo19M", java.time.LocalDate.parse("2024-08-05"), "manual");
            c.addWatched("P1-KQZZarpc", java.time.LocalDate.parse("2024-08-06"), "manual");
            c.enqueue("P1-KQZZarpc", null, WebFixture.NOW);
            c.enqueue("mCkqz8jo19M", null, WebFixture.NOW);
            return null;
        });
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String path : List.of("/", FIXTURE, FIXTURE + "?sort=views&dir=desc&track=Talks", "/queue", "/diary",
                "/search?q=python", "/speakers", "/speakers?name=Simon%20Willison")) {
            driver.get(web.url(path));
            // each row's key as the screen links it: a talk's id, a playlist's id, a speaker's name
            @SuppressWarnings("unchecked")
            List<String> onScreen = (List<String>) driver.executeScript("return [...document.querySelectorAll("
                    + "'main table tbody tr, main #queue li')].map(row => [...row.querySelectorAll('a')]"
                    + ".map(a => a.getAttribute('href')).find(h => /^\\/(videos|playlists)\\/|^\\/speakers\\?name=/.test(h)))"
                    + ".filter(h => h).map(h => h.startsWith('/speakers') ? decodeURIComponent(h.substring(15))"
                    + " : decodeURIComponent(h.split('/')[2]));");
            assertThat(onScreen).as(path + " shows rows").isNotEmpty();

            var json = mapper.readTree(fetch(driver.findElement(By.id("rows-json")).getAttribute("href")));
            List<String> inJson = new java.util.ArrayList<>();
            json.forEach(row -> inJson.add(row.has("id") ? row.get("id").asText() : row.get("name").asText()));
            String csvText = fetch(driver.findElement(By.id("rows-csv")).getAttribute("href"));
            List<String> inCsv = dev.talkwatch.CsvText.parse(csvText).stream().skip(1)
                    .map(List::getFirst).toList();

            if (path.equals("/diary")) {
                assertThat(inJson).as(path + ": the data is oldest first, the screen latest first")
                        .isEqualTo(onScreen.reversed());
            } else {
                assertThat(inJson).as(path + " as JSON").isEqualTo(onScreen);
            }
            assertThat(inCsv).as(path + " as CSV").isEqualTo(inJson);
        }
    }

    @Test
    void aFeedReaderReadsTheFeedsThePagesLink() throws Exception {
        driver.get(web.url(FIXTURE));
        String own = driver.findElement(By.id("feed")).getAttribute("href");
        String every = driver.findElement(By.cssSelector("head link[rel=alternate][type='application/atom+xml']")).getAttribute("href");

        for (String href : List.of(own, every)) {
            String xml = fetch(href);
            com.rometools.rome.feed.synd.SyndFeed feed = new com.rometools.rome.io.SyndFeedInput().build(
                    new com.rometools.rome.io.XmlReader(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
            assertThat(feed.getFeedType()).as(href).isEqualTo("atom_1.0");
            assertThat(feed.getTitle()).as(href).startsWith("talkwatch");
            for (var entry : feed.getEntries()) {
                assertThat(entry.getLink()).as(entry.getTitle()).startsWith("https://www.youtube.com/watch?v=");
            }
        }
        assertThat(new com.rometools.rome.io.SyndFeedInput().build(new com.rometools.rome.io.XmlReader(
                new java.io.ByteArrayInputStream(fetch(own).getBytes(StandardCharsets.UTF_8)))).getTitle())
                .isEqualTo("talkwatch: PyCon US 2024 (fixture)");
    }

    @Test
    void everyScreenFitsAPhoneWithoutSidewaysScrolling() throws IOException {
        driver.manage().window().setSize(new Dimension(390, 844));
        List<String> tooWide = new java.util.ArrayList<>();
        for (String path : List.of("/", FIXTURE, FIXTURE + "?sort=views", "/videos/mCkqz8jo19M", "/speakers?name=Simon%20Willison",
                "/speakers", "/search?q=python", "/diary", "/queue", FIXTURE + "/publish", "/playlists/" + WebFixture.XSS_PLAYLIST)) {
            driver.get(web.url(path));
            long viewport = ((Number) driver.executeScript("return document.documentElement.clientWidth;")).longValue();
            long page = ((Number) driver.executeScript("return document.documentElement.scrollWidth;")).longValue();
            if (page > viewport) {
                Object widest = driver.executeScript("let w = null; for (const e of document.querySelectorAll('body *')) {"
                        + " const r = e.getBoundingClientRect(); if (r.right > document.documentElement.clientWidth + 0.5"
                        + " && (!w || r.right > w.r)) { w = {r: r.right, t: e.tagName + '.' + e.className}; } } return w && w.t;");
                tooWide.add(path + ": " + page + " px in " + viewport + " (" + widest + ")");
            }
        }
        driver.get(web.url(FIXTURE));
        screenshot("playlist-phone");
        WebElement firstRow = driver.findElement(By.cssSelector("table.videos tbody tr:not(.cutoff-line)"));
        assertThat(firstRow.findElement(By.cssSelector("td.pos")).getRect().getY())
                .as("a card's position on the line of its title, not alone above it")
                .isEqualTo(firstRow.findElement(By.cssSelector("td.title")).getRect().getY());
        assertThat(tooWide).as("screens wider than a 390 px phone").isEmpty();
    }

    @Test
    void theScreensFollowTheSystemsDarkScheme() throws IOException {
        for (String scheme : List.of("light", "dark")) {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features",
                    List.of(java.util.Map.of("name", "prefers-color-scheme", "value", scheme))));
            for (String path : List.of("/", FIXTURE, "/videos/mCkqz8jo19M", "/queue", "/diary", "/speakers", "/search?q=python",
                    FIXTURE + "/publish")) {
                driver.get(web.url(path));
                Object colors = driver.executeScript("const b = getComputedStyle(document.body);"
                        + " const t = document.querySelector('table, form, figure, .empty') || document.body;"
                        + " return [b.backgroundColor, b.color, getComputedStyle(t).backgroundColor];");
                List<?> seen = (List<?>) colors;
                if (scheme.equals("dark")) {
                    assertThat(seen.get(0)).as(path + " page").isEqualTo("rgb(20, 20, 22)");
                    assertThat(seen.get(1)).as(path + " text").isEqualTo("rgb(232, 232, 237)");
                    assertThat(seen.get(2)).as(path + " cards").isNotEqualTo("rgb(255, 255, 255)");
                } else {
                    assertThat(seen.get(0)).as(path + " page").isEqualTo("rgb(250, 250, 250)");
                }
            }
            screenshot("publish-" + scheme);
        }
    }

    @Test
    void aUserSortsFiltersRatesNotesQueuesAndSeesItAllInThePost() throws IOException {
        driver.get(web.url("/"));
        screenshot("playlists");
        driver.findElement(By.linkText("PyCon US 2024 (fixture)")).click();

        driver.findElement(By.linkText("Views")).click();
        wait.until(ExpectedConditions.urlContains("sort=views"));
        assertThat(rowIds()).startsWith("7j0RRiDeqRg", "L-Ok_89QJOM").endsWith("LauNJNKECOM");
        assertThat(driver.findElement(By.cssSelector("tr.cutoff-line")).getText()).isEqualTo("500+ views above this line");
        screenshot("playlist");

        new Select(driver.findElement(By.name("track"))).selectByVisibleText("Tutorials");
        driver.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("track=Tutorials"));
        assertThat(rowIds()).containsExactly("iL9vp8xuHDw", "1ND6COslBKU");

        driver.findElement(By.cssSelector("a[href='/videos/1ND6COslBKU']")).click();
        driver.findElement(By.cssSelector("label[title='3½ stars']")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("rating-form"), "data-saved", "3.5"));
        assertThat(driver.findElement(By.id("rating-glyphs")).getText()).isEqualTo("★★★½☆");
        assertThat(rating("1ND6COslBKU")).contains(new Stars(7));

        driver.findElement(By.cssSelector("input[name=stars]:checked")).sendKeys(Keys.ARROW_RIGHT);
        wait.until(ExpectedConditions.attributeToBe(By.id("rating-form"), "data-saved", "4"));
        assertThat(driver.findElement(By.id("rating-glyphs")).getText()).isEqualTo("★★★★☆");
        assertThat(rating("1ND6COslBKU")).as("the arrow key moves half a star").contains(new Stars(8));

        driver.findElement(By.id("new-note")).sendKeys("A quick tour of **Ibis** <b>not bold</b>");
        driver.findElement(By.id("add-note")).click();
        WebElement note = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#note-1 .rendered")));
        assertThat(note.findElement(By.tagName("strong")).getText()).isEqualTo("Ibis");
        assertThat(note.getText()).contains("<b>not bold</b>");

        driver.findElement(By.id("queue-toggle")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("queue-toggle"), "Remove from the queue (#1)"));
        screenshot("talk");

        driver.get(web.url("/videos/P1-KQZZarpc"));
        driver.findElement(By.id("queue-toggle")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("queue-toggle"), "Remove from the queue (#2)"));
        driver.findElement(By.linkText("Simon Willison")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Simon Willison"));
        screenshot("speaker");

        driver.get(web.url("/queue"));
        List<WebElement> queued = driver.findElements(By.cssSelector("#queue li"));
        assertThat(queued).extracting(li -> li.getAttribute("data-id")).containsExactly("1ND6COslBKU", "P1-KQZZarpc");
        queued.get(1).sendKeys(Keys.chord(Keys.ALT, Keys.ARROW_UP));
        wait.until(ExpectedConditions.attributeToBe(By.id("queue"), "data-saved", "yes"));
        driver.navigate().refresh();
        assertThat(driver.findElements(By.cssSelector("#queue li"))).extracting(li -> li.getAttribute("data-id"))
                .containsExactly("P1-KQZZarpc", "1ND6COslBKU");
        screenshot("queue");

        // dragging: the events a browser sends when the first talk is dropped on the lower half of the second
        List<WebElement> items = driver.findElements(By.cssSelector("#queue li"));
        driver.executeScript(String.join("\n",
                "const [dragged, target] = arguments;",
                "const data = new DataTransfer();",
                "dragged.dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: data}));",
                "const box = target.getBoundingClientRect();",
                "target.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: data,"
                        + " clientY: box.bottom - 2}));",
                "target.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: data}));"),
                items.get(0), items.get(1));
        wait.until(ExpectedConditions.attributeToBe(By.id("queue"), "data-saved", "yes"));
        driver.navigate().refresh();
        assertThat(driver.findElements(By.cssSelector("#queue li"))).extracting(li -> li.getAttribute("data-id"))
                .containsExactly("1ND6COslBKU", "P1-KQZZarpc");

        driver.get(web.url(FIXTURE + "/publish"));
        String post = driver.findElement(By.id("preview")).getText();
        assertThat(post).contains("My notes:").contains("★★★★☆ Tutorials - Gil, Jim, Naty, Phillip")
                .contains("A quick tour of Ibis <b>not bold</b>").contains("My enqueued talks:");
        String queueSection = post.substring(post.indexOf("My enqueued talks:"));
        assertThat(queueSection.indexOf("Tutorials - Gil, Jim, Naty, Phillip")).as("in the queue's new order")
                .isLessThan(queueSection.indexOf("Keynote Speaker - Simon Willison"));
        WebElement cutoff = driver.findElement(By.name("cutoff"));
        cutoff.sendKeys("10000");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("preview"), "(10,000+ views, arbitrary cutoff)"));
        assertThat(driver.findElement(By.id("download-form")).getAttribute("action")).endsWith("/post.md?cutoff=10000");
        screenshot("publish");
    }

    /** How many halves of the five stars are lit, as the user sees them (by colour, not by class). */
    private long litHalves() {
        String lit = (String) driver.executeScript("return getComputedStyle(document.body).getPropertyValue('--star').trim();");
        return driver.findElements(By.cssSelector("#stars label.half")).stream()
                .filter(half -> colour(half.getCssValue("color")).equals(colour(lit))).count();
    }

    private String colour(String css) {
        return (String) driver.executeScript("const s = document.createElement('span'); s.style.color = arguments[0];"
                + " document.body.append(s); const c = getComputedStyle(s).color; s.remove(); return c;", css);
    }

    private void pressAndWaitForTheSave(CharSequence key, String saved) {
        driver.switchTo().activeElement().sendKeys(key);
        wait.until(ExpectedConditions.attributeToBe(By.id("rating-form"), "data-saved", saved));
    }

    @Test
    void aTalkIsRatedInHalfStarsByKeyboardAlone() throws IOException {
        driver.get(web.url("/videos/1ND6COslBKU"));
        assertThat(driver.findElements(By.cssSelector("#stars label.half"))).hasSize(10);
        assertThat(litHalves()).isZero();
        driver.executeScript("window.notReloaded = true;");

        // Tab from the top of the page reaches the stars
        WebElement focused = null;
        for (int i = 0; i < 40; i++) {
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
            focused = driver.switchTo().activeElement();
            if ("stars".equals(focused.getAttribute("name"))) {
                break;
            }
        }
        assertThat(focused.getAttribute("name")).as("Tab reaches the rating").isEqualTo("stars");

        pressAndWaitForTheSave(Keys.ARROW_RIGHT, "0.5");
        assertThat(rating("1ND6COslBKU")).contains(new Stars(1));
        assertThat(litHalves()).isEqualTo(1);

        for (int i = 0; i < 6; i++) {
            driver.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
        }
        wait.until(ExpectedConditions.attributeToBe(By.id("rating-form"), "data-saved", "3.5"));
        assertThat(rating("1ND6COslBKU")).as("six keys, six half stars more, the last one stored").contains(new Stars(7));
        assertThat(driver.findElement(By.id("rating-glyphs")).getText()).isEqualTo("★★★½☆");
        assertThat(litHalves()).isEqualTo(7);
        assertThat(driver.switchTo().activeElement().getAttribute("value")).as("the focus stays on the rating").isEqualTo("3.5");
        screenshot("rating-keyboard");

        pressAndWaitForTheSave(Keys.END, "5");
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_UP);
        assertThat(driver.switchTo().activeElement().getAttribute("value")).as("past five stars it stays at five").isEqualTo("5");
        assertThat(rating("1ND6COslBKU")).contains(new Stars(10));
        pressAndWaitForTheSave("2", "2");
        assertThat(rating("1ND6COslBKU")).contains(new Stars(4));
        pressAndWaitForTheSave(Keys.ARROW_DOWN, "1.5");
        assertThat(rating("1ND6COslBKU")).contains(new Stars(3));
        pressAndWaitForTheSave(Keys.HOME, "0.5");
        driver.switchTo().activeElement().sendKeys(Keys.ARROW_LEFT);
        assertThat(driver.switchTo().activeElement().getAttribute("value")).as("below half a star it stays").isEqualTo("0.5");
        pressAndWaitForTheSave(Keys.ARROW_RIGHT, "1");
        assertThat(rating("1ND6COslBKU")).contains(new Stars(2));
        assertThat(driver.executeScript("return window.notReloaded === true;")).as("no key reloaded the page").isEqualTo(true);

        driver.navigate().refresh();
        assertThat(driver.findElement(By.id("rating-glyphs")).getText()).isEqualTo("★☆☆☆☆");
        assertThat(litHalves()).as("the stored rating, lit after a reload").isEqualTo(2);
        assertThat(driver.findElement(By.cssSelector("input[name=stars]:checked")).getAttribute("value")).isEqualTo("1");
    }

    @Test
    void hostileTitlesStayText() throws IOException {
        for (String path : List.of("/playlists/" + WebFixture.XSS_PLAYLIST, "/videos/xssScript01", "/videos/xssImgTag02",
                "/playlists/" + WebFixture.XSS_PLAYLIST + "/publish")) {
            driver.get(web.url(path));
            assertThatThrownBy(() -> driver.switchTo().alert()).as(path).isInstanceOf(NoAlertPresentException.class);
            assertThat(driver.findElements(By.cssSelector("main img"))).as(path).isEmpty();
        }
        driver.get(web.url("/playlists/" + WebFixture.XSS_PLAYLIST));
        assertThat(driver.findElement(By.tagName("main")).getText())
                .contains("Talks - Eve <script>alert(1)</script>: Hacking the Web")
                .contains("\"><img src=x onerror=alert(1)>");
        screenshot("hostile-titles");
    }

    @Test
    void aPostFromAnotherSiteIsRefused() throws IOException {
        HttpServer evil = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String page = "<!DOCTYPE html><html><body><form method=\"post\" action=\"" + web.url("/videos/mCkqz8jo19M/rating")
                + "\"><input type=\"hidden\" name=\"stars\" value=\"0.5\"><button id=\"go\">Win a prize</button></form></body></html>";
        evil.createContext("/", exchange -> {
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        evil.start();
        try {
            driver.get("http://127.0.0.1:" + evil.getAddress().getPort() + "/");
            driver.findElement(By.id("go")).click();
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Refused"));
            assertThat(driver.findElement(By.cssSelector("p.error")).getText())
                    .isEqualTo("a request from http://127.0.0.1:" + evil.getAddress().getPort()
                            + " may not change this talkwatch");
            assertThat(rating("mCkqz8jo19M")).isEmpty();
        } finally {
            evil.stop(0);
        }
    }
}
