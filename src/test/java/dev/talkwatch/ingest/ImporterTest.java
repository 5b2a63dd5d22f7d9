package dev.talkwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talkwatch.Fixtures;
import dev.talkwatch.catalog.PlaylistItem;
import dev.talkwatch.catalog.Talk;
import dev.talkwatch.catalog.ViewCount;
import dev.talkwatch.store.CatalogStore;
import dev.talkwatch.store.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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

@ParameterizedClass
@EnumSource(Engine.class)
class ImporterTest {

    @Parameter
    Engine engine;

    private static final Instant AUGUST = Instant.parse("2024-08-06T07:00:00Z");
    private static final Instant SEPTEMBER = Instant.parse("2024-09-06T07:00:00Z");

    @TempDir
    Path temp;

    private Database database;
    private CatalogStore store;
    private Importer importer;

    @BeforeEach
    void openCatalog() {
        database = engine.open(temp);
        store = new CatalogStore(database);
        importer = new Importer(store, Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC));
    }

    private List<PlaylistImport> importAt(Instant capturedAt, Source... sources) {
        return importer.importSources(List.of(sources), new ImportOptions(Optional.empty(), Optional.of(capturedAt)))
                .playlists();
    }

    private long count(String table) throws SQLException {
        return Engine.count(database, table);
    }

    @Test
    void storesPlaylistVideosParsedTitlesAndOneSnapshotPerVideo() throws SQLException {
        PlaylistImport result = importAt(AUGUST, Fixtures.source("ingest/page/classic-complete.html")).getFirst();

        assertThat(result.videos()).isEqualTo(10);
        assertThat(result.exactViews()).isEqualTo(5);
        assertThat(result.roundedViews()).isEqualTo(5);
        assertThat(result.complete()).isTrue();
        assertThat(count("snapshot")).isEqualTo(10);
        List<PlaylistItem> items = store.items(Fixtures.PLAYLIST);
        assertThat(items).extracting(item -> item.video().id()).containsExactlyElementsOf(ReaderAssertions.IDS);
        PlaylistItem ibis = items.get(3);
        assertThat(ibis.video().talk()).isEqualTo(new Talk("Tutorials", List.of("Gil", "Jim", "Naty", "Phillip"),
                "Introduction to Ibis: blazing fast analytics with DuckDB", true));
        assertThat(ibis.latest().views()).isEqualTo(new ViewCount(3674, "3.6K views", 1));
        assertThat(ibis.latest().capturedAt()).isEqualTo(AUGUST);
        assertThat(ibis.latest().source()).isEqualTo("page");
        assertThat(ibis.link()).isEqualTo("https://www.youtube.com/watch?v=1ND6COslBKU&list=" + Fixtures.PLAYLIST
                + "&index=4&pp=iAQB");
    }

    @Test
    void importingTheSameFilesTwiceAddsNothing() throws SQLException {
        Source page = Fixtures.source("ingest/page/classic-complete.html");
        importAt(AUGUST, page);

        PlaylistImport again = importAt(SEPTEMBER, page).getFirst();

        assertThat(again.alreadyImported()).isTrue();
        assertThat(again.title()).isEqualTo("PyCon US 2024 (fixture)");
        assertThat(count("capture")).isEqualTo(1);
        assertThat(count("snapshot")).isEqualTo(10);
        assertThat(count("video")).isEqualTo(10);
    }

    @Test
    void newContentAddsASnapshotAndKeepsTheOldOne() throws SQLException {
        importAt(AUGUST, Fixtures.source("ingest/browse/first-page.json"), Fixtures.source("ingest/browse/continuation-last.json"));
        importAt(SEPTEMBER, Fixtures.source("ingest/page/lockup-var-marker.html"));

        assertThat(count("capture")).isEqualTo(2);
        assertThat(count("snapshot")).isEqualTo(20);
        PlaylistItem ibis = store.items(Fixtures.PLAYLIST).get(3);
        assertThat(ibis.latest().capturedAt()).as("the newest snapshot is shown").isEqualTo(SEPTEMBER);
        assertThat(ibis.latest().views()).isEqualTo(new ViewCount(3600, "3.6K views", 100));
    }

    @Test
    void anOlderCaptureImportedLaterDoesNotReplaceTheNewerOne() {
        importAt(SEPTEMBER, Fixtures.source("ingest/page/lockup-var-marker.html"));
        importAt(AUGUST, Fixtures.source("ingest/page/classic-complete.html"));

        PlaylistItem ibis = store.items(Fixtures.PLAYLIST).get(3);
        assertThat(ibis.latest().capturedAt()).isEqualTo(SEPTEMBER);
    }

    @Test
    void mergesAFirstPageAndItsContinuationInAnyOrder() {
        PlaylistImport result = importAt(AUGUST, Fixtures.source("ingest/browse/continuation-last.json"),
                Fixtures.source("ingest/browse/first-page.json")).getFirst();

        assertThat(result.videos()).isEqualTo(10);
        assertThat(result.complete()).isTrue();
        assertThat(result.problems()).isEmpty();
        assertThat(result.title()).as("the continuation has no metadata, the first page does")
                .isEqualTo("PyCon US 2024 (fixture)");
        assertThat(store.items(Fixtures.PLAYLIST)).extracting(PlaylistItem::position)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    @Test
    void reportsAMissingContinuationAndTheMissingPositions() {
        PlaylistImport firstOnly = importAt(AUGUST, Fixtures.source("ingest/browse/first-page.json")).getFirst();
        assertThat(firstOnly.complete()).isFalse();
        assertThat(firstOnly.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("continues after position 6"));

        PlaylistImport lastOnly = importAt(AUGUST, Fixtures.source("ingest/browse/continuation-last.json")).getFirst();
        assertThat(lastOnly.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("positions 1-6 are missing"));
    }

    @Test
    void aPartialCaptureReplacesOnlyThePositionsItHolds() {
        importAt(AUGUST, Fixtures.source("ingest/page/classic-complete.html"));
        importAt(SEPTEMBER, Fixtures.source("ingest/browse/lockup-continuation-last.json"));

        List<PlaylistItem> items = store.items(Fixtures.PLAYLIST);
        assertThat(items).hasSize(10);
        assertThat(items.get(0).latest().capturedAt()).isEqualTo(AUGUST);
        assertThat(items.get(9).latest().capturedAt()).isEqualTo(SEPTEMBER);
    }

    @Test
    void anUnreadableFileStopsTheWholeImportAndWritesNothing() throws SQLException {
        Source good = Fixtures.source("ingest/page/classic-complete.html");
        Source bad = Fixtures.source("ingest/browse/truncated.json");

        assertThatThrownBy(() -> importAt(AUGUST, good, bad))
                .isInstanceOf(UnreadableSourceException.class)
                .hasMessageContaining("truncated.json");

        assertThat(count("playlist")).isZero();
        assertThat(count("capture")).isZero();
        assertThat(count("video")).isZero();
    }

    @Test
    void filesReadSideBySideReportTheFirstBadFileInTheOrderGiven() {
        Source good = Fixtures.source("ingest/page/classic-complete.html");
        Source truncated = Fixtures.source("ingest/browse/truncated.json");
        Source missing = new Source("gone.json", () -> {
            throw new java.io.FileNotFoundException("gone.json (No such file or directory)");
        }, AUGUST);
        Source[] many = new Source[24];
        java.util.Arrays.fill(many, good);
        many[17] = truncated;
        many[21] = missing;

        for (int run = 0; run < 5; run++) {
            assertThatThrownBy(() -> importAt(AUGUST, many)).as("run " + run)
                    .isInstanceOf(UnreadableSourceException.class).hasMessageContaining("truncated.json");
        }
        many[17] = good;
        assertThatThrownBy(() -> importAt(AUGUST, many)).hasMessageContaining("gone.json");
        many[21] = good;
        assertThat(importAt(AUGUST, many)).as("24 copies of one page are one capture").hasSize(1);
    }

    @Test
    void aFailureWhileWritingRollsBackEverything() throws SQLException {
        Source page = Fixtures.source("ingest/page/classic-complete.html");
        Source empty = Fixtures.source("ingest/page/empty-playlist.html");

        assertThatThrownBy(() -> importAt(AUGUST, page, empty))
                .isInstanceOf(UnreadableSourceException.class)
                .hasMessageContaining("empty-playlist.html")
                .hasMessageContaining("no videos");

        assertThat(count("playlist")).isZero();
        assertThat(count("snapshot")).isZero();
    }

    @Test
    void theCaptureTimeDefaultsToWhenTheFileWasSaved() {
        Instant saved = Instant.parse("2024-08-01T10:00:00Z");
        byte[] line = ("\"[Talks - Ana Smith: A talk](https://www.youtube.com/watch?v=abcdefghijk&list=PLx&index=1)\",3.6K\n")
                .getBytes(StandardCharsets.UTF_8);

        importer.importSources(List.of(Source.bytes("snippet.txt", line, saved)), ImportOptions.defaults());

        assertThat(store.items("PLx").getFirst().latest().capturedAt()).isEqualTo(saved);
    }

    @Test
    void keepsOnlyYouTubeLinksToTheVideoItself() {
        byte[] lines = ("\"[A](https://www.youtube.com/watch?v=abcdefghijk&list=PLx&index=1)\",5\n"
                + "\"[B](https://www.youtube.com/watch?v=bcdefghijkl&list=PLx&index=2&x=\\\"y)\",5\n")
                .getBytes(StandardCharsets.UTF_8);

        importAt(AUGUST, Source.bytes("s.txt", lines, AUGUST));

        List<PlaylistItem> items = store.items("PLx");
        assertThat(items.get(0).link()).isEqualTo("https://www.youtube.com/watch?v=abcdefghijk&list=PLx&index=1");
        assertThat(items.get(1).link()).isNull();
        assertThat(items.get(1).sourceLinkOrUrl()).isEqualTo("https://www.youtube.com/watch?v=bcdefghijkl&list=PLx&index=2");
    }
}
