package dev.talkwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Catalogs written by an older talkwatch, migrated when this one opens them. */
class MigrationTest {

    @TempDir
    Path temp;

    static List<String> rows(Path file, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                    cells.add(result.getString(i));
                }
                rows.add(String.join("|", cells));
            }
        }
        return rows;
    }

    @Test
    void aWholeAbbreviatedCountStoredAsAWholeUnitGetsTheUnitOfOneDecimal() throws SQLException {
        Path file = MigrationFixtures.catalogAt(temp.resolve("old.db"), "2",
                "INSERT INTO playlist (id, title, created_at) VALUES ('PLold', 'Old', '2024-08-06T00:00:00Z')",
                "INSERT INTO video (id, title, first_seen_at, last_seen_at) VALUES ('aaaaaaaaaaa', 'A', 'x', 'x'),"
                        + " ('bbbbbbbbbbb', 'B', 'x', 'x'), ('ccccccccccc', 'C', 'x', 'x'), ('ddddddddddd', 'D', 'x', 'x'),"
                        + " ('eeeeeeeeeee', 'E', 'x', 'x')",
                "INSERT INTO capture (id, playlist_id, captured_at, source, complete, imported_at)"
                        + " VALUES (1, 'PLold', '2024-08-06T00:00:00Z', 'page', 1, '2024-08-06T00:00:00Z')",
                "INSERT INTO snapshot (capture_id, video_id, title, status, views, views_text, views_unit, views_exact) VALUES"
                        + " (1, 'aaaaaaaaaaa', 'A', 'available', 1000, '1K views', 1000, 0),"
                        + " (1, 'bbbbbbbbbbb', 'B', 'available', 2000000000, '2B views', 1000000000, 0),"
                        + " (1, 'ccccccccccc', 'C', 'available', 15000, '15K views', 1000, 0),"
                        + " (1, 'ddddddddddd', 'D', 'available', 1400, '1.4K views', 100, 0),"
                        + " (1, 'eeeeeeeeeee', 'E', 'available', 1000, '1K', 1000, 0)");

        Database.openSqlite(file);

        assertThat(rows(file, "SELECT video_id, views_unit FROM snapshot ORDER BY video_id")).containsExactly(
                "aaaaaaaaaaa|100", "bbbbbbbbbbb|100000000", "ccccccccccc|1000", "ddddddddddd|100", "eeeeeeeeeee|100");
    }

    @Test
    void aVideoAndASnapshotMayBeMembersOnlyAfterTheMigrationAndTheirRowsStay() throws SQLException {
        Path file = MigrationFixtures.catalogAt(temp.resolve("old.db"), "3",
                "INSERT INTO playlist (id, title, created_at) VALUES ('PLold', 'Old', '2024-08-06T00:00:00Z')",
                "INSERT INTO video (id, title, first_seen_at, last_seen_at) VALUES ('aaaaaaaaaaa', 'A', 'x', 'x')",
                "INSERT INTO capture (id, playlist_id, captured_at, source, complete, imported_at)"
                        + " VALUES (1, 'PLold', '2024-08-06T00:00:00Z', 'page', 1, '2024-08-06T00:00:00Z')",
                "INSERT INTO snapshot (capture_id, video_id, title, status) VALUES (1, 'aaaaaaaaaaa', 'A', 'available')");

        Database.openSqlite(file);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute("UPDATE video SET status = 'members-only'");
            statement.execute("UPDATE snapshot SET status = 'members-only'");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> statement.execute("UPDATE video SET status = 'secret'"))
                    .hasMessageContaining("CHECK");
        }

        assertThat(rows(file, "SELECT v.status, s.status, s.title FROM video v JOIN snapshot s ON s.video_id = v.id"))
                .containsExactly("members-only|members-only|A");
        assertThat(rows(file, "PRAGMA integrity_check")).containsExactly("ok");
    }

    @Test
    void theCurationOfACatalogFromBeforeUsersIsTheCatalogsOwnUsersAndNothingIsLost() throws SQLException {
        Path file = MigrationFixtures.catalogAt(temp.resolve("old.db"), "8",
                "INSERT INTO playlist (id, title, created_at) VALUES ('PLold', 'Old', '2024-08-06T00:00:00Z')",
                "INSERT INTO video (id, title, first_seen_at, last_seen_at) VALUES ('aaaaaaaaaaa', 'A', 'x', 'x'),"
                        + " ('bbbbbbbbbbb', 'B', 'x', 'x')",
                "INSERT INTO rating (video_id, half_stars, rated_order, rated_at, first_rated_at) VALUES"
                        + " ('aaaaaaaaaaa', 7, 2, '2024-08-07T00:00:00Z', '2024-08-06T00:00:00Z')",
                "INSERT INTO note (id, video_id, ordinal, text, created_at, updated_at) VALUES"
                        + " (5, 'aaaaaaaaaaa', 1, 'Buczyński, *first*', '2024-08-07T00:00:00Z', '2024-08-07T00:00:00Z'), (9, 'aaaaaaaaaaa', 2, 'second', '2024-08-08T00:00:00Z', '2024-08-08T00:00:00Z')",
                "INSERT INTO queue_entry (video_id, position, added_at) VALUES ('bbbbbbbbbbb', 1, 'z')",
                "INSERT INTO watched (id, video_id, watched_on, source) VALUES (3, 'aaaaaaaaaaa', '2024-08-07', 'cli')",
                "INSERT INTO pending_viewing (video_id, watched_on, source) VALUES ('ccccccccccc', '2024-08-08', 'takeout')",
                "INSERT INTO post (playlist_id, title, date, final_newline, imported_at) VALUES ('PLold', 'Recap', '2024-08-06', 1, 'x')",
                "INSERT INTO post_block (playlist_id, ordinal, kind, heading) VALUES ('PLold', 1, 'intro', NULL),"
                        + " ('PLold', 2, 'popular', 'Popular')",
                "INSERT INTO publication (id, playlist_id, post_date, published_at) VALUES (4, 'PLold', '2024-08-06T07:00:00Z', 'x')");

        Database database = Database.openSqlite(file);
        CurationStore curation = new CurationStore(database);

        assertThat(curation.read((CurationStore.Curation c) -> c.rating("aaaaaaaaaaa"))).contains(new dev.talkwatch.catalog.Stars(7));
        assertThat(curation.read((CurationStore.Curation c) -> c.notes("aaaaaaaaaaa"))).extracting(n -> n.text())
                .containsExactly("Buczyński, *first*", "second");
        assertThat(curation.read((CurationStore.Curation c) -> c.queue())).containsExactly("bbbbbbbbbbb");
        assertThat(curation.read((CurationStore.Curation c) -> c.diary())).hasSize(1);
        assertThat(new CatalogStore(database).post("PLold")).hasValueSatisfying(post -> assertThat(post.blocks()).hasSize(2));
        assertThat(rows(file, "SELECT user_name || ':' || COUNT(*) FROM (SELECT user_name FROM rating UNION ALL"
                + " SELECT user_name FROM note UNION ALL SELECT user_name FROM queue_entry UNION ALL SELECT user_name FROM watched"
                + " UNION ALL SELECT user_name FROM pending_viewing UNION ALL SELECT user_name FROM post UNION ALL"
                + " SELECT user_name FROM post_block UNION ALL SELECT user_name FROM publication) GROUP BY user_name"))
                .containsExactly(":10");
        assertThat(rows(file, "SELECT id FROM note ORDER BY id")).as("the notes keep their ids").containsExactly("5", "9");
        // another user starts with nothing of the owner's
        CurationStore other = new CurationStore(database.as("ana"));
        assertThat(other.read((CurationStore.Curation c) -> c.ratings())).isEmpty();
        assertThat(other.read((CurationStore.Curation c) -> c.queue())).isEmpty();
        assertThat(new CatalogStore(database.as("ana")).post("PLold")).isEmpty();
        assertThat(rows(file, "PRAGMA foreign_key_check")).isEmpty();
        assertThat(rows(file, "PRAGMA integrity_check")).containsExactly("ok");
    }
}
