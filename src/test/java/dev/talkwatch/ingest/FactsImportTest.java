package dev.talkwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkwatch.Fixtures;
import dev.talkwatch.catalog.PlaylistItem;
import dev.talkwatch.catalog.Talk;
import dev.talkwatch.catalog.VideoStatus;
import dev.talkwatch.catalog.ViewCount;
import dev.talkwatch.store.CatalogStore;
import dev.talkwatch.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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

/** Sources that say things about single videos: Data API videos.list pages and pyvideo folders. */
@ParameterizedClass
@EnumSource(Engine.class)
class FactsImportTest {

    @Parameter
    Engine engine;

    private static final Instant AUGUST = Instant.parse("2024-08-06T07:00:00Z");

    @TempDir
    Path temp;

    private CatalogStore store;
    private Database database;
    private Importer importer;

    @BeforeEach
    void open() {
        database = engine.open(temp);
        store = new CatalogStore(database);
        importer = new Importer(store, Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC));
    }

    private ImportResult importAll(String... fixtures) {
        return importer.importSources(java.util.Arrays.stream(fixtures).map(Fixtures::source).toList(),
                new ImportOptions(Optional.empty(), Optional.of(AUGUST)));
    }

    private PlaylistItem item(String videoId) {
        return store.items(Fixtures.PLAYLIST).stream().filter(i -> i.video().id().equals(videoId)).findFirst().orElseThrow();
    }

    @Test
    void joinsPlaylistItemsAndVideosByVideoId() {
        ImportResult result = importAll("ingest/dataapi/playlist-items-2.json", "ingest/dataapi/videos.json",
                "ingest/dataapi/playlist-items-1.json");

        PlaylistImport playlist = result.playlists().getFirst();
        assertThat(playlist.videos()).isEqualTo(10);
        assertThat(playlist.complete()).isTrue();
        assertThat(playlist.exactViews()).isEqualTo(9);
        assertThat(playlist.unavailable()).isEqualTo(1);
        PlaylistItem ibis = item("1ND6COslBKU");
        assertThat(ibis.views()).contains(ViewCount.exact(3674, "3674"));
        assertThat(ibis.latest().likes()).isEqualTo(31L);
        assertThat(ibis.video().durationSeconds()).isEqualTo(33 * 60 + 3);
        assertThat(ibis.video().publishedAt()).isEqualTo(Instant.parse("2024-06-04T15:00:00Z"));
        assertThat(item("p_Vx3gDHeUI").video().status()).isEqualTo(VideoStatus.PRIVATE);
    }

    @Test
    void videosListOnItsOwnAddsASnapshotToTheVideosTheCatalogHas() {
        importAll("ingest/page/lockup-var-marker.html");

        ImportResult result = importAll("ingest/dataapi/videos.json");

        assertThat(result.playlists()).isEmpty();
        assertThat(result.facts().videosCounted()).isEqualTo(9);
        assertThat(item("1ND6COslBKU").views()).contains(ViewCount.exact(3674, "3674"));
        assertThat(item("1ND6COslBKU").latest().source()).isEqualTo("data-api");
    }

    @Test
    void pyvideoCompletesSpeakersAndTruncatedTitlesAndReportsWhatMatchesNothing() {
        importAll("ingest/page/classic-complete.html");

        ImportResult result = importAll("ingest/pyvideo/pycon-fixture");

        PlaylistItem ibis = item("1ND6COslBKU");
        assertThat(ibis.video().talk()).isEqualTo(new Talk("Tutorials",
                List.of("Gil Forsyth", "Jim Crist-Harif", "Naty Clementi", "Phillip Cloud"),
                "Introduction to Ibis: blazing fast analytics with DuckDB, Polars, Snowflake, and more, from the comfort of"
                        + " your Python repl.", false));
        assertThat(ibis.video().recordedOn()).isEqualTo(LocalDate.of(2024, 5, 15));
        assertThat(ibis.video().description()).isEqualTo("Tabular data is everywhere.");
        assertThat(ibis.video().title()).as("YouTube's title stays as it was")
                .isEqualTo("Tutorials - Gil, Jim, Naty, Phillip: Introduction to Ibis: blazing fast analytics with DuckDB...");
        assertThat(result.facts().videosDetailed()).isEqualTo(2);
        assertThat(result.facts().videosWaiting()).as("zzzzzzzzzzz, kept until it arrives").isEqualTo(1);
        assertThat(result.facts().problems()).extracting(ImportProblem::where).anySatisfy(where ->
                assertThat(where).contains("lightning-talks-1.json"));
    }

    @Test
    void aNewerImportOfThePlaylistKeepsWhatPyvideoAdded() {
        importAll("ingest/page/classic-complete.html");
        importAll("ingest/pyvideo/pycon-fixture");

        importAll("ingest/page/lockup-var-marker.html");

        assertThat(item("1ND6COslBKU").video().talk().speakers()).containsExactly(
                "Gil Forsyth", "Jim Crist-Harif", "Naty Clementi", "Phillip Cloud");
    }

    @Test
    void aPyvideoFolderImportedTwiceGivesTheSameDetailsAndNoMore() {
        importAll("ingest/page/classic-complete.html");
        importAll("ingest/pyvideo/pycon-fixture");
        PlaylistItem before = item("1ND6COslBKU");

        ImportResult again = importAll("ingest/pyvideo/pycon-fixture");

        assertThat(again.facts().importedBefore()).isTrue();
        assertThat(again.facts().videosDetailed()).isEqualTo(2);
        assertThat(item("1ND6COslBKU")).isEqualTo(before);
    }

    @Test
    void pyvideoBeforeThePlaylistIsKeptAndAppliedWhenItsVideosArrive() {
        ImportResult first = importAll("ingest/pyvideo/pycon-fixture");

        assertThat(first.facts().videosWaiting()).isEqualTo(3);
        assertThat(first.facts().problems()).extracting(ImportProblem::message)
                .noneMatch(message -> message.contains("in the catalog"));
        importAll("ingest/page/classic-complete.html");

        assertThat(item("1ND6COslBKU").video().talk().speakers()).containsExactly(
                "Gil Forsyth", "Jim Crist-Harif", "Naty Clementi", "Phillip Cloud");
        assertThat(item("1ND6COslBKU").video().recordedOn()).isEqualTo(LocalDate.of(2024, 5, 15));
    }

    @Test
    void pyvideoImportedAgainAfterThePlaylistGivesItsDetailsEvenIfTheyWereNotKept() throws Exception {
        importAll("ingest/pyvideo/pycon-fixture");
        // a catalog of an earlier talkwatch, which dropped the facts it could not place
        Engine.execute(database, "DELETE FROM pending_fact");
        importAll("ingest/page/classic-complete.html");

        ImportResult again = importAll("ingest/pyvideo/pycon-fixture");

        assertThat(again.facts().importedBefore()).isTrue();
        assertThat(item("1ND6COslBKU").video().talk().speakers()).containsExactly(
                "Gil Forsyth", "Jim Crist-Harif", "Naty Clementi", "Phillip Cloud");
    }
}
