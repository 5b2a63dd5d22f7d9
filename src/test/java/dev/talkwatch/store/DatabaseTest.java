package dev.talkwatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path temp;

    private static String query(Path file, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    @Test
    void createsTheFileAndItsFoldersAndMigratesTheSchema() throws SQLException {
        Path file = temp.resolve("deep/er/talkwatch.db");

        Database.openSqlite(file);

        assertThat(file).exists();
        assertThat(query(file, "SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL"))
                .as("every migration applied").isEqualTo(Integer.toString(migrations()));
        assertThat(query(file, "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'snapshot'"))
                .isEqualTo("snapshot");
    }

    private static int migrations() {
        try (var files = Files.list(Path.of("src/main/resources/db/migration/sqlite"))) {
            return (int) files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count()
                    + Database.JAVA_MIGRATIONS.size();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void usesWriteAheadLoggingSoReadersAndAWriterCanShareTheFile() throws SQLException {
        Path file = temp.resolve("talkwatch.db");
        Database.openSqlite(file);

        assertThat(query(file, "PRAGMA journal_mode")).isEqualTo("wal");
    }

    @Test
    void reopeningAMigratedDatabaseKeepsItsData() throws SQLException {
        Path file = temp.resolve("talkwatch.db");
        CatalogStore store = new CatalogStore(Database.openSqlite(file));
        store.inTransaction(writer -> {
            writer.upsertPlaylist("PLkeep", "Kept", null, null, java.time.Instant.EPOCH);
            return null;
        });

        CatalogStore reopened = new CatalogStore(Database.openSqlite(file));

        assertThat(reopened.playlists()).extracting(p -> p.title()).containsExactly("Kept");
    }

    @Test
    void refusesAFileThatIsNoDatabaseWithAMessageNamingIt() throws Exception {
        Path file = temp.resolve("notes.db");
        Files.writeString(file, "these are my notes, not a database\n".repeat(200));

        assertThatThrownBy(() -> Database.openSqlite(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("notes.db")
                .hasMessageContaining("not a database");
        assertThat(Files.readString(file)).startsWith("these are my notes");
    }

    @Test
    void refusesAFileThatKeepsItsTextInUtf16AndLeavesItAsItWas() throws Exception {
        Path file = temp.resolve("utf16.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA encoding = 'UTF-16le'");
            statement.execute("CREATE TABLE note (text TEXT)");
            statement.execute("INSERT INTO note VALUES ('Buczyński')");
        }
        long size = Files.size(file);

        assertThatThrownBy(() -> Database.openSqlite(file))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("utf16.db").hasMessageContaining("UTF-16le").hasMessageContaining("not UTF-8");
        assertThat(Files.size(file)).isEqualTo(size);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement();
                ResultSet tables = statement.executeQuery("SELECT group_concat(name) FROM sqlite_master")) {
            assertThat(tables.getString(1)).as("no migration ran").isEqualTo("note");
        }
    }

    @Test
    void textOutsideAsciiReadsBackAsWritten() {
        CatalogStore store = new CatalogStore(Database.openSqlite(temp.resolve("text.db")));
        String title = "Łukasz Buczyński – 漢字 🎤 e\u0301";
        store.inTransaction(writer -> {
            writer.upsertPlaylist("PLtext", title, null, null, java.time.Instant.parse("2026-01-01T00:00:00Z"));
            return null;
        });

        assertThat(store.playlists()).extracting(p -> p.title()).containsExactly(title);
    }
}
