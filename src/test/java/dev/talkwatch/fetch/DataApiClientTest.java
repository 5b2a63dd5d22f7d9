package dev.talkwatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talkwatch.ingest.SourceFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("server")
class DataApiClientTest {

    static final String PLAYLIST = "PLtalkwatchApiReplay000000000001";

    private final ReplayServer server = new ReplayServer().load("/dev/talkwatch/fetch/data-api");
    private final RecordingProgress progress = new RecordingProgress();

    @AfterEach
    void stop() {
        server.close();
    }

    private PlaylistFetcher client(String key) {
        return new FetchSettings(server.url(), server.url() + "/youtube/v3", Optional.of(key),
                FetchSettings.CLIENT_VERSION, progress.retries(), progress,
                Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC)).fetcher();
    }

    private static ReplayServer.Reply json(int status, String file) {
        return ReplayServer.Reply.of(status, "application/json", ReplayServer.resource("/dev/talkwatch/fetch/data-api/" + file));
    }

    @Test
    void listsThePlaylistFiftyAtATimeThenAsksForExactCountsFiftyIdsACall() {
        FetchedPlaylist fetched = client("test-key").fetch(PLAYLIST);

        assertThat(fetched.pages()).isEqualTo(2);
        assertThat(fetched.videos()).isEqualTo(60);
        assertThat(fetched.quotaUnits()).as("playlists + 2 playlistItems + 2 videos calls").isEqualTo(5);
        assertThat(fetched.sources().format()).isEqualTo(SourceFormat.DATA_API);
        assertThat(fetched.sources().responses()).hasSize(5);
        assertThat(progress.pages).containsExactly("1:50/60", "2:60/60");

        List<ReplayServer.Request> requests = server.requests();
        assertThat(requests).extracting(ReplayServer.Request::path).containsExactly("/youtube/v3/playlists",
                "/youtube/v3/playlistItems", "/youtube/v3/playlistItems", "/youtube/v3/videos", "/youtube/v3/videos");
        assertThat(requests).allSatisfy(r -> assertThat(r.query()).containsEntry("key", "test-key"));
        assertThat(requests.get(1).query()).containsEntry("maxResults", "50").containsEntry("part", "snippet,contentDetails,status");
        assertThat(requests.get(2).query()).containsEntry("pageToken", "EAAaBlBUOkNESQ");
        assertThat(requests.get(3).query().get("part")).isEqualTo("snippet,contentDetails,statistics");
        assertThat(Arrays.asList(requests.get(3).query().get("id").split(","))).hasSize(50);
        assertThat(Arrays.asList(requests.get(4).query().get("id").split(","))).hasSize(10);
    }

    @Test
    void explainsAnUsedUpQuotaWithTheUnitsSpentAndWithoutTheKey() {
        server.always("items-2", json(403, "quota-exceeded.json"));

        assertThatThrownBy(() -> client("test-key").fetch(PLAYLIST))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("quota is used up")
                .hasMessageContaining("1 page, 50 of 60 videos listed, 3 quota units used")
                .hasMessageContaining("nothing was imported")
                .hasMessageNotContaining("test-key")
                .hasMessageNotContaining("<a href");
        assertThat(progress.sleeps).as("a used-up quota is not asked again").isEmpty();
    }

    @Test
    void explainsARefusedKey() {
        server.always("playlists", json(400, "key-invalid.json"));

        assertThatThrownBy(() -> client("test-key").fetch(PLAYLIST))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("the Data API refused the key (API key not valid. Please pass a valid API key.)")
                .hasMessageContaining("YOUTUBE_API_KEY");
    }

    @Test
    void saysWhenThePlaylistIsUnknown() {
        server.always("playlists", ReplayServer.Reply.of(200, "application/json",
                "{\"kind\": \"youtube#playlistListResponse\", \"items\": []}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> client("test-key").fetch(PLAYLIST))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("the Data API has no playlist " + PLAYLIST)
                .hasMessageContaining("1 quota unit used");
    }

    @Test
    void retriesAServerErrorOfTheApi() {
        server.failFirst("videos-2", ReplayServer.Reply.status(503));

        FetchedPlaylist fetched = client("test-key").fetch(PLAYLIST);

        assertThat(fetched.videos()).isEqualTo(60);
        assertThat(progress.retries).singleElement().asString().contains("videos.list 2").contains("HTTP 503");
    }
}
