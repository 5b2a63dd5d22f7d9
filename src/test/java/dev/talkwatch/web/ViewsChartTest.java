package dev.talkwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkwatch.ingest.ImportOptions;
import dev.talkwatch.ingest.Importer;
import dev.talkwatch.ingest.Source;
import dev.talkwatch.store.CatalogStore;
import dev.talkwatch.store.Database;
import io.javalin.Javalin;
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
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "Most viewed" chart draws every talk above the cutoff, and its labels start inside the chart. */
@Tag("server")
class ViewsChartTest {

    @TempDir
    Path temp;

    @Test
    void everyTalkAboveTheCutoffHasItsBar() throws Exception {
        StringBuilder entries = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            // 40 talks of 519 views or more, 20 below the cutoff of 500
            long views = i <= 40 ? 519 + 60L * (40 - i) : 5L * i;
            entries.append(i == 1 ? "" : ", ").append("{\"_type\": \"url\", \"id\": \"").append(String.format("vidChart%03d", i))
                    .append("\", \"title\": \"Talks - Speaker ").append(i).append(": A talk whose title is long enough to be cut short")
                    .append("\", \"view_count\": ").append(views).append('}');
        }
        String json = "{\"_type\": \"playlist\", \"id\": \"PLtalkwatchChart000000000000001\", \"title\": \"Chart Conf\","
                + " \"playlist_count\": 60, \"entries\": [" + entries + "]}";
        Database database = Database.openSqlite(temp.resolve("chart.db"));
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
        new Importer(new CatalogStore(database), clock).importSources(List.of(Source.bytes("chart.json",
                json.getBytes(StandardCharsets.UTF_8), Instant.parse("2026-11-30T00:00:00Z"))), ImportOptions.defaults());
        Javalin app = WebApp.create(database, clock, new WebSettings(WebSettings.LOOPBACK, 0, null), WebApp.Defaults.none()).start();
        try {
            String page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
                    + "/playlists/PLtalkwatchChart000000000000001")).build(), HttpResponse.BodyHandlers.ofString()).body();
            String chart = page.substring(page.indexOf("<figcaption>Most viewed talks</figcaption>"));
            chart = chart.substring(0, chart.indexOf("</figure>"));

            assertThat(Pattern.compile("<g class=\"bar over\">").matcher(chart).results().count())
                    .as("every talk at or above 500 views, the one at 519 too").isEqualTo(40);
            assertThat(Pattern.compile("<g class=\"bar( over)?\">").matcher(chart).results().count()).as("and three below")
                    .isEqualTo(43);
            assertThat(chart).contains("<text x=\"0\" ").doesNotContain("text-anchor=\"end\"");
        } finally {
            app.stop();
        }
    }
}
