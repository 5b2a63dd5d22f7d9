package dev.talkwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talkwatch.SharedFixtures;
import dev.talkwatch.catalog.PlaylistItem;
import dev.talkwatch.catalog.ViewCount;
import dev.talkwatch.store.CatalogStore;
import dev.talkwatch.store.Database;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Imports the real yt-dlp and Data API samples and the pyvideo PyCon US 2024 folder from
 * ../shared/fixtures (skipped where absent) and checks what comes through against the files.
 */
@Tag("conformance")
class SharedSamplesConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private CatalogStore store;
    private Importer importer;

    @BeforeEach
    void openCatalog() {
        store = new CatalogStore(Database.openSqlite(temp.resolve("catalog.db")));
        importer = new Importer(store, Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC));
    }

    private ImportResult importAll(Path... files) {
        return importer.importSources(java.util.Arrays.stream(files).map(Source::file).toList(), ImportOptions.defaults());
    }

    @Test
    void ytDlpFlatPlaylistWithItsRoundedCounts() throws IOException {
        Path sample = SharedFixtures.require("youtube/ytdlp-flat-playlist", getClass())
                .resolve("flat_playlist_PLIF2opf2-1Pr0NEsp3YeRlmYVUCXip-CM_2024-03-22.json");
        JsonNode recording = JSON.readTree(sample.toFile());

        PlaylistImport result = importAll(sample).playlists().getFirst();

        assertThat(result.playlistId()).isEqualTo("PLIF2opf2-1Pr0NEsp3YeRlmYVUCXip-CM");
        assertThat(result.title()).isEqualTo("HighAction/Preparing for War");
        assertThat(result.videos()).isEqualTo(4);
        assertThat(result.roundedViews()).isEqualTo(4);
        List<PlaylistItem> items = store.items(result.playlistId());
        for (int i = 0; i < 4; i++) {
            JsonNode entry = recording.get("entries").get(i);
            assertThat(items.get(i).video().id()).isEqualTo(entry.get("id").asText());
            assertThat(items.get(i).video().title()).isEqualTo(entry.get("title").asText());
            assertThat(items.get(i).video().durationSeconds()).isEqualTo(entry.get("duration").asInt());
            assertThat(items.get(i).views().orElseThrow().value()).isEqualTo(entry.get("view_count").asLong());
        }
        assertThat(items.getFirst().views()).contains(new ViewCount(51_000, "51000", 1000));
    }

    @Test
    void dataApiPagesJoinedAndNamedByPlaylistsList() throws IOException {
        Path api = SharedFixtures.require("youtube/python-youtube", getClass());
        Path first = api.resolve("apidata/playlist_items/playlist_items_paged_1.json");
        Path second = api.resolve("apidata/playlist_items/playlist_items_paged_2.json");
        Path playlists = api.resolve("apidata/playlists/playlists_paged_1.json");

        PlaylistImport result = importAll(second, playlists, first).playlists().getFirst();

        assertThat(result.playlistId()).isEqualTo("PLOU2XLYxmsIKpaV8h0AGE05so0fAwwfTw");
        assertThat(result.title()).isEqualTo("Pittsburgh ML Summit ‘19");
        assertThat(result.videos()).isEqualTo(13);
        assertThat(result.complete()).isTrue();
        List<JsonNode> recorded = new ArrayList<>();
        JSON.readTree(first.toFile()).get("items").forEach(recorded::add);
        JSON.readTree(second.toFile()).get("items").forEach(recorded::add);
        List<PlaylistItem> items = store.items(result.playlistId());
        assertThat(items).extracting(PlaylistItem::position)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 13).boxed().toList());
        for (int i = 0; i < 13; i++) {
            JsonNode snippet = recorded.get(i).get("snippet");
            assertThat(items.get(i).video().id()).isEqualTo(snippet.at("/resourceId/videoId").asText());
            assertThat(items.get(i).video().title()).isEqualTo(snippet.get("title").asText());
            assertThat(items.get(i).position()).isEqualTo(snippet.get("position").asInt() + 1);
        }
    }

    @Test
    void dataApiVideoGivesExactViewsDurationAndTheVideosOwnPublishTime() {
        Path api = SharedFixtures.require("youtube/python-youtube", getClass());

        importAll(api.resolve("modeldata/playlist_items/playlist_item_info.json"),
                api.resolve("modeldata/videos/video_api_response.json"));

        PlaylistItem item = store.items("PLOU2XLYxmsIJpufeMHncnQvFOe0K3MhVp").getFirst();
        assertThat(item.video().id()).isEqualTo("D-lhorsDlUQ");
        assertThat(item.views()).contains(ViewCount.exact(7920, "7920"));
        assertThat(item.video().durationSeconds()).isEqualTo(21 * 60 + 7);
        assertThat(item.video().publishedAt()).isEqualTo(Instant.parse("2019-03-21T20:37:49Z"));
        assertThat(item.video().channel()).isEqualTo("Google Developers");
    }

    /** The PyCon US 2024 talks as YouTube would title them (cut at 100 characters), enriched by pyvideo. */
    @Test
    void pyvideoBringsEverySpeakerListAndFullTitle() throws IOException {
        Path event = SharedFixtures.require("pyvideo/pycon-us-2024", getClass());
        Map<String, JsonNode> talks = new LinkedHashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(event.resolve("videos"), "*.json")) {
            for (Path file : files) {
                JsonNode talk = JSON.readTree(file.toFile());
                String url = talk.at("/videos/0/url").asText();
                talks.put(url.substring(url.indexOf("v=") + 2), talk);
            }
        }
        StringBuilder snippet = new StringBuilder();
        int index = 0;
        for (Map.Entry<String, JsonNode> talk : talks.entrySet()) {
            List<String> speakers = new ArrayList<>();
            talk.getValue().get("speakers").forEach(s -> speakers.add(s.asText()));
            String youtubeTitle = "Talks - " + (speakers.isEmpty() ? "" : String.join(", ", speakers) + ": ")
                    + talk.getValue().get("title").asText();
            if (youtubeTitle.length() > 100) {
                youtubeTitle = youtubeTitle.substring(0, 97) + "...";
            }
            snippet.append("\"[").append(youtubeTitle).append("](https://www.youtube.com/watch?v=").append(talk.getKey())
                    .append("&list=PLpycon2024&index=").append(++index).append(")\",100\n");
        }
        Path playlist = temp.resolve("playlist.txt");
        Files.writeString(playlist, snippet);
        importAll(playlist);

        ImportResult.FactsImport facts = importAll(event).facts();

        assertThat(facts.problems()).isEmpty();
        assertThat(facts.videosDetailed()).isEqualTo(132);
        for (PlaylistItem item : store.items("PLpycon2024")) {
            JsonNode talk = talks.get(item.video().id());
            List<String> speakers = new ArrayList<>();
            talk.get("speakers").forEach(s -> speakers.add(s.asText()));
            assertThat(item.video().talk().speakers()).as(item.video().id()).containsExactlyElementsOf(speakers);
            if (item.video().title().endsWith("...")) {
                assertThat(item.video().talk().title()).isEqualTo(talk.get("title").asText());
                assertThat(item.video().talk().truncated()).isFalse();
            }
            assertThat(item.video().recordedOn()).hasToString(talk.get("recorded").asText());
        }
    }
}
