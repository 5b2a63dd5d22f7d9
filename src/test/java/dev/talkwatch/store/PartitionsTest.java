package dev.talkwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkwatch.catalog.VideoStatus;
import dev.talkwatch.catalog.ViewCount;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PostgreSQL catalog's snapshots, one partition per month of capture, made as captures arrive. */
class PartitionsTest {

    @TempDir
    Path temp;

    private static Map<String, Long> perPartition(String location) throws Exception {
        String name = location.substring(location.lastIndexOf('/') + 1);
        String port = location.replaceFirst(".*:(\\d+)/.*", "$1");
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + name, "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT tableoid::regclass::text, COUNT(*) FROM snapshot GROUP BY 1 ORDER BY 1")) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getLong(2));
            }
        }
        return rows;
    }

    private static void capture(CatalogStore store, String playlist, Instant at, String... videos) {
        store.inTransaction(writer -> {
            writer.upsertPlaylist(playlist, "P", null, null, at);
            long capture = writer.insertCapture(playlist, at, "page", true, "digest " + playlist + at, at);
            int position = 1;
            for (String id : videos) {
                VideoRow video = new VideoRow(id, "Talks - Ana: " + id, VideoStatus.AVAILABLE, null, null, null, null);
                writer.saveVideo(video, at);
                writer.insertCaptureEntry(capture, position++, id, null);
                writer.insertSnapshot(capture, video, ViewCount.exact(position * 10L, position * 10 + " views"), null, null);
            }
            writer.refreshVideoStates(List.of(videos));
            writer.refreshEntries(playlist);
            return null;
        });
    }

    @Test
    void eachMonthsSnapshotsGoIntoThatMonthsPartitionMadeWhenItsFirstCaptureCame() throws Exception {
        String location = Engine.POSTGRESQL.location(temp);
        CatalogStore store = new CatalogStore(Database.open(location, Engine.environment()));

        capture(store, "PLa", Instant.parse("2024-08-31T23:59:59Z"), "aaaaaaaaaaa", "bbbbbbbbbbb");
        capture(store, "PLa", Instant.parse("2024-09-01T00:00:00Z"), "aaaaaaaaaaa");
        capture(store, "PLa", Instant.parse("2023-01-15T00:00:00Z"), "aaaaaaaaaaa");

        assertThat(perPartition(location)).containsExactly(Map.entry("snapshot_2023_01", 1L),
                Map.entry("snapshot_2024_08", 2L), Map.entry("snapshot_2024_09", 1L));
        assertThat(store.items("PLa")).extracting(item -> item.latest().views().value()).as("the newest complete capture holds only aaaa").containsExactly(20L);
        assertThat(store.history("aaaaaaaaaaa")).hasSize(3);
    }

    @Test
    void aCatalogFromBeforeThePartitionsIsMovedIntoThem() throws Exception {
        String location = Engine.POSTGRESQL.location(temp);
        String name = location.substring(location.lastIndexOf('/') + 1);
        String port = location.replaceFirst(".*:(\\d+)/.*", "$1");
        String url = "jdbc:postgresql://localhost:" + port + "/" + name;
        Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration/postgresql").target("3")
                .load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO playlist (id, title, created_at) VALUES ('PLold', 'Old', 'x')");
            statement.execute("INSERT INTO video (id, title, first_seen_at, last_seen_at, latest_capture_id)"
                    + " VALUES ('aaaaaaaaaaa', 'A', 'x', 'x', 2)");
            statement.execute("INSERT INTO capture (id, playlist_id, captured_at, source, complete, imported_at) VALUES"
                    + " (1, 'PLold', '2024-05-17T12:00:00Z', 'page', 1, 'x'), (2, 'PLold', '2024-06-17T12:00:00Z', 'page', 1, 'x')");
            statement.execute("SELECT setval(pg_get_serial_sequence('capture', 'id'), 3, false)");
            statement.execute("INSERT INTO snapshot (capture_id, video_id, title, status, views, views_text, views_unit,"
                    + " views_exact) VALUES (1, 'aaaaaaaaaaa', 'A', 'available', 5, '5 views', 1, 1),"
                    + " (2, 'aaaaaaaaaaa', 'A', 'available', 9, '9 views', 1, 1)");
        }

        CatalogStore store = new CatalogStore(Database.open(location, Engine.environment()));

        assertThat(perPartition(location)).containsExactly(Map.entry("snapshot_2024_05", 1L), Map.entry("snapshot_2024_06", 1L));
        assertThat(store.history("aaaaaaaaaaa")).extracting(row -> row.views().value()).containsExactly(5L, 9L);
        capture(store, "PLold", Instant.parse("2024-06-30T00:00:00Z"), "aaaaaaaaaaa");
        assertThat(perPartition(location)).containsEntry("snapshot_2024_06", 2L);
    }
}
