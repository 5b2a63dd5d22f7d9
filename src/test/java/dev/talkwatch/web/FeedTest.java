package dev.talkwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.talkwatch.ingest.ImportOptions;
import dev.talkwatch.ingest.Importer;
import dev.talkwatch.ingest.Source;
import dev.talkwatch.store.CatalogStore;
import dev.talkwatch.store.Database;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Atom feeds, read back by Rome: new talks and talks that passed the cutoff, per playlist and for all. */
@Tag("server")
class FeedTest {

    static final String PLAYLIST = "PLtalkwatchFeed0000000000000001";

    @TempDir
    Path temp;

    // a whole playlist: as many entries as the playlist_count says
    static Source capture(String day, String entries) {
        String json = "{\"_type\": \"playlist\", \"id\": \"" + PLAYLIST + "\", \"title\": \"Feed Conf <2026>\", \"playlist_count\": "
                + entries.split("\\}").length + ", \"entries\": [" + entries + "]}";
        return Source.bytes(day + ".json", json.getBytes(StandardCharsets.UTF_8), Instant.parse(day + "T12:00:00Z"));
    }

    static String video(String id, String title, long views) {
        return "{\"_type\": \"url\", \"id\": \"" + id + "\", \"title\": \"" + title + "\", \"view_count\": " + views + "}";
    }

    @Test
    void aFeedReaderSeesNewTalksAndTalksThatPassedTheCutoff() throws Exception {
        Database database = Database.openSqlite(temp.resolve("feed.db"));
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
        Importer importer = new Importer(new CatalogStore(database), clock);
        importer.importSources(List.of(capture("2026-11-01", video("vidFeed0001", "Talks - Ann: First", 100) + ", "
                + video("vidFeed0002", "Talks - Bo: Second & <best>", 490))), ImportOptions.defaults());
        importer.importSources(List.of(capture("2026-11-20", video("vidFeed0001", "Talks - Ann: First", 120) + ", "
                + video("vidFeed0002", "Talks - Bo: Second & <best>", 510) + ", " + video("vidFeed0003", "Talks - Cy: Third", 50))),
                ImportOptions.defaults());
        Javalin app = WebApp.create(database, clock, new WebSettings(WebSettings.LOOPBACK, 0, null), WebApp.Defaults.none()).start();
        try {
            SyndFeed one = read(app, "/playlists/" + PLAYLIST + "/feed.atom");
            assertThat(one.getTitle()).isEqualTo("talkwatch: Feed Conf <2026>");
            assertThat(one.getEntries()).extracting(SyndEntry::getTitle).containsExactlyInAnyOrder(
                    "New in Feed Conf <2026>: Talks - Cy: Third", "Talks - Bo: Second & <best> passed 500 views");
            SyndEntry passed = one.getEntries().stream().filter(e -> e.getTitle().contains("passed")).findFirst().orElseThrow();
            assertThat(passed.getLink()).isEqualTo("https://www.youtube.com/watch?v=vidFeed0002");
            assertThat(passed.getUpdatedDate().toInstant()).isEqualTo(Instant.parse("2026-11-20T12:00:00Z"));
            assertThat(passed.getDescription().getValue()).contains("510 views").contains("490 views");

            SyndFeed all = read(app, "/feed.atom");
            assertThat(all.getEntries()).extracting(SyndEntry::getUri)
                    .containsExactlyInAnyOrderElementsOf(one.getEntries().stream().map(SyndEntry::getUri).toList());
            assertThat(read(app, "/playlists/" + PLAYLIST + "/feed.atom").getEntries()).extracting(SyndEntry::getUri)
                    .as("an entry keeps its id").containsExactlyElementsOf(one.getEntries().stream().map(SyndEntry::getUri).toList());
            String page = get(app, "/playlists/" + PLAYLIST).body();
            assertThat(page).contains("href=\"/playlists/" + PLAYLIST + "/feed.atom\" type=\"application/atom+xml\"");
        } finally {
            app.stop();
        }
    }

    @Test
    void textThatXmlCannotHoldIsLeftOutAndMarkupEscaped() {
        assertThat(FeedRoutes.xml("a & <b> \"c\" \u0007bell \ud83c\udfa4")).isEqualTo("a &amp; &lt;b&gt; &quot;c&quot; bell \ud83c\udfa4");
    }

    private static SyndFeed read(Javalin app, String path) throws Exception {
        HttpResponse<String> response = get(app, path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/atom+xml"));
        return new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8))));
    }

    private static HttpResponse<String> get(Javalin app, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
