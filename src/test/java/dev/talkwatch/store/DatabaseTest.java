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
        assertThat(query(file, "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank DESC"))
                .isEqualTo("1");
        assertThat(query(file, "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'snapshot'"))
                .isEqualTo("snapshot");
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
}
