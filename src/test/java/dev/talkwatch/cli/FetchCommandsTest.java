package dev.talkwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talkwatch.Fixtures;
import dev.talkwatch.fetch.ReplayServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("server")
class FetchCommandsTest {

    static final String PLAYLIST = "PLtalkwatchReplay000000000000001";
    static final String URL = "https://www.youtube.com/playlist?list=" + PLAYLIST;
    static final String NL = System.lineSeparator();

    @TempDir
    Path home;

    private final ReplayServer server = new ReplayServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private CliRunner cli() {
        return new CliRunner(home).with("TALKWATCH_YOUTUBE_URL", server.url())
                .with("TALKWATCH_YOUTUBE_API_URL", server.url() + "/youtube/v3");
    }

    @Test
    void importsAWholePlaylistFromItsUrlWithAPlainLinePerPageOffATerminal() {
        server.load("/dev/talkwatch/fetch/classic");

        CliRunner.Result result = cli().run("import", URL);

        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo(
                "fetching " + PLAYLIST + ": page 1, 5 of 12 videos" + NL
                + "fetching " + PLAYLIST + ": page 2, 10 of 12 videos" + NL
                + "fetching " + PLAYLIST + ": page 3, 12 of 12 videos" + NL
                + "imported 'PyCon Fixture 2026' (" + PLAYLIST + "): 12 videos; views 8 exact, 4 rounded, 0 missing;"
                + " the playlist now has 12 videos; titles read as {track} - {speakers}: {title}; 0 problems" + NL);
    }


    @Test
    void drawsABarInPlaceOnATerminal() {
        server.load("/dev/talkwatch/fetch/lockup");

        CliRunner.Result result = cli().terminal(true).run("import", URL);

        assertThat(result.out()).contains("\rfetching " + PLAYLIST + " [##########--------------] page 1, 5 of 12 videos")
                .contains("\rfetching " + PLAYLIST + " [########################] page 3, 12 of 12 videos\u001B[K" + NL
                        + "imported 'PyCon Fixture 2026'");
    }

    @Test
    void printsNothingWithQuietButStillImports() {
        server.load("/dev/talkwatch/fetch/classic");
        CliRunner cli = cli();

        CliRunner.Result result = cli.run("import", PLAYLIST, "--quiet");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEmpty();
        assertThat(cli.run("list", "--format", "csv").out().lines()).hasSize(13);
    }

    @Test
    void acceptsAWatchUrlWithAList() {
        server.load("/dev/talkwatch/fetch/classic");

        CliRunner.Result result = cli().run("import", "https://www.youtube.com/watch?v=k3PqVn7xY2a&list=" + PLAYLIST
                + "&index=1");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("imported 'PyCon Fixture 2026' (" + PLAYLIST + "): 12 videos");
    }

    @Test
    void refusesAUrlThatNamesNoPlaylist() {
        CliRunner.Result result = cli().run("import", "https://www.youtube.com/watch?v=k3PqVn7xY2a");

        assertThat(result.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(result.err()).startsWith("talkwatch import: 'https://www.youtube.com/watch?v=k3PqVn7xY2a' names no"
                + " playlist").hasLineCount(1);
    }

    @Test
    void aFetchThatCannotFinishImportsNothingAndSaysHowFarItGot() {
        server.load("/dev/talkwatch/fetch/classic").always("page-3", ReplayServer.Reply.status(503));
        CliRunner cli = cli();

        CliRunner.Result result = cli.run("import", URL);

        assertThat(result.exitCode()).isEqualTo(Cli.FAILED);
        List<String> lines = result.err().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.subList(0, 4)).allMatch(line -> line.startsWith("  page 3 of playlist " + PLAYLIST + ": HTTP 503;"
                + " attempt "));
        assertThat(lines.getLast()).isEqualTo("talkwatch: fetching playlist " + PLAYLIST + " stopped (2 pages, 10 of 12"
                + " videos fetched): page 3 of playlist " + PLAYLIST + " failed 5 times, last with HTTP 503; nothing was"
                + " imported");
        assertThat(cli.run("playlists").err()).as("not even an empty catalog was made").contains("there is no catalog at");
    }

    @Test
    void explainsABotCheckInOneLine() {
        server.load("/dev/talkwatch/fetch/classic").always("metadata", ReplayServer.Reply.of(429, "text/html",
                ReplayServer.resource("/dev/talkwatch/fetch/failures/bot-check.html")));

        CliRunner.Result result = cli().run("import", URL);

        assertThat(result.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(result.err()).hasLineCount(1).contains("not a bot").contains("--api-key").contains("HAR");
    }

    @Test
    void fetchesWithTheDataApiWhenTheConfigurationHasAKey() throws Exception {
        server.load("/dev/talkwatch/fetch/data-api");
        Path config = home.resolve(".config/talkwatch/config.properties");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "api_key = test-key\n", StandardCharsets.UTF_8);
        CliRunner cli = cli();

        CliRunner.Result result = cli.run("import", "PLtalkwatchApiReplay000000000001");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("page 2, 60 of 60 videos" + NL
                + "imported 'PyCon Fixture 2026 (Data API)' (PLtalkwatchApiReplay000000000001): 60 videos (1 unavailable);"
                + " views 59 exact, 0 rounded, 0 missing;")
                .endsWith("used 5 quota units of the Data API (a key has 10,000 a day unless Google granted more)" + NL);
        assertThat(cli.run("list", "--sort", "views", "--limit", "1", "--format", "json").out())
                .contains("\"viewsExact\" : true");
    }

    @Test
    void anApiKeyOnTheCommandLineWinsOverTheEnvironment() {
        server.load("/dev/talkwatch/fetch/data-api");

        CliRunner.Result result = cli().with("YOUTUBE_API_KEY", "stale-key")
                .run("import", "PLtalkwatchApiReplay000000000001", "--api-key", "test-key", "--quiet");

        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void refreshTrendAndDiffFollowAPlaylistThroughThreeStates() throws Exception {
        CliRunner cli = threeStates();

        JsonNode trend = new ObjectMapper().readTree(cli.run("trend", "--format", "json", "--sort", "position").out());
        assertThat(trend).extracting(v -> v.path("videoId").asText()).containsExactly("k3PqVn7xY2a", "Bz8wL1mQe4T",
                "cR5tH0uJd9K", "dW2xF6gNa1S", "e7YbM3kPz0Q", "g1HcJ5wXb6M", "fQ9nR4sTv8L", "i4VfL7zEo5N", "j6WgM9aFp2P");
        JsonNode rounded = trend.get(0);
        assertThat(rounded.at("/gained/low").asDouble()).as("4.2K to 4.8K").isEqualTo(501);
        assertThat(rounded.at("/gained/high").asDouble()).isEqualTo(699);
        assertThat(rounded.at("/gained/exact").asBoolean()).isFalse();
        assertThat(rounded.path("baselineAt").asText()).isEqualTo("2026-11-08T12:00:00Z");
        JsonNode exact = trend.get(6);
        assertThat(exact.at("/gained/estimate").asDouble()).as("90 to 96").isEqualTo(6);
        assertThat(exact.at("/gained/exact").asBoolean()).isTrue();
        assertThat(exact.at("/gainedPerDay/estimate").asDouble()).isEqualTo(0.86);
        assertThat(exact.path("rankChange").asInt()).as("the new video overtook it").isEqualTo(-1);
        JsonNode young = trend.get(7);
        assertThat(young.path("uploadedAfter").asText()).as("'3 days ago' and '1 week ago' together")
                .isEqualTo("2026-11-04T12:00:00Z");
        assertThat(young.path("uploadedBefore").asText()).isEqualTo("2026-11-05T12:00:00Z");
        assertThat(young.at("/viewsPerDaySinceUpload/low").asDouble()).isEqualTo(55.45);
        assertThat(young.at("/viewsPerDaySinceUpload/high").asDouble()).isEqualTo(61.0);
        JsonNode added = trend.get(8);
        assertThat(added.path("gained").isNull()).isTrue();
        assertThat(added.path("rank").asInt()).isEqualTo(6);
        assertThat(added.path("previousRank").isNull()).isTrue();
        assertThat(trend.get(3).path("views").isNull()).as("made private").isTrue();
        assertThat(trend.get(4).path("percentile").asInt()).as("the keynote, most viewed per day").isEqualTo(100);

        CliRunner.Result diff = cli.run("diff");
        assertThat(diff.out()).startsWith("Changes in 'PyCon Fixture 2026' from 2026-11-08 04:00 to 2026-11-15 04:00:"
                + " 1 added, 1 removed, 1 made private, 1 moved" + NL);
        JsonNode changes = new ObjectMapper().readTree(cli.run("diff", "--since", "2026-11-01", "--format", "json").out());
        List<String> kinds = new ArrayList<>();
        changes.forEach(c -> kinds.add(c.path("change").asText() + " " + c.path("videoId").asText()));
        assertThat(kinds).containsExactlyInAnyOrder("retitled cR5tH0uJd9K", "made private dW2xF6gNa1S",
                "added i4VfL7zEo5N", "added j6WgM9aFp2P", "removed h8UeK2yDn3R", "moved g1HcJ5wXb6M");
        assertThat(changes).filteredOn(c -> c.path("change").asText().equals("retitled")).singleElement()
                .satisfies(c -> assertThat(c.path("before").asText()).isEqualTo("Talks - Ana Lima: Typing, Two Ways"));
    }

    @Test
    void trendTableMarksRangesAndEstimatedUploads() {
        CliRunner cli = threeStates();

        String table = cli.run("trend", "--sort", "gained", "--limit", "3").out();

        assertThat(table).startsWith("Trend of 'PyCon Fixture 2026': newest snapshot 2026-11-15 04:00, compared with"
                + " each video's previous snapshot" + NL)
                .contains("+501–699").contains("+390")
                .contains("Ranges such as +100–299 come from counts YouTube rounds")
                .contains("~ marks an upload time estimated");
        assertThat(table.lines().filter(line -> line.matches("^\\d+ .*"))).hasSize(3);
    }

    @Test
    void refreshGoesOnAfterAFailingPlaylistAndExitsNonZero() {
        CliRunner cli = cli().at(Instant.parse("2026-11-01T12:00:00Z"));
        server.load("/dev/talkwatch/fetch/states/1");
        assertThat(cli.run("import", URL, Fixtures.path("ingest/page/classic-complete.html").toString()).exitCode()).isZero();
        server.load("/dev/talkwatch/fetch/states/2");

        CliRunner.Result result = cli.at(Instant.parse("2026-11-08T12:00:00Z")).run("refresh", "--quiet");

        assertThat(result.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).hasLineCount(1).startsWith("talkwatch: refresh of 'PyCon US 2024 (fixture)' ("
                + Fixtures.PLAYLIST + ") failed: fetching playlist " + Fixtures.PLAYLIST + " stopped")
                .contains("HTTP 404");
        assertThat(cli.run("trend", PLAYLIST, "--format", "json").out()).contains("\"baselineAt\" : \"2026-11-01T12:00:00Z\"");

        assertThat(cli.run("track", Fixtures.PLAYLIST, "--stop").out()).startsWith("no longer tracking 'PyCon US 2024 (fixture)'");
        assertThat(cli.run("refresh", "--quiet").exitCode()).isZero();
        assertThat(cli.columns(160).run("playlists").out()).contains("PyCon US 2024 (fixture) (not tracked)");
    }

    @Test
    void aPostOfTheSameDayIsThisPostWrittenAgainNotTheLastOne() {
        server.load("/dev/talkwatch/fetch/states/1");
        CliRunner cli = cli();
        cli.run("import", URL, "--quiet");
        assertThat(cli.run("publish", "--date", "2026-11-25T08:00:00Z", "--out", home.resolve("a.md").toString())
                .exitCode()).isZero();

        CliRunner.Result again = cli.run("publish", "--new", "--date", "2026-11-25T09:00:00Z");

        assertThat(again.err()).contains("talkwatch knows no earlier post of 'PyCon Fixture 2026'");
    }

    @Test
    void aDateOffTheCalendarIsAUsageError() {
        CliRunner.Result result = threeStates().run("trend", "--since", "2026-13-45");

        assertThat(result.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(result.err()).isEqualTo("talkwatch trend: --since: '2026-13-45' is no day of the calendar"
                + " (see talkwatch trend --help)" + NL);
    }

    @Test
    void diffAndTrendSayWhenThereIsNothingToCompareYet() {
        server.load("/dev/talkwatch/fetch/states/1");
        CliRunner cli = cli();
        cli.run("import", URL, "--quiet");

        CliRunner.Result diff = cli.run("diff");
        assertThat(diff.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(diff.err()).isEqualTo("talkwatch: nothing to compare: 'PyCon Fixture 2026' has one complete capture"
                + " (2026-11-25 04:00); talkwatch refresh adds the next" + NL);
        assertThat(cli.run("trend").out()).contains("Only one snapshot so far: talkwatch refresh adds the next.");
    }

    @Test
    void aPostCanTellWhatTrendedThisWeekAndWhatIsNewSinceTheLastPost() throws Exception {
        CliRunner cli = cli();
        server.load("/dev/talkwatch/fetch/states/1");
        cli.at(Instant.parse("2026-11-01T12:00:00Z")).run("import", URL, "--quiet");
        Path first = home.resolve("first.md");
        assertThat(cli.run("publish", "--date", "2026-11-01T13:00:00Z", "--out", first.toString()).exitCode()).isZero();
        server.load("/dev/talkwatch/fetch/states/2");
        cli.at(Instant.parse("2026-11-08T12:00:00Z")).run("refresh", "--quiet");
        server.load("/dev/talkwatch/fetch/states/3");
        cli.at(Instant.parse("2026-11-15T12:00:00Z")).run("refresh", "--quiet");

        CliRunner.Result result = cli.run("publish", "--trending", "3", "--new", "--date", "2026-11-15T13:00:00Z");

        assertThat(result.err()).isEmpty();
        String post = result.out();
        String list = "&list=" + PLAYLIST;
        assertThat(post).contains("Trending this week:" + NL + NL
                + "  - [Keynote Speaker - Sofia Alvarez](https://www.youtube.com/watch?v=e7YbM3kPz0Q" + list
                + "&index=5&pp=iAQB) with +1–1,999 views" + NL
                + "  - [Talks - Maria Okafor: Profiling Python in Production](https://www.youtube.com/watch?v=k3PqVn7xY2a"
                + list + "&index=1&pp=iAQB) with +501–699 views" + NL
                + "  - [Talks - Omar Haddad: Testing Legacy Code](https://www.youtube.com/watch?v=i4VfL7zEo5N" + list
                + "&index=8&pp=iAQB) with +390 views" + NL + NL
                + "New since the last post:" + NL + NL
                + "  - [Talks - Omar Haddad: Testing Legacy Code](https://www.youtube.com/watch?v=i4VfL7zEo5N" + list
                + "&index=8&pp=iAQB) with 610 views" + NL
                + "  - [Talks - Lena Fischer: ¡Hola, Unicode! 🌍](https://www.youtube.com/watch?v=j6WgM9aFp2P" + list
                + "&index=9&pp=iAQB) with 150 views" + NL + NL
                + "Popular talks as of today (500+ views, arbitrary cutoff):");
        assertThat(post.indexOf("Trending this week:")).isLessThan(post.indexOf("Popular talks"));

        // the post, imported back, keeps both sections in its layout and writes them anew
        Path written = home.resolve("second.md");
        Files.writeString(written, post, StandardCharsets.UTF_8);
        assertThat(cli.run("import", written.toString()).exitCode()).isZero();
        String again = cli.run("publish").out();
        String trending = again.substring(again.indexOf("Trending this week:"), again.indexOf("New since the last post:"));
        assertThat(trending.lines().filter(line -> line.startsWith("  - ["))).as("the default number of talks, all that"
                + " gained").hasSize(7);
        assertThat(again.substring(again.indexOf("New since the last post:"), again.indexOf("Popular talks")))
                .isEqualTo(post.substring(post.indexOf("New since the last post:"), post.indexOf("Popular talks")));
    }

    @Test
    void saysWhyAHistorySectionIsLeftOut() {
        server.load("/dev/talkwatch/fetch/states/1");
        CliRunner cli = cli();
        cli.run("import", URL, "--quiet");

        CliRunner.Result result = cli.run("publish", "--trending", "--new");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).doesNotContain("Trending this week").doesNotContain("New since the last post");
        assertThat(result.err()).contains("the section \"Trending this week\" is left out (talkwatch refresh adds"
                + " snapshots)").contains("talkwatch knows no earlier post of 'PyCon Fixture 2026'");
    }

    // The playlist imported on 1 Nov, refreshed on 8 and 15 Nov.
    private CliRunner threeStates() {
        CliRunner cli = cli();
        server.load("/dev/talkwatch/fetch/states/1");
        assertThat(cli.at(Instant.parse("2026-11-01T12:00:00Z")).run("import", URL, "--quiet").exitCode()).isZero();
        server.load("/dev/talkwatch/fetch/states/2");
        assertThat(cli.at(Instant.parse("2026-11-08T12:00:00Z")).run("refresh", "--quiet").exitCode()).isZero();
        server.load("/dev/talkwatch/fetch/states/3");
        assertThat(cli.at(Instant.parse("2026-11-15T12:00:00Z")).run("refresh", "--quiet").exitCode()).isZero();
        return cli;
    }
}
