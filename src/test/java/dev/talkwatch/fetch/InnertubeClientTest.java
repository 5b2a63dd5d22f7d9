package dev.talkwatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.talkwatch.ingest.SourceFormat;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("server")
class InnertubeClientTest {

    static final String PLAYLIST = "PLtalkwatchReplay000000000000001";
    static final Instant NOW = Instant.parse("2026-11-01T12:00:00Z");

    private final ReplayServer server = new ReplayServer();
    private final RecordingProgress progress = new RecordingProgress();

    @AfterEach
    void stop() {
        server.close();
    }

    private PlaylistFetcher client() {
        return new FetchSettings(server.url(), server.url() + "/youtube/v3", Optional.empty(),
                FetchSettings.CLIENT_VERSION, progress.retries(), progress, Clock.fixed(NOW, ZoneOffset.UTC)).fetcher();
    }

    private static ReplayServer.Reply json(String path) {
        return ReplayServer.Reply.of(200, "application/json", ReplayServer.resource(path));
    }

    @Test
    void fetchesEveryPageOfAClassicPlaylistAsTheWebClientDoes() {
        server.load("/dev/talkwatch/fetch/classic");

        FetchedPlaylist fetched = client().fetch(PLAYLIST);

        assertThat(fetched.pages()).isEqualTo(3);
        assertThat(fetched.videos()).isEqualTo(12);
        assertThat(fetched.quotaUnits()).isZero();
        assertThat(fetched.sources().format()).isEqualTo(SourceFormat.YOUTUBE_BROWSE);
        assertThat(fetched.sources().fetchedAt()).isEqualTo(NOW);
        assertThat(fetched.sources().responses()).hasSize(4)
                .allSatisfy(source -> assertThat(source.modifiedAt()).isEqualTo(NOW));
        assertThat(progress.pages).containsExactly("1:5/12", "2:10/12", "3:12/12");

        List<ReplayServer.Request> requests = server.requests();
        assertThat(requests).hasSize(4);
        ReplayServer.Request metadata = requests.getFirst();
        assertThat(metadata.query()).containsEntry("$fields", "sidebar,header,microformat,alerts");
        assertThat(metadata.json().path("browseId").asText()).isEqualTo("VL" + PLAYLIST);
        JsonNode client = metadata.json().at("/context/client");
        assertThat(client.path("hl").asText()).isEqualTo("en");
        assertThat(client.path("gl").asText()).isEqualTo("US");
        assertThat(client.path("clientName").asText()).isEqualTo("WEB");
        assertThat(metadata.header("X-YouTube-Client-Name")).isEqualTo("1");
        assertThat(metadata.header("Cookie")).isEqualTo("SOCS=CAE=");
        assertThat(requests.get(1).json().path("continuation").asText()).isEqualTo(ContinuationToken.firstPage(PLAYLIST));
        assertThat(requests.get(2).json().path("continuation").asText()).isNotEqualTo(requests.get(3).json().path("continuation").asText());
    }

    @Test
    void fetchesEveryPageOfALockupPlaylist() {
        server.load("/dev/talkwatch/fetch/lockup");

        FetchedPlaylist fetched = client().fetch(PLAYLIST);

        assertThat(fetched.pages()).isEqualTo(3);
        assertThat(fetched.videos()).isEqualTo(12);
        assertThat(progress.pages).last().isEqualTo("3:12/12");
    }

    @Test
    void fallsBackToTheWholeBrowseResponseWhenTheBuiltTokenBringsNothing() {
        server.load("/dev/talkwatch/fetch/fallback");

        FetchedPlaylist fetched = client().fetch(PLAYLIST);

        assertThat(fetched.videos()).isEqualTo(12);
        assertThat(server.requests()).hasSize(4);
        assertThat(server.requests().get(2).json().path("browseId").asText()).isEqualTo("VL" + PLAYLIST);
        assertThat(server.requests().get(2).query()).doesNotContainKey("$fields");
    }

    @Test
    void waitsAsTheServerAsksAfterA429() {
        server.load("/dev/talkwatch/fetch/classic")
                .failFirst("page-2", ReplayServer.Reply.status(429).withHeader("Retry-After", "7"));

        FetchedPlaylist fetched = client().fetch(PLAYLIST);

        assertThat(fetched.videos()).isEqualTo(12);
        assertThat(progress.sleeps).containsExactly(Duration.ofSeconds(7));
        assertThat(progress.retries).singleElement().asString().contains("page 2").contains("HTTP 429");
    }

    @Test
    void backsOffAfterServerErrorsWithGrowingBoundedWaits() {
        server.load("/dev/talkwatch/fetch/classic")
                .failFirst("page-3", ReplayServer.Reply.status(500), ReplayServer.Reply.status(502),
                        ReplayServer.Reply.status(503));

        FetchedPlaylist fetched = client().fetch(PLAYLIST);

        assertThat(fetched.videos()).isEqualTo(12);
        assertThat(progress.sleeps).hasSize(3);
        assertThat(progress.sleeps.get(0)).isLessThanOrEqualTo(Duration.ofMillis(500));
        assertThat(progress.sleeps.get(1)).isLessThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(progress.sleeps.get(2)).isLessThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(progress.retries).extracting(r -> r.substring(0, 1)).containsExactly("2", "3", "4");
    }

    @Test
    void asksAgainWhenTheConnectionIsCutMidBody() {
        byte[] page = ReplayServer.resource("/dev/talkwatch/fetch/classic/page-2.json");
        server.load("/dev/talkwatch/fetch/classic")
                .failFirst("page-2", ReplayServer.Reply.of(200, "application/json", page).cutShort());

        FetchedPlaylist fetched = client().fetch(PLAYLIST);

        assertThat(fetched.videos()).isEqualTo(12);
        assertThat(progress.retries).singleElement().asString().contains("page 2").contains("connection");
    }

    @Test
    void timesOutARequestThatGetsNoAnswerAndAsksAgain() {
        // the first answer never comes (the server holds it until it stops), so the timeout always wins the race
        server.load("/dev/talkwatch/fetch/classic")
                .failFirst("page-1", json("/dev/talkwatch/fetch/classic/page-1.json").delayed(Duration.ofDays(1)));
        HttpTransport transport = new HttpTransport(progress.retries(), progress, Duration.ofMillis(300),
                Clock.fixed(NOW, ZoneOffset.UTC));
        InnertubeClient client = new InnertubeClient(server.url(), FetchSettings.CLIENT_VERSION, transport, progress,
                Clock.fixed(NOW, ZoneOffset.UTC));

        FetchedPlaylist fetched = client.fetch(PLAYLIST);

        assertThat(fetched.videos()).isEqualTo(12);
        assertThat(progress.retries).singleElement().asString().contains("no answer within 300 ms");
    }

    @Test
    void waitsUntilTheDateARetryAfterNamesCountedFromTheClock() {
        server.load("/dev/talkwatch/fetch/classic")
                .failFirst("page-2", ReplayServer.Reply.status(503).withHeader("Retry-After", "Sun, 01 Nov 2026 12:00:42 GMT"));

        assertThat(client().fetch(PLAYLIST).videos()).isEqualTo(12);
        assertThat(progress.sleeps).containsExactly(Duration.ofSeconds(42));
    }

    @Test
    void givesUpAfterTheLastAttemptSayingHowFarItGot() {
        server.load("/dev/talkwatch/fetch/classic").always("page-2", ReplayServer.Reply.status(503));

        assertThatThrownBy(() -> client().fetch(PLAYLIST))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("1 page, 5 of 12 videos fetched")
                .hasMessageContaining("failed 5 times, last with HTTP 503")
                .hasMessageContaining("nothing was imported");
        assertThat(progress.sleeps).hasSize(4);
    }

    @Test
    void explainsABotCheckWithoutAskingAgain() {
        byte[] page = ReplayServer.resource("/dev/talkwatch/fetch/failures/bot-check.html");
        server.load("/dev/talkwatch/fetch/classic")
                .always("page-2", ReplayServer.Reply.of(429, "text/html; charset=utf-8", page));

        assertThatThrownBy(() -> client().fetch(PLAYLIST))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("not a bot")
                .hasMessageContaining("1 page, 5 of 12 videos fetched")
                .hasMessageContaining("--api-key")
                .hasMessageContaining("save the playlist page")
                .hasMessageContaining("HAR");
        assertThat(progress.sleeps).isEmpty();
    }

    @Test
    void explainsTheConsentPage() {
        byte[] page = ReplayServer.resource("/dev/talkwatch/fetch/failures/consent.html");
        server.load("/dev/talkwatch/fetch/classic")
                .always("metadata", ReplayServer.Reply.of(200, "text/html; charset=utf-8", page));

        assertThatThrownBy(() -> client().fetch(PLAYLIST))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("cookie consent page")
                .hasMessageContaining("--api-key");
    }

    @Test
    void reportsYouTubesAlertForAPlaylistThatDoesNotExist() {
        server.load("/dev/talkwatch/fetch/classic")
                .always("metadata", json("/dev/talkwatch/fetch/failures/no-such-playlist.json"));

        assertThatThrownBy(() -> client().fetch(PLAYLIST))
                .isInstanceOf(FetchException.class)
                .hasMessage("YouTube has no playlist " + PLAYLIST + ": The playlist does not exist."
                        + " Check the id, and that the playlist is public or unlisted.");
    }

    @Test
    void refusesAnAnswerThatIsNoPlaylistData() {
        server.load("/dev/talkwatch/fetch/classic").always("page-2",
                ReplayServer.Reply.of(200, "application/json", "{\"responseContext\": {}}".getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> client().fetch(PLAYLIST))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("YouTube's answer to page 2 holds no videos");
    }
}
