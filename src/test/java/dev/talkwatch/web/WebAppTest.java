package dev.talkwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkwatch.catalog.DiaryEntry;
import dev.talkwatch.catalog.Note;
import dev.talkwatch.catalog.Stars;
import dev.talkwatch.store.CurationStore;
import dev.talkwatch.store.HistoryStore;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The web app's routes on a real server, over an SQLite catalog and over a PostgreSQL one. */
@Tag("server")
@ParameterizedClass
@EnumSource(dev.talkwatch.store.Engine.class)
class WebAppTest {

    @Parameter
    dev.talkwatch.store.Engine engine;

    private static final Pattern ROW = Pattern.compile("<tr data-video=\"/videos/([\\w-]{11})\">");

    @TempDir
    Path folder;

    private WebFixture web;

    @BeforeEach
    void start() {
        web = new WebFixture(engine.location(folder), null,
                java.time.Clock.fixed(WebFixture.NOW, java.time.ZoneId.of("America/Los_Angeles")));
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private static List<String> rows(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private CurationStore curation() {
        return new CurationStore(web.database);
    }

    private Optional<Stars> rating(String videoId) {
        return curation().inTransaction((CurationStore.Curation c) -> c.rating(videoId));
    }

    private List<Note> notes(String videoId) {
        return curation().inTransaction((CurationStore.Curation c) -> c.notes(videoId));
    }

    private List<String> queue() {
        return curation().inTransaction(CurationStore.Curation::queue);
    }

    private List<DiaryEntry> diary() {
        return curation().inTransaction(CurationStore.Curation::diary);
    }

    @Test
    void theFrontPageLinksEveryPlaylistByItsId() {
        HttpResponse<String> page = web.get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<a href=\"/playlists/PLtalkwatchFixture0000000000000001\">PyCon US 2024 (fixture)</a>")
                .contains("<a href=\"/playlists/" + WebFixture.XSS_PLAYLIST + "\">");
    }

    @Test
    void thePlaylistSortsByAnyColumnAndDrawsTheCutoffLine() {
        String byViews = web.get("/playlists/PLtalkwatchFixture0000000000000001?sort=views&dir=desc").body();

        assertThat(rows(byViews)).containsExactly("7j0RRiDeqRg", "L-Ok_89QJOM", "kns4Qlvl3vk", "p_Vx3gDHeUI",
                "iL9vp8xuHDw", "P1-KQZZarpc", "1ND6COslBKU", "mCkqz8jo19M", "ex9draKAP3c", "LauNJNKECOM");
        assertThat(byViews.indexOf("class=\"cutoff-line\"")).as("between 921 and 1 view")
                .isBetween(byViews.indexOf("/videos/mCkqz8jo19M\""), byViews.indexOf("/videos/ex9draKAP3c\""));
        assertThat(byViews).contains("500+ views above this line");

        String byTitle = web.get("/playlists/PLtalkwatchFixture0000000000000001?sort=title&dir=asc").body();
        assertThat(rows(byTitle).getFirst()).as("by the talk's own title: 'Introducing Pydantic's new platform ...'")
                .isEqualTo("kns4Qlvl3vk");
        assertThat(byTitle).as("the Title column shows the talk's title, YouTube's on hover")
                .contains("title=\"Talks - Josh Wiedemeier: There and Back Again: Reverse Engineering Python Binaries\">"
                        + "There and Back Again: Reverse Engineering Python Binaries</a>");
        assertThat(byTitle).doesNotContain("cutoff-line");

        String cutAt5000 = web.get("/playlists/PLtalkwatchFixture0000000000000001?sort=views&cutoff=5000").body();
        assertThat(cutAt5000.indexOf("cutoff-line")).isBetween(cutAt5000.indexOf("/videos/iL9vp8xuHDw\""),
                cutAt5000.indexOf("/videos/P1-KQZZarpc\""));
    }

    @Test
    void thePlaylistFiltersByTrackViewsCurationAndText() {
        String playlist = "/playlists/PLtalkwatchFixture0000000000000001";
        assertThat(rows(web.get(playlist + "?track=tutorials").body())).containsExactly("1ND6COslBKU", "iL9vp8xuHDw");
        assertThat(rows(web.get(playlist + "?track=-").body())).containsExactly("L-Ok_89QJOM");
        assertThat(rows(web.get(playlist + "?min=1000000000").body())).containsExactly("L-Ok_89QJOM", "7j0RRiDeqRg");
        assertThat(rows(web.get(playlist + "?q=django%20felipe").body())).containsExactly("iL9vp8xuHDw");

        curation().inTransaction((CurationStore.Curation c) -> {
            c.rate("ex9draKAP3c", new Stars(7), WebFixture.NOW);
            c.enqueue("P1-KQZZarpc", null, WebFixture.NOW);
            return null;
        });
        assertThat(rows(web.get(playlist + "?show=queued").body())).containsExactly("P1-KQZZarpc");
        assertThat(rows(web.get(playlist + "?show=rated").body())).containsExactly("ex9draKAP3c");
        assertThat(rows(web.get(playlist + "?show=unrated").body())).hasSize(9);
        assertThat(web.get(playlist + "?show=rated").body()).contains("★★★½☆");
        assertThat(web.get(playlist + "?min=lots").statusCode()).isEqualTo(400);
    }

    @Test
    void aRatingIsSetByAPostToTheVideosRatingResource() {
        HttpResponse<String> response = web.post("/videos/mCkqz8jo19M/rating", Map.of("stars", "3.5"));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).contains("/videos/mCkqz8jo19M");
        assertThat(rating("mCkqz8jo19M")).contains(new Stars(7));
        assertThat(web.get("/videos/mCkqz8jo19M").body()).contains("★★★½☆");

        web.post("/videos/mCkqz8jo19M/rating", Map.of("stars", "clear"));
        assertThat(rating("mCkqz8jo19M")).isEmpty();
        assertThat(web.post("/videos/mCkqz8jo19M/rating", Map.of("stars", "7")).statusCode()).isEqualTo(400);
    }

    @Test
    void notesAreAddedEditedAndRemovedAndTheirHtmlIsShownAsText() {
        web.post("/videos/mCkqz8jo19M/notes", Map.of("text", "see **pylingual** <script>alert(1)</script>"));
        String page = web.get("/videos/mCkqz8jo19M").body();
        assertThat(page).contains("<strong>pylingual</strong>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>alert(1)</script>");

        web.post("/videos/mCkqz8jo19M/notes/1", Map.of("text", "better said"));
        assertThat(notes("mCkqz8jo19M")).singleElement()
                .satisfies(note -> assertThat(note.text()).isEqualTo("better said"));
        web.post("/videos/mCkqz8jo19M/notes/1/delete", Map.of());
        assertThat(notes("mCkqz8jo19M")).isEmpty();
        assertThat(web.post("/videos/mCkqz8jo19M/notes", Map.of("text", " ")).statusCode()).isEqualTo(400);
    }

    @Test
    void queueAndWatchedAreToggledAndTheQueueReordered() {
        web.post("/videos/mCkqz8jo19M/queue", Map.of("queued", "true"));
        web.post("/videos/P1-KQZZarpc/queue", Map.of("queued", "true"));
        web.post("/videos/ex9draKAP3c/queue", Map.of("queued", "true"));
        assertThat(queue()).containsExactly("mCkqz8jo19M", "P1-KQZZarpc", "ex9draKAP3c");

        web.post("/queue/order", Map.of("ids", "ex9draKAP3c,mCkqz8jo19M,P1-KQZZarpc"));
        assertThat(queue()).containsExactly("ex9draKAP3c", "mCkqz8jo19M", "P1-KQZZarpc");
        web.post("/queue/P1-KQZZarpc/move", Map.of("position", "1"));
        assertThat(queue()).containsExactly("P1-KQZZarpc", "ex9draKAP3c", "mCkqz8jo19M");
        assertThat(web.post("/queue/order", Map.of("ids", "ex9draKAP3c")).statusCode()).as("not every talk").isEqualTo(400);

        assertThat(web.get("/queue").body()).contains("3 talks, 1 h 30 min");
        assertThat(web.get("/queue?plan=60").body()).as("two talks of 30:05 and more do not fit in an hour")
                .contains("1 talk, 30 min of 1 h 00 min");
        assertThat(web.get("/queue?plan=61").body()).contains("2 talks, 1 h 00 min of 1 h 01 min");

        web.post("/videos/ex9draKAP3c/watched", Map.of("watched", "true"));
        assertThat(diary()).singleElement()
                .satisfies(e -> assertThat(e.videoId()).isEqualTo("ex9draKAP3c"));
        assertThat(queue()).as("watched leaves the queue").doesNotContain("ex9draKAP3c");
        web.post("/videos/ex9draKAP3c/watched", Map.of("watched", "false", "on", diary().getFirst().watchedOn().toString()));
        assertThat(diary()).isEmpty();
        web.post("/videos/mCkqz8jo19M/queue", Map.of("queued", "false"));
        assertThat(queue()).containsExactly("P1-KQZZarpc");
    }

    @Test
    void aFormWithABadValueIsRefusedAndChangesNothing() {
        web.post("/videos/mCkqz8jo19M/rating", Map.of("stars", "3.5"));
        curation().inTransaction(c -> c.addWatched("mCkqz8jo19M", java.time.LocalDate.parse("2024-08-05"), "manual"));
        web.post("/videos/mCkqz8jo19M/watched", Map.of("watched", "true", "on", "2024-08-07"));
        web.post("/videos/mCkqz8jo19M/queue", Map.of("queued", "true"));
        List<DiaryEntry> before = diary();

        List<HttpResponse<String>> refused = List.of(
                web.post("/videos/mCkqz8jo19M/rating", Map.of()),
                web.post("/videos/mCkqz8jo19M/rating", Map.of("stars", " ")),
                web.post("/videos/mCkqz8jo19M/rating", Map.of("stars", "banana")),
                web.post("/videos/mCkqz8jo19M/queue", Map.of("queued", "banana")),
                web.post("/videos/mCkqz8jo19M/queue", Map.of()),
                web.post("/videos/mCkqz8jo19M/watched", Map.of("watched", "maybe")),
                web.post("/videos/mCkqz8jo19M/watched", Map.of()),
                web.post("/videos/mCkqz8jo19M/watched", Map.of("watched", "false")),
                web.post("/videos/mCkqz8jo19M/watched", Map.of("watched", "false", "on", "yesterday")),
                web.post("/videos/mCkqz8jo19M/watched", Map.of("watched", "false", "on", "2020-01-01")),
                web.post("/videos/mCkqz8jo19M/watched", Map.of("watched", "true", "on", "2024-13-01")),
                web.post("/queue/order", Map.of("ids", "mCkqz8jo19M,mCkqz8jo19M")));

        assertThat(refused).allSatisfy(response -> assertThat(response.statusCode()).isEqualTo(400));
        assertThat(refused.get(3).body()).contains("'banana' is no value for 'queued'");
        assertThat(rating("mCkqz8jo19M")).map(Stars::value).contains(3.5);
        assertThat(queue()).containsExactly("mCkqz8jo19M");
        assertThat(diary()).isEqualTo(before).hasSize(2);
    }

    @Test
    void notWatchedTakesBackOneViewingAndClearingARatingIsExplicit() {
        curation().inTransaction(c -> c.addWatched("mCkqz8jo19M", java.time.LocalDate.parse("2024-08-05"), "manual"));
        web.post("/videos/mCkqz8jo19M/watched", Map.of("watched", "true", "on", "2024-08-07"));
        web.post("/videos/mCkqz8jo19M/rating", Map.of("stars", "4"));

        assertThat(web.get("/videos/mCkqz8jo19M").body()).contains("Watched on 2024-08-05").contains("Watched on 2024-08-07")
                .contains("aria-label=\"Not watched on 2024-08-05\"");
        assertThat(web.post("/videos/mCkqz8jo19M/watched", Map.of("watched", "false", "on", "2024-08-07")).statusCode())
                .isEqualTo(303);
        assertThat(diary()).extracting(e -> e.watchedOn().toString()).containsExactly("2024-08-05");
        web.post("/videos/mCkqz8jo19M/rating", Map.of("stars", "clear"));
        assertThat(rating("mCkqz8jo19M")).isEmpty();
    }

    @Test
    void aSpeakerPageListsTheSpeakersTalksAcrossPlaylists() {
        String page = web.get("/speakers?name=simon%20willison").body();

        assertThat(page).contains("<h1>simon willison</h1>").contains("/videos/P1-KQZZarpc").contains("4.7K");
        assertThat(web.get("/speakers?name=Nobody%20Here").statusCode()).isEqualTo(404);
    }

    private dev.talkwatch.curate.Curator curator() {
        return new dev.talkwatch.curate.Curator(new dev.talkwatch.store.CatalogStore(web.database), curation(),
                Clock.fixed(WebFixture.NOW, ZoneId.of("UTC")));
    }

    @Test
    void theSpeakersIndexNamesEverySpeakerWithTheirTalks() {
        String index = web.get("/speakers").body();

        Matcher entry = Pattern.compile("<tr><td><a href=\"(/speakers\\?name=[^\"]+)\">([^<]+)</a></td><td class=\"num\">(\\d+)</td></tr>")
                .matcher(index);
        List<String> names = new ArrayList<>();
        var catalog = new dev.talkwatch.store.CatalogStore(web.database);
        while (entry.find()) {
            String name = entry.group(2).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'")
                    .replace("&#34;", "\"");
            names.add(name);
            assertThat(Integer.parseInt(entry.group(3))).as(name).isEqualTo(catalog.speakerTalks(name).size());
            assertThat(web.get(entry.group(1)).statusCode()).as(entry.group(1)).isEqualTo(200);
        }
        assertThat(names).contains("Simon Willison", "Josh Wiedemeier").doesNotHaveDuplicates()
                .hasSize(catalog.speakers().size());
        assertThat(names.indexOf("Josh Wiedemeier")).as("by name").isLessThan(names.indexOf("Simon Willison"));
        assertThat(index).contains("<a href=\"/speakers\">Speakers</a>");
    }

    @Test
    void searchFindsTalksOfEveryPlaylistAndMarksTheWordsFound() {
        assertThat(web.get("/search").body()).contains("<input type=\"search\" name=\"q\" value=\"\"");
        String id = curator().search("reverse engineering", 5).getFirst().state().video().id();

        String page = web.get("/search?q=reverse%20engineering").body();

        assertThat(page).contains("<a href=\"/videos/" + id + "\">").contains("<mark>Reverse</mark>")
                .contains("value=\"reverse engineering\"").contains("PyCon US 2024 (fixture)</a>");
        assertThat(web.get("/search?q=zzzznothing").body()).contains("Nothing matches 'zzzznothing'");
        assertThat(web.get("/search?q=" + "x".repeat(600)).statusCode()).isEqualTo(400);
        assertThat(web.get("/search?q=script").body()).as("a hostile title found, by a word written as a tag, and shown as text")
                .contains("href=\"/videos/xssScript01\"").doesNotContain("<script>alert").contains("&lt;script&gt;");
    }

    @Test
    void theDiaryShowsTheLatestDayFirstWithRatings() {
        curation().inTransaction(c -> {
            c.addWatched("mCkqz8jo19M", java.time.LocalDate.parse("2024-08-05"), "manual");
            c.addWatched("P1-KQZZarpc", java.time.LocalDate.parse("2024-09-01"), "manual");
            c.rate("P1-KQZZarpc", new Stars(9), WebFixture.NOW);
            return null;
        });

        String page = web.get("/diary").body();

        assertThat(page.indexOf("2024-09-01")).isPositive().isLessThan(page.indexOf("2024-08-05"));
        assertThat(page).contains("2 entries for 2 talks").contains("★★★★½");
        assertThat(web.get("/").body()).contains("<a href=\"/diary\">Diary</a>");
    }

    @Test
    void everyTableIsOneClickAwayAsJsonAndCsvAsTheCommandLinePrintsIt() {
        curation().inTransaction(c -> {
            c.addWatched("mCkqz8jo19M", java.time.LocalDate.parse("2024-08-05"), "manual");
            c.rate("mCkqz8jo19M", new Stars(7), WebFixture.NOW);
            c.enqueue("P1-KQZZarpc", null, WebFixture.NOW);
            c.enqueue("mCkqz8jo19M", null, WebFixture.NOW);
            return null;
        });
        var curator = curator();
        var catalog = new dev.talkwatch.store.CatalogStore(web.database);
        Map<String, dev.talkwatch.publish.Listing> expected = new java.util.LinkedHashMap<>();
        expected.put("/", dev.talkwatch.publish.CurationJson.playlists(catalog.playlists()));
        expected.put("/queue", dev.talkwatch.publish.CurationJson.queue(curator.queue()));
        expected.put("/diary", dev.talkwatch.publish.CurationJson.diary(curator.diary()));
        expected.put("/search?q=python", dev.talkwatch.publish.CurationJson.search(curator.search("python", 100)));
        expected.put("/search?q=python&limit=2", dev.talkwatch.publish.CurationJson.search(curator.search("python", 2)));
        expected.put("/speakers", dev.talkwatch.publish.CurationJson.speakers(catalog.speakers()));
        expected.put("/speakers?name=Simon%20Willison", dev.talkwatch.publish.CurationJson.videos(
                catalog.speakerTalks("Simon Willison").stream()
                        .sorted(java.util.Comparator.comparing((dev.talkwatch.catalog.VideoState v) -> v.video().title())).toList()));

        expected.forEach((path, listing) -> {
            String page = web.get(path).body();
            Matcher json = Pattern.compile("href=\"([^\"]+)\" type=\"application/json\" id=\"rows-json\"").matcher(page);
            Matcher csv = Pattern.compile("href=\"([^\"]+)\" type=\"text/csv\" id=\"rows-csv\"").matcher(page);
            assertThat(json.find()).as(path + " links its JSON").isTrue();
            assertThat(csv.find()).as(path + " links its CSV").isTrue();
            HttpResponse<String> asJson = web.get(json.group(1).replace("&amp;", "&"));
            HttpResponse<String> asCsv = web.get(csv.group(1).replace("&amp;", "&"));
            assertThat(asJson.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/json"));
            assertThat(asCsv.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
            assertThat(asJson.body()).as(path + " as JSON").isEqualTo(listing.json());
            assertThat(asCsv.body()).as(path + " as CSV").isEqualTo(listing.csv());
            assertThat(listing.rows()).as(path + " has rows to compare").isNotEmpty();
        });
    }

    @Test
    void thePublishPreviewFollowsTheCutoffAndTheDownloadIsMarkdown() {
        String preview = web.get("/playlists/PLtalkwatchFixture0000000000000001/publish/preview?cutoff=5000").body();
        assertThat(preview).as("the front matter shown above the post").containsPattern(
                "<pre class=\"front-matter\" aria-label=\"Front matter\">---\ntitle: .*PyCon US 2024 \\(fixture\\) Recordings.*\ndate: ");
        assertThat(web.get("/playlists/PLtalkwatchFixture0000000000000001/publish").body())
                .as("a day written as the post writes it, not in the browser's locale")
                .contains("name=\"asOf\" value=\"\" placeholder=\"YYYY-MM-DD\"");
        assertThat(preview).contains("Popular talks as of today (5,000+ views, arbitrary cutoff):")
                .doesNotContain("Keynote Speaker - Simon Willison");

        String address = "/playlists/PLtalkwatchFixture0000000000000001/publish/post.md?cutoff=900";
        HistoryStore history = new HistoryStore(web.database);
        HttpResponse<String> looked = web.get(address);
        assertThat(looked.body()).startsWith("---\ntitle: \"PyCon US 2024 (fixture) Recordings\"")
                .contains("(900+ views, arbitrary cutoff)");
        assertThat(history.postDates("PLtalkwatchFixture0000000000000001")).as("a GET, as a link on any site sends, changes nothing")
                .isEmpty();
        assertThat(web.post(address, Map.of(), "http://evil.example", web.csrf()).statusCode()).isEqualTo(403);
        assertThat(web.post(address, Map.of(), web.origin(), null).statusCode()).isEqualTo(403);
        assertThat(history.postDates("PLtalkwatchFixture0000000000000001")).isEmpty();

        HttpResponse<String> download = web.post(address, Map.of());
        assertThat(download.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"pycon-us-2024-fixture.md\"");
        assertThat(download.body()).isEqualTo(looked.body());
        assertThat(history.postDates("PLtalkwatchFixture0000000000000001")).as("the page's own form records the post").hasSize(1);
        assertThat(web.get("/playlists/PLtalkwatchFixture0000000000000001/publish/preview?sections=nonsense").body())
                .contains("class=\"error\"");
    }

    @Test
    void theSortedColumnSaysSoToAScreenReader() {
        String page = web.get("/playlists/PLtalkwatchFixture0000000000000001?sort=views&dir=desc").body();
        assertThat(Pattern.compile("<th aria-sort=\"descending\"><a [^>]+>Views</a>").matcher(page).find()).isTrue();
        assertThat(Pattern.compile("<th aria-sort=\"(ascending|descending)\"").matcher(page).results().count()).isEqualTo(1);
        assertThat(page).contains("<th aria-sort=\"none\">");
    }

    @Test
    void thePlaylistsRowsAreOneClickAwayAsJsonAndCsvWithTheFiltersOfThePage() {
        String id = "PLtalkwatchFixture0000000000000001";
        String page = web.get("/playlists/" + id + "?track=Talks&sort=views&page=1").body();
        Matcher json = Pattern.compile("href=\"([^\"]+)\" type=\"application/json\" id=\"rows-json\"").matcher(page);
        Matcher csv = Pattern.compile("href=\"([^\"]+)\" type=\"text/csv\" id=\"rows-csv\"").matcher(page);
        assertThat(json.find()).isTrue();
        assertThat(csv.find()).isTrue();
        String csvHref = csv.group(1).replace("&amp;", "&");
        assertThat(csvHref).startsWith("/playlists/" + id + "/rows.csv?").contains("track=Talks").contains("sort=views")
                .doesNotContain("page=");

        var items = new dev.talkwatch.store.CatalogStore(web.database).items(id);
        HttpResponse<String> all = web.get("/playlists/" + id + "/rows.csv");
        assertThat(all.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(all.body()).as("the same rows and fields as list --format csv").isEqualTo(dev.talkwatch.publish.ItemListing.csv(items));
        assertThat(web.get("/playlists/" + id + "/rows.json").body()).isEqualTo(dev.talkwatch.publish.ItemListing.json(items));

        String talks = web.get(csvHref).body();
        long talkRows = items.stream().filter(i -> "Talks".equals(i.video().talk().track())).count();
        assertThat(talks.lines().count()).as("the header and the rows of track Talks").isEqualTo(1 + talkRows);
        assertThat(web.get(json.group(1).replace("&amp;", "&")).body()).startsWith("[");
    }

    @Test
    void thePreviewSaysWhenTheImportedPostsAuthorAndCutoffWinOverTheConfigurations() throws Exception {
        new dev.talkwatch.ingest.Importer(new dev.talkwatch.store.CatalogStore(web.database), Clock.fixed(WebFixture.NOW,
                ZoneId.of("UTC"))).importSources(List.of(dev.talkwatch.Fixtures.source("ingest/post/recap-august.md")),
                dev.talkwatch.ingest.ImportOptions.defaults());
        io.javalin.Javalin configured = WebApp.create(web.database, Clock.fixed(WebFixture.NOW, ZoneId.of("UTC")),
                new WebSettings(WebSettings.LOOPBACK, 0, null), new WebApp.Defaults("Willi", List.of(), 100_000L)).start();
        try {
            String preview = web.client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:"
                    + configured.port() + "/playlists/PLtalkwatchFixture0000000000000001/publish/preview")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(preview).contains("<p class=\"note\">the author is the imported post's (Ana), not author= of the"
                    + " configuration (Willi); the form's author chooses another</p>")
                    .contains("<p class=\"note\">the cutoff is the imported post's (500+ views), not cutoff= of the"
                            + " configuration (100000); the form's cutoff chooses another</p>");
        } finally {
            configured.stop();
        }
    }

    @Test
    void aPreviewKeptForTheCatalogAsItIsWritesThePostDateOfTheMomentAskedFor(@TempDir Path other) {
        Instant[] now = {WebFixture.NOW};
        Clock clock = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneId.of("America/Los_Angeles");
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        try (WebFixture moving = new WebFixture(other, null, clock)) {
            String path = "/playlists/PLtalkwatchFixture0000000000000001/publish";
            assertThat(moving.get(path).body()).contains("date: 2026-11-25T04:00:00-08:00");
            now[0] = now[0].plusSeconds(90 * 60 + 7);
            assertThat(moving.get(path).body()).contains("date: 2026-11-25T05:30:07-08:00").doesNotContain("04:00:00");
            assertThat(moving.get(path + "/preview").body()).contains("date: 2026-11-25T05:30:07-08:00");

            assertThat(moving.get("/videos/mCkqz8jo19M").body()).doesNotContain("★★★½☆");
            moving.post("/videos/mCkqz8jo19M/rating", Map.of("stars", "3.5"));
            assertThat(moving.get("/videos/mCkqz8jo19M").body()).as("a commit shows at once").contains("★★★½☆");
        }
    }

    @Test
    void pagesGoGzippedToBrowsersThatAcceptItAndAsTheyAreToOthers() throws Exception {
        String path = "/playlists/PLtalkwatchFixture0000000000000001";
        HttpResponse<String> plain = web.get(path);
        HttpResponse<byte[]> zipped = web.client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(web.url(path)))
                .header("Accept-Encoding", "gzip, deflate, br").GET().build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(zipped.headers().firstValue("Vary")).contains("Accept-Encoding");
        assertThat(zipped.headers().firstValue("Content-Type")).isEqualTo(plain.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html").contains("charset=utf-8"));
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body()))) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(plain.body());
        }
        assertThat(plain.body()).contains("Keynote Speaker - Simon Willison");
    }

    @Test
    void hostileTitlesAreShownAsText() {
        for (String path : List.of("/", "/playlists/" + WebFixture.XSS_PLAYLIST, "/videos/xssScript01",
                "/videos/xssImgTag02", "/speakers?name=Eve%20%3Cscript%3Ealert(1)%3C%2Fscript%3E",
                "/playlists/" + WebFixture.XSS_PLAYLIST + "/publish")) {
            String body = web.get(path).body();
            assertThat(body).as(path).doesNotContain("<script>alert").doesNotContain("<img src=x")
                    .doesNotContain("<b>Bold</b>").doesNotContain("<i>Evil</i>");
        }
        assertThat(web.get("/playlists/" + WebFixture.XSS_PLAYLIST).body())
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("\"&gt;&lt;img src=x onerror=alert(1)&gt;</a>");
    }

    @Test
    void everyPageCarriesAPolicyWithoutInlineScripts() {
        HttpResponse<String> page = web.get("/videos/mCkqz8jo19M");

        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("script-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.body()).doesNotContainPattern("<script>[^<]").doesNotContain(" onclick=").doesNotContain(" style=\"");
    }

    @Test
    void aPostWithoutTheCsrfTokenOrFromAnotherOriginIsRefused() {
        assertThat(web.post("/videos/mCkqz8jo19M/rating", Map.of("stars", "1"), web.origin(), null).statusCode())
                .isEqualTo(403);
        HttpResponse<String> foreign = web.post("/videos/mCkqz8jo19M/rating", Map.of("stars", "1"),
                "http://evil.example", web.csrf());
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("a request from http://evil.example may not change this talkwatch");
        assertThat(rating("mCkqz8jo19M")).isEmpty();
        assertThat(web.post("/videos/mCkqz8jo19M/rating", Map.of("stars", "1"), null, web.csrf()).statusCode())
                .as("no Origin: a non-browser client with the token").isEqualTo(303);
    }

    @Test
    void aNameOtherThanLocalhostIsRefusedAgainstDnsRebinding() throws Exception {
        // java.net.http will not set Host; a raw request can, as a rebinding page's browser would
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", web.app.port())) {
            socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: rebound.example:" + web.app.port()
                    + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 403").contains("answers only at 127.0.0.1 or localhost")
                    .doesNotContain("PyCon US 2024 (fixture)");
        }
        assertThat(web.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void unknownThingsGetAPageNotATrace() {
        HttpResponse<String> video = web.get("/videos/zzzzzzzzzzz");
        assertThat(video.statusCode()).isEqualTo(404);
        assertThat(video.body()).contains("no video zzzzzzzzzzz in the catalog").doesNotContain("Exception");
        assertThat(web.get("/playlists/PLnothing").statusCode()).isEqualTo(404);
        assertThat(web.get("/no/such/page").body()).contains("no such page");
        assertThat(web.post("/videos/zzzzzzzzzzz/rating", Map.of("stars", "3")).statusCode()).isEqualTo(404);
    }

    @Test
    void anAddressTheServerRefusesGetsTheAppsPageWithItsHeaders() throws Exception {
        Map<String, String> refused = Map.of("/static/../../etc/passwd", "HTTP/1.1 400", "/videos/%00", "HTTP/1.1 400",
                "/static/%2e%2e/%2e%2e/etc/passwd", "HTTP/1.1 400", "/" + "a".repeat(100_000), "HTTP/1.1 414");
        for (Map.Entry<String, String> request : refused.entrySet()) {
            String answer = raw("GET " + request.getKey() + " HTTP/1.1\r\nHost: 127.0.0.1:" + web.app.port()
                    + "\r\nConnection: close\r\n\r\n");
            String path = request.getKey().substring(0, Math.min(40, request.getKey().length()));
            assertThat(answer).as(path).startsWith(request.getValue())
                    .contains("Content-Security-Policy: " + Security.POLICY).contains("X-Frame-Options: DENY")
                    .contains("text/html; charset=utf-8").contains("<title>Error ").contains("/static/app.css")
                    .doesNotContain("root:").doesNotContain("HTTP ERROR").doesNotContain("badMessage");
        }
    }

    private String raw(String request) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", web.app.port())) {
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void anOversizedBodyIsRefused() {
        int status;
        try {
            status = web.post("/videos/mCkqz8jo19M/notes", Map.of("text", "x".repeat(200_000))).statusCode();
        } catch (java.io.UncheckedIOException reset) {
            // the server answers 413 as soon as the body passes the limit and closes; a client still
            // writing the rest may see the connection reset before it reads the answer
            status = 413;
        }

        assertThat(status).isEqualTo(413);
        assertThat(notes("mCkqz8jo19M")).isEmpty();
    }
}
