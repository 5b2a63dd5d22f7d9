package dev.talkwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkwatch.Fixtures;
import dev.talkwatch.catalog.DiaryEntry;
import dev.talkwatch.catalog.Note;
import dev.talkwatch.catalog.Playlist;
import dev.talkwatch.catalog.PlaylistItem;
import dev.talkwatch.catalog.Stars;
import dev.talkwatch.publish.RecapOptions;
import dev.talkwatch.publish.RecapPublisher;
import dev.talkwatch.publish.RecapSource;
import dev.talkwatch.store.CatalogStore;
import dev.talkwatch.store.CurationStore;
import dev.talkwatch.store.Database;
import dev.talkwatch.store.HistoryRow;
import dev.talkwatch.store.HistoryStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.talkwatch.store.Engine;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every import is a set of facts about videos, so the order of imports never matters: for every
 * pair and triple of the fixtures (one of each source talkwatch reads, all of one playlist),
 * importing them in any order gives the same catalog, curation and post.
 */
@ParameterizedClass
@EnumSource(Engine.class)
class ImportOrderPropertyTest {

    @Parameter
    Engine engine;

    /** One import: its files, and when they were captured (null: as the source says). */
    record Fixture(String name, List<String> files, String capturedAt) {

        Fixture(String name, String file, String capturedAt) {
            this(name, List.of(file), capturedAt);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    // Two captures share a day (the first page and its continuation), so ties are tried too.
    static final List<Fixture> FIXTURES = List.of(
            new Fixture("page", "ingest/page/classic-complete.html", "2024-08-01T10:00:00Z"),
            new Fixture("browse first page", "ingest/browse/first-page.json", "2024-08-02T10:00:00Z"),
            new Fixture("browse continuation", "ingest/browse/continuation-last.json", "2024-08-02T10:00:00Z"),
            new Fixture("har", "ingest/har/playlist-session.har", "2024-07-20T10:00:00Z"),
            new Fixture("rendered page", "ingest/rendered/scrolled-playlist.html", "2024-08-10T10:00:00Z"),
            new Fixture("snippet", "ingest/snippet/console-output.txt", "2024-08-06T10:00:00Z"),
            new Fixture("yt-dlp", "ingest/ytdlp/flat-playlist.json", "2024-09-01T10:00:00Z"),
            new Fixture("data api", List.of("ingest/dataapi/playlist-items-1.json", "ingest/dataapi/playlist-items-2.json",
                    "ingest/dataapi/videos.json"), "2024-08-15T10:00:00Z"),
            new Fixture("pyvideo", "ingest/pyvideo/pycon-fixture", null),
            new Fixture("post of August", "ingest/post/recap-august.md", null),
            new Fixture("post of September", "ingest/post/recap-september.md", null),
            new Fixture("watch history", "ingest/takeout/watched-after-august.json", null));

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private Database database;

    @BeforeEach
    void openCatalog() {
        database = engine.open(temp);
    }

    // Empties the catalog (quicker than a new file, whose migrations take longer than the imports).
    private void empty() {
        Engine.empty(database);
    }

    /** The catalog after importing {@code order}, one import each, as a user sees it. */
    private String catalogAfter(List<Fixture> order) throws SQLException {
        empty();
        CatalogStore store = new CatalogStore(database);
        Importer importer = new Importer(store, CLOCK);
        for (Fixture fixture : order) {
            List<Source> sources = fixture.files().stream().map(Fixtures::source).toList();
            importer.importSources(sources, new ImportOptions(Optional.empty(),
                    Optional.ofNullable(fixture.capturedAt()).map(Instant::parse)));
        }
        return describe(store);
    }

    private String describe(CatalogStore store) {
        StringBuilder out = new StringBuilder();
        CurationStore curation = new CurationStore(database);
        for (Playlist playlist : store.playlists()) {
            out.append("playlist ").append(playlist.id()).append(' ').append(playlist.title()).append(' ')
                    .append(playlist.videos()).append('\n');
            for (PlaylistItem item : store.items(playlist.id())) {
                var video = item.video();
                out.append("  ").append(item.position()).append(' ').append(video.id()).append(' ').append(video.title())
                        .append(" [").append(video.status().id()).append("] ").append(video.talk()).append(' ')
                        .append(video.channel()).append(' ').append(video.durationSeconds()).append(' ')
                        .append(video.publishedAt()).append(' ').append(video.recordedOn()).append(' ')
                        .append(item.sourceLinkOrUrl()).append(' ').append(item.latestSnapshot()
                                .map(s -> s.views() + "@" + s.capturedAt() + "/" + s.source()).orElse("-"))
                        .append('\n');
                for (HistoryRow row : store.history(video.id())) {
                    out.append("    ").append(row).append('\n');
                }
            }
            RecapSource source = RecapSource.load(store, curation, new HistoryStore(database), playlist, null,
                    OffsetDateTime.now(CLOCK), false);
            out.append(new RecapPublisher().markdown(source, RecapOptions.defaults())).append('\n');
        }
        Map<String, Stars> ratings = curation.inTransaction(CurationStore.Curation::ratings);
        Map<String, List<Note>> notes = curation.inTransaction(CurationStore.Curation::allNotes);
        List<String> queue = curation.inTransaction(CurationStore.Curation::queue);
        List<DiaryEntry> diary = curation.inTransaction(CurationStore.Curation::diary);
        out.append("ratings ").append(ratings).append('\n');
        notes.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> out.append("notes ").append(e.getKey())
                .append(' ').append(e.getValue().stream().map(n -> n.number() + ":" + n.text()).toList()).append('\n'));
        out.append("queue ").append(queue).append('\n');
        out.append("diary ").append(diary.stream().map(d -> d.watchedOn() + " " + d.videoId() + " " + d.source())
                .sorted().collect(Collectors.joining(", "))).append('\n');
        return out.toString();
    }

    @Test
    void everyPairGivesTheSameCatalogInEitherOrder() throws SQLException {
        for (int a = 0; a < FIXTURES.size(); a++) {
            for (int b = a + 1; b < FIXTURES.size(); b++) {
                Fixture first = FIXTURES.get(a);
                Fixture second = FIXTURES.get(b);
                assertThat(catalogAfter(List.of(second, first))).as(second + " then " + first + " against the other order")
                        .isEqualTo(catalogAfter(List.of(first, second)));
            }
        }
    }

    @Test
    @Tag("slow")
    void everyTripleGivesTheSameCatalogInAnyOrder() throws SQLException {
        // every triple in its fixture order against another of its six orders, chosen by a seeded generator
        Random random = new Random(20_240_806);
        for (int a = 0; a < FIXTURES.size(); a++) {
            for (int b = a + 1; b < FIXTURES.size(); b++) {
                for (int c = b + 1; c < FIXTURES.size(); c++) {
                    List<Fixture> triple = List.of(FIXTURES.get(a), FIXTURES.get(b), FIXTURES.get(c));
                    String expected = catalogAfter(triple);
                    for (List<Fixture> order : otherOrders(triple, random)) {
                        assertThat(catalogAfter(order)).as(order + " against " + triple).isEqualTo(expected);
                    }
                }
            }
        }
    }

    private static List<List<Fixture>> otherOrders(List<Fixture> triple, Random random) {
        List<List<Fixture>> orders = new ArrayList<>(List.of(
                List.of(triple.get(0), triple.get(2), triple.get(1)), List.of(triple.get(1), triple.get(0), triple.get(2)),
                List.of(triple.get(1), triple.get(2), triple.get(0)), List.of(triple.get(2), triple.get(0), triple.get(1)),
                List.of(triple.get(2), triple.get(1), triple.get(0))));
        Collections.shuffle(orders, random);
        return orders.subList(0, 1);
    }

    @Test
    void theFixturesMeetOnTheirSharedVideos() throws SQLException {
        // guards the property above against fixtures that never touch: all of them name the same talks
        String all = catalogAfter(FIXTURES);

        assertThat(all).contains("PostOnly001").contains("Gil Forsyth").contains("queue [LauNJNKECOM, kns4Qlvl3vk]")
                .contains("2024-08-20 P1-KQZZarpc takeout");
    }
}
