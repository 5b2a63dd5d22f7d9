package dev.talkwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talkwatch.catalog.PlaylistItem;
import dev.talkwatch.catalog.Talk;
import dev.talkwatch.catalog.VideoStatus;
import dev.talkwatch.catalog.ViewCount;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class CatalogStoreTest {

    @Parameter
    Engine engine;

    private static final Instant T1 = Instant.parse("2024-08-06T07:00:00Z");
    private static final Instant T2 = Instant.parse("2024-09-06T07:00:00Z");
    private static final Talk TALK = new Talk("Talks", List.of("Ana Smith", "Bo Chen"), "A talk", false);

    @TempDir
    Path temp;

    private CatalogStore store;

    @BeforeEach
    void open() {
        store = new CatalogStore(engine.open(temp));
    }

    private void capture(String playlist, Instant at, ViewCount views, String title) {
        store.inTransaction(writer -> {
            writer.upsertPlaylist(playlist, playlist.equals("PLa") ? "PyCon US 2024" : "PyCon US 2025", "PyCon US", null, at);
            long capture = writer.insertCapture(playlist, at, "page", true, "digest-" + at, at);
            VideoRow video = new VideoRow("abcdefghijk", title, VideoStatus.AVAILABLE, "PyCon US", null, 1800, null);
            writer.saveVideo(video, at);
            writer.saveTalk("abcdefghijk", TALK, "{track} - {speakers}: {title}");
            writer.insertCaptureEntry(capture, 1, "abcdefghijk", null);
            writer.insertSnapshot(capture, video, views, null, null);
            writer.refreshVideoStates(List.of("abcdefghijk"));
            writer.refreshEntries(playlist);
            return null;
        });
    }

    @Test
    void aReindexOfMoreVideosThanOneStatementTakesIndexesEveryOne() {
        int videos = 2_500; // the index takes 1,000 a statement: three statements, the last one short
        List<String> ids = java.util.stream.IntStream.range(0, videos).mapToObj(i -> String.format("vid%08d", i)).toList();
        store.inTransaction(writer -> {
            writer.saveVideos(ids.stream().map(id -> new VideoRow(id, "Talks - Ana: word" + id, VideoStatus.AVAILABLE,
                    null, null, null, null)).toList(), T1);
            writer.reindex(ids);
            return null;
        });

        for (int i : new int[] {0, 999, 1_000, 1_999, 2_000, videos - 1}) {
            assertThat(store.search("word" + ids.get(i), 5)).as(ids.get(i)).extracting(SearchHit::videoId)
                    .containsExactly(ids.get(i));
        }
    }

    @Test
    void anItemShowsTheNewestSnapshotThatHasACount() {
        capture("PLa", T1, ViewCount.exact(100, "100 views"), "Talks - Ana Smith, Bo Chen: A talk");
        capture("PLa", T2, null, "Talks - Ana Smith, Bo Chen: A talk");

        PlaylistItem item = store.items("PLa").getFirst();

        assertThat(item.latest().views().value()).isEqualTo(100);
        assertThat(item.latest().capturedAt()).isEqualTo(T1);
        assertThat(item.video().talk()).isEqualTo(TALK);
        assertThat(item.video().durationSeconds()).isEqualTo(1800);
    }

    @Test
    void viewsAreTheVideosWhicheverPlaylistCapturedThem() {
        capture("PLa", T1, ViewCount.exact(100, "100 views"), "t");
        capture("PLb", T2, new ViewCount(3600, "3.6K views", 100), "t");

        assertThat(store.items("PLa").getFirst().latest().views()).isEqualTo(new ViewCount(3600, "3.6K views", 100));
    }

    @Test
    void anOlderCaptureDoesNotOverwriteANewerTitle() {
        capture("PLa", T2, null, "New title");
        capture("PLa", T1, null, "Old title");

        assertThat(store.items("PLa").getFirst().video().title()).isEqualTo("New title");
    }

    @Test
    void resolvesAPlaylistByIdOrAUniquePartOfItsTitle() {
        capture("PLa", T1, null, "t");
        capture("PLb", T1, null, "t");

        assertThat(store.requirePlaylist("PLb").title()).isEqualTo("PyCon US 2025");
        assertThat(store.requirePlaylist("us 2024").id()).isEqualTo("PLa");
        assertThat(store.playlists()).extracting(p -> p.id()).containsExactly("PLa", "PLb");
    }

    @Test
    void anAmbiguousOrUnknownNameListsTheCandidates() {
        capture("PLa", T1, null, "t");
        capture("PLb", T1, null, "t");

        assertThatThrownBy(() -> store.requirePlaylist("PyCon"))
                .isInstanceOf(PlaylistNotFoundException.class)
                .hasMessageContaining("matches 2 playlists")
                .hasMessageContaining("PLa (PyCon US 2024)")
                .hasMessageContaining("PLb (PyCon US 2025)");
        assertThatThrownBy(() -> store.requirePlaylist(null)).hasMessageContaining("name one");
        assertThatThrownBy(() -> store.requirePlaylist("EuroPython")).hasMessageContaining("no playlist matches 'EuroPython'");
    }

    @Test
    void anEmptyCatalogSaysHowToStart() {
        assertThatThrownBy(() -> store.requirePlaylist(null)).hasMessageContaining("import one first");
    }
}
