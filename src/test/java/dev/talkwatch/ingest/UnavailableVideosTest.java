package dev.talkwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkwatch.Fixtures;
import dev.talkwatch.catalog.Playlist;
import dev.talkwatch.catalog.PlaylistItem;
import dev.talkwatch.catalog.VideoStatus;
import dev.talkwatch.publish.RecapOptions;
import dev.talkwatch.publish.RecapPublisher;
import dev.talkwatch.publish.RecapSource;
import dev.talkwatch.store.CatalogStore;
import dev.talkwatch.store.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
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

@ParameterizedClass
@EnumSource(Engine.class)
class UnavailableVideosTest {

    @Parameter
    Engine engine;

    @TempDir
    Path temp;

    private CatalogStore store;
    private Importer importer;

    @BeforeEach
    void open() {
        store = new CatalogStore(engine.open(temp));
        importer = new Importer(store, Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC));
    }

    private void importSnippet(String text, Instant at) {
        importer.importSources(List.of(Source.bytes("s" + at.getEpochSecond() + ".txt",
                text.getBytes(StandardCharsets.UTF_8), at)), new ImportOptions(Optional.empty(), Optional.of(at)));
    }

    private static String line(String title, String id, int index, String views) {
        return "\"[" + title + "](https://www.youtube.com/watch?v=" + id + "&list=PLx&index=" + index + ")\"," + views + "\n";
    }

    @Test
    void aVideoThatTurnsPrivateKeepsItsPlaceTitleAndTalkButLeavesThePost() {
        importSnippet(line("Talks - Ana Smith: Big talk", "aaaaaaaaaaa", 1, "9K")
                + line("Talks - Bo Chen: Small talk", "bbbbbbbbbbb", 2, "600"), Instant.parse("2024-08-01T00:00:00Z"));
        importSnippet(line("[Private video]", "aaaaaaaaaaa", 1, "")
                + line("Talks - Bo Chen: Small talk", "bbbbbbbbbbb", 2, "700"), Instant.parse("2024-09-01T00:00:00Z"));

        List<PlaylistItem> items = store.items("PLx");
        PlaylistItem hidden = items.getFirst();
        assertThat(hidden.position()).isEqualTo(1);
        assertThat(hidden.video().status()).isEqualTo(VideoStatus.PRIVATE);
        assertThat(hidden.video().title()).isEqualTo("Talks - Ana Smith: Big talk");
        assertThat(hidden.video().talk().speakers()).containsExactly("Ana Smith");

        Playlist playlist = store.requirePlaylist("PLx");
        String post = new RecapPublisher().markdown(
                new RecapSource(playlist, items, Optional.empty(), java.util.Map.of(), java.util.Map.of(), List.of(),
                        OffsetDateTime.parse("2024-09-01T00:00:00Z")),
                new RecapOptions(null, "Conf", OffsetDateTime.parse("2024-09-01T00:00:00Z"), List.of(), 500L, null, null, null));
        assertThat(post).contains("Small talk").doesNotContain("Big talk");
    }

    @Test
    void aVideoNeverSeenAvailableHasNoTalk() {
        importSnippet(line("[Deleted video]", "ccccccccccc", 1, "") + line("Talks - Bo Chen: Small talk", "bbbbbbbbbbb", 2, "700"),
                Instant.parse("2024-08-01T00:00:00Z"));

        PlaylistItem deleted = store.items("PLx").getFirst();
        assertThat(deleted.video().status()).isEqualTo(VideoStatus.DELETED);
        assertThat(deleted.video().talk().title()).isNull();
        assertThat(deleted.video().talk().speakers()).isEmpty();
    }

    @Test
    void theSummaryCountsThem() {
        PlaylistImport result = importer.importSources(List.of(Fixtures.source("ingest/ytdlp/flat-playlist.json")),
                ImportOptions.defaults()).playlists().getFirst();

        assertThat(result.unavailable()).isEqualTo(1);
        assertThat(result.withoutViews()).isZero();
    }
}
