package dev.talkwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talkwatch.ingest.ImportOptions;
import dev.talkwatch.ingest.Importer;
import dev.talkwatch.ingest.Source;
import dev.talkwatch.store.CatalogStore;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A long playlist's screen shows a page of rows; its order and filters still cover every video. */
@Tag("server")
class PlaylistPagingTest {

    private static final String PLAYLIST = "PLtalkwatchPaging000000000000001";
    private static final int VIDEOS = 450;
    private static final Pattern ROW = Pattern.compile("<tr data-video=\"/videos/([\\w-]{11})\">");

    @TempDir
    Path folder;

    private WebFixture web;

    @BeforeEach
    void start() {
        web = new WebFixture(folder);
        new Importer(new CatalogStore(web.database), Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC))
                .importSources(List.of(Source.bytes("long.json", browse().getBytes(StandardCharsets.UTF_8),
                        Instant.parse("2026-11-01T00:00:00Z"))), ImportOptions.defaults());
    }

    @AfterEach
    void stop() {
        web.close();
    }

    static String id(int i) {
        return String.format(Locale.ROOT, "pg%09d", i);
    }

    // Video i has 1,000 + 7i mod 450 views, so views order differs from position order.
    static long views(int i) {
        return 1_000 + (7L * i) % VIDEOS;
    }

    private static String browse() {
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= VIDEOS; i++) {
            items.append(i > 1 ? "," : "").append("""
                    {"playlistVideoRenderer":{"videoId":"%1$s","title":{"runs":[{"text":"Talks - Ada Lovelace: Talk %2$d%3$s"}]},
                    "index":{"simpleText":"%2$d"},"lengthSeconds":"1805","videoInfo":{"runs":[{"text":"%4$,d views"}]},
                    "navigationEndpoint":{"watchEndpoint":{"videoId":"%1$s","playlistId":"%5$s","index":%6$d}}}}
                    """.formatted(id(i), i, i == 437 ? " needle" : "", views(i), PLAYLIST, i - 1));
        }
        return """
                {"contents":{"twoColumnBrowseResultsRenderer":{"tabs":[{"tabRenderer":{"content":{"sectionListRenderer":
                {"contents":[{"itemSectionRenderer":{"contents":[{"playlistVideoListRenderer":{"playlistId":"%s","contents":[%s
                ]}}]}}]}}}}]}},"metadata":{"playlistMetadataRenderer":{"title":"Paging Conf"}}}
                """.formatted(PLAYLIST, items);
    }

    private static List<String> rows(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    @Test
    void theScreenShowsOnePageAndLinksTheNext() {
        HttpResponse<String> first = web.get("/playlists/" + PLAYLIST);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(rows(first.body())).hasSize(PlaylistRoutes.PAGE_ROWS).startsWith(id(1), id(2));
        assertThat(first.body()).contains("1–200 of 450 of 450 videos").contains("rel=\"next\"").doesNotContain("rel=\"prev\"");

        List<String> seen = new ArrayList<>(rows(first.body()));
        seen.addAll(rows(web.get("/playlists/" + PLAYLIST + "?page=2").body()));
        String last = web.get("/playlists/" + PLAYLIST + "?page=3").body();
        seen.addAll(rows(last));
        assertThat(last).contains("401–450 of 450").contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
        assertThat(seen).hasSize(VIDEOS).doesNotHaveDuplicates();
    }

    @Test
    void sortingAndSearchCoverEveryVideoNotOnlyThePageShown() {
        String byViews = web.get("/playlists/" + PLAYLIST + "?sort=views&dir=desc").body();
        int most = 1;
        for (int i = 1; i <= VIDEOS; i++) {
            most = views(i) > views(most) ? i : most;
        }
        assertThat(rows(byViews).getFirst()).isEqualTo(id(most));

        String found = web.get("/playlists/" + PLAYLIST + "?q=needle").body();
        assertThat(rows(found)).containsExactly(id(437));
        assertThat(found).doesNotContain("rel=\"next\"");
    }

    @Test
    void aChangeByAnotherProcessShowsOnTheNextView() {
        String before = web.get("/playlists/" + PLAYLIST + "?q=needle").body();
        assertThat(before).doesNotContain("★");
        // the command line's own connection, as `talkwatch rate` would open it
        var other = new dev.talkwatch.store.CurationStore(dev.talkwatch.store.Database.open(web.location, dev.talkwatch.store.Engine.environment()));
        other.inTransaction((dev.talkwatch.store.CurationStore.Curation c) -> {
            c.rate(id(437), dev.talkwatch.catalog.Stars.parse("4").orElseThrow(), Instant.parse("2026-11-02T00:00:00Z"));
            return null;
        });
        assertThat(web.get("/playlists/" + PLAYLIST + "?q=needle").body()).contains("★★★★");
    }

    @Test
    void aPageBeyondTheLastShowsTheLastAndABadPageIsRefused() {
        assertThat(rows(web.get("/playlists/" + PLAYLIST + "?page=99").body())).hasSize(VIDEOS - 2 * PlaylistRoutes.PAGE_ROWS);
        assertThat(web.get("/playlists/" + PLAYLIST + "?page=0").statusCode()).isEqualTo(400);
        assertThat(web.get("/playlists/" + PLAYLIST + "?page=two").statusCode()).isEqualTo(400);
    }

    @Test
    void rowsJsonHasTheFieldsOfListAsJsonInTheScreensOrder() throws Exception {
        HttpResponse<String> response = web.get("/playlists/" + PLAYLIST + "/rows.json?sort=views&dir=desc&offset=1&limit=3");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type").orElse("")).startsWith("application/json");
        JsonNode rows = new ObjectMapper().readTree(response.body());
        assertThat(rows).hasSize(3);
        List<String> byViews = rows(web.get("/playlists/" + PLAYLIST + "?sort=views&dir=desc").body());
        assertThat(rows.get(0).path("id").asText()).isEqualTo(byViews.get(1));
        assertThat(rows.get(2).path("id").asText()).isEqualTo(byViews.get(3));
        assertThat(rows.get(0).has("views")).isTrue();

        JsonNode all = new ObjectMapper().readTree(web.get("/playlists/" + PLAYLIST + "/rows.json").body());
        assertThat(all).hasSize(VIDEOS);
    }
}
