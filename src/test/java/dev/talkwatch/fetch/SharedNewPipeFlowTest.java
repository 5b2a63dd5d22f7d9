package dev.talkwatch.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talkwatch.SharedFixtures;
import dev.talkwatch.ingest.ImportOptions;
import dev.talkwatch.ingest.ImportResult;
import dev.talkwatch.ingest.Importer;
import dev.talkwatch.store.CatalogStore;
import dev.talkwatch.store.Database;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays the request flow NewPipe recorded against YouTube in January 2026: the client must send
 * the very continuation token the web client sent, and fetch the whole 150-video playlist.
 */
@Tag("server")
class SharedNewPipeFlowTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLAYLIST = "PLoumn5BIsUDeGF1vy5Nylf_RJKn5aL_nr";

    @TempDir
    Path temp;

    @Test
    void fetchesTheRecordedPlaylistWithTheRecordedRequests() throws IOException {
        Path folder = SharedFixtures.require("youtube/newpipe-extractor/2026-01_43f8e6ebeef4/continuationss", getClass());
        try (ReplayServer server = new ReplayServer()) {
            for (String mock : List.of("generated_mock_2.json", "generated_mock_3.json", "generated_mock_4.json")) {
                JsonNode exchange = JSON.readTree(folder.resolve(mock).toFile());
                JsonNode request = JSON.readTree(body(exchange.at("/request/dataToSend")));
                boolean metadata = exchange.at("/request/url").asText().contains("$fields");
                Map<String, String> match = request.has("browseId")
                        ? Map.of("browseId", request.path("browseId").asText())
                        : Map.of("continuation", request.path("continuation").asText());
                server.on(mock, "POST", "/youtubei/v1/browse",
                        metadata ? Map.of("$fields", "sidebar,header,microformat,alerts") : Map.of(), match,
                        ReplayServer.Reply.of(200, "application/json; charset=UTF-8",
                                exchange.at("/response/responseBody").asText().getBytes(StandardCharsets.UTF_8)));
            }
            RecordingProgress progress = new RecordingProgress();
            Instant now = Instant.parse("2026-01-26T12:00:00Z");
            FetchedPlaylist fetched = new FetchSettings(server.url(), server.url(), Optional.empty(),
                    FetchSettings.CLIENT_VERSION, progress.retries(), progress, Clock.fixed(now, ZoneOffset.UTC))
                    .fetcher().fetch(PLAYLIST);

            assertThat(server.requests()).as("no request went unanswered").hasSize(3);
            assertThat(fetched.videos()).isEqualTo(150);
            assertThat(progress.pages).containsExactly("1:100/150", "2:150/150");

            Database database = Database.openSqlite(temp.resolve("t.db"));
            CatalogStore store = new CatalogStore(database);
            ImportResult result = new Importer(store, Clock.fixed(now, ZoneOffset.UTC))
                    .importSources(List.of(), List.of(fetched.sources()), ImportOptions.defaults());
            assertThat(result.playlists()).singleElement().satisfies(p -> {
                assertThat(p.videos()).isEqualTo(150);
                assertThat(p.complete()).isTrue();
            });
            assertThat(store.items(PLAYLIST)).hasSize(150).allSatisfy(item -> assertThat(item.views()).isPresent());
        }
    }

    private static byte[] body(JsonNode signedBytes) {
        byte[] bytes = new byte[signedBytes.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) signedBytes.get(i).asInt();
        }
        return bytes;
    }
}
