package dev.talkwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkwatch.catalog.PlaylistItem;
import dev.talkwatch.store.CatalogStore;
import dev.talkwatch.store.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.talkwatch.store.Engine;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Only a complete capture can say a video left a playlist; a partial one only adds what it saw. */
@ParameterizedClass
@EnumSource(Engine.class)
class PartialCapturesTest {

    @Parameter
    Engine engine;

    static final String PLAYLIST = "PLpartial00000000000000000000000001";
    private static final Instant AUGUST = Instant.parse("2024-08-06T07:00:00Z");
    private static final Instant SEPTEMBER = Instant.parse("2024-09-06T07:00:00Z");

    @TempDir
    Path temp;

    private CatalogStore store;
    private Importer importer;

    @BeforeEach
    void openCatalog() {
        store = new CatalogStore(engine.open(temp));
        importer = new Importer(store, Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC));
    }

    /**
     * A browse first page listing {@code ids} at positions 1, 2, ...; it states the playlist's size
     * when {@code size} is given, and says more follow when {@code continues}.
     */
    static Source page(String name, Integer size, boolean continues, String... ids) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < ids.length; i++) {
            items.append(i == 0 ? "" : ",").append("""
                    {"playlistVideoRenderer":{"videoId":"%s","title":{"simpleText":"Talks - Ana Lima: Talk %s"},
                     "index":{"simpleText":"%d"},"navigationEndpoint":{"watchEndpoint":{"playlistId":"%s"}},
                     "videoInfo":{"runs":[{"text":"%d views"}]}}}
                    """.formatted(ids[i], ids[i], i + 1, PLAYLIST, 100 + i));
        }
        if (continues) {
            items.append(",{\"continuationItemRenderer\":{\"continuationEndpoint\":{\"continuationCommand\":{\"token\":\"t\"}}}}");
        }
        String sidebar = size == null ? "" : """
                ,"sidebar":{"playlistSidebarRenderer":{"items":[{"playlistSidebarPrimaryInfoRenderer":{
                 "title":{"simpleText":"Partial Conf"},"stats":[{"runs":[{"text":"%d"},{"text":" videos"}]}]}}]}}
                """.formatted(size);
        String json = "{\"contents\":{\"x\":{\"contents\":[" + items + "]}}" + sidebar + "}";
        return Source.bytes(name, json.getBytes(StandardCharsets.UTF_8), Instant.EPOCH);
    }

    private PlaylistImport importAt(Instant at, Source source) {
        return importer.importSources(List.of(source), new ImportOptions(Optional.empty(), Optional.of(at)))
                .playlists().getFirst();
    }

    private List<String> videos() {
        return store.items(PLAYLIST).stream().map(item -> item.video().id()).toList();
    }

    @Test
    void aPageWithoutThePlaylistsSizeProvesNothingAndIsPartial() {
        assertThat(importAt(AUGUST, page("sample.json", null, false, "vidaaaaaaaa", "vidbbbbbbbb")).complete()).isFalse();
        assertThat(importAt(AUGUST, page("short.json", 3, false, "vidaaaaaaaa", "vidbbbbbbbb")).complete()).isFalse();
        assertThat(importAt(AUGUST, page("whole.json", 2, false, "vidaaaaaaaa", "vidcccccccc")).complete()).isTrue();
    }

    @Test
    void aNewerPartialCaptureAddsWhatItSawAndRemovesNothing() {
        importAt(AUGUST, page("whole.json", 4, false, "vidaaaaaaaa", "vidbbbbbbbb", "vidcccccccc", "viddddddddd"));

        PlaylistImport partial = importAt(SEPTEMBER, page("first.json", 5, true, "vidaaaaaaaa", "videeeeeeee"));

        assertThat(videos()).containsExactlyInAnyOrder("vidaaaaaaaa", "vidbbbbbbbb", "vidcccccccc", "viddddddddd",
                "videeeeeeee");
        assertThat(partial.videos()).isEqualTo(2);
        assertThat(partial.membership()).isEqualTo(new PlaylistImport.Membership(5, 1, 3, 0));
        PlaylistItem a = store.items(PLAYLIST).stream().filter(i -> i.video().id().equals("vidaaaaaaaa")).findFirst()
                .orElseThrow();
        assertThat(a.latest().capturedAt()).isEqualTo(SEPTEMBER);
    }

    @Test
    void aCompleteCaptureSaysWhichVideosLeft() {
        importAt(AUGUST, page("august.json", 4, false, "vidaaaaaaaa", "vidbbbbbbbb", "vidcccccccc", "viddddddddd"));

        PlaylistImport september = importAt(SEPTEMBER, page("september.json", 3, false, "vidaaaaaaaa", "vidbbbbbbbb",
                "viddddddddd"));

        assertThat(videos()).containsExactly("vidaaaaaaaa", "vidbbbbbbbb", "viddddddddd");
        assertThat(september.membership()).isEqualTo(new PlaylistImport.Membership(3, 0, 0, 1));
        assertThat(store.playlists().getFirst().videos()).as("what list and the web app count").isEqualTo(3);
    }

    @Test
    void anOlderPartialCaptureCannotBringBackAVideoThatLeftSince() {
        importAt(SEPTEMBER, page("september.json", 3, false, "vidaaaaaaaa", "vidbbbbbbbb", "viddddddddd"));

        PlaylistImport older = importAt(AUGUST, page("august-first.json", 4, true, "vidaaaaaaaa", "vidcccccccc"));

        assertThat(videos()).containsExactly("vidaaaaaaaa", "vidbbbbbbbb", "viddddddddd");
        assertThat(older.membership().notInCapture()).isEqualTo(2);
    }

    @Test
    void positionsTwoCapturesGiveDifferentlyAreBothKept() {
        importAt(AUGUST, page("august.json", null, false, "vidaaaaaaaa", "vidbbbbbbbb"));

        importAt(SEPTEMBER, page("september.json", null, true, "vidcccccccc"));

        assertThat(store.items(PLAYLIST)).extracting(item -> item.position() + " " + item.video().id())
                .containsExactly("1 vidaaaaaaaa", "1 vidcccccccc", "2 vidbbbbbbbb");
    }

    @Test
    void aCatalogOfAnEarlierTalkwatchGetsEveryVideoItsPartialCapturesSaw() throws SQLException {
        Path old = temp.resolve("old.db");
        dev.talkwatch.store.MigrationFixtures.catalogAt(old, "4",
                "INSERT INTO playlist (id, title, created_at) VALUES ('" + PLAYLIST + "', 'Old', 'x')",
                "INSERT INTO video (id, title, first_seen_at, last_seen_at) VALUES ('vidaaaaaaaa', 'A', 'x', 'x'),"
                        + " ('vidbbbbbbbb', 'B', 'x', 'x')",
                "INSERT INTO capture (id, playlist_id, captured_at, source, complete, imported_at) VALUES"
                        + " (1, '" + PLAYLIST + "', '2024-08-06T07:00:00Z', 'page', 0, 'x'),"
                        + " (2, '" + PLAYLIST + "', '2024-09-06T07:00:00Z', 'post', 0, 'x')",
                "INSERT INTO capture_entry (capture_id, position, video_id) VALUES (1, 1, 'vidaaaaaaaa'), (2, 40, 'vidbbbbbbbb')",
                // what an earlier talkwatch kept: the newest capture's entries alone
                "INSERT INTO playlist_entry (playlist_id, position, video_id, capture_id) VALUES ('" + PLAYLIST
                        + "', 40, 'vidbbbbbbbb', 2)");

        CatalogStore migrated = new CatalogStore(Database.openSqlite(old));

        assertThat(migrated.items(PLAYLIST)).extracting(item -> item.video().id())
                .containsExactly("vidaaaaaaaa", "vidbbbbbbbb");
    }
}
