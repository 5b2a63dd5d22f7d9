package dev.talkwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new catalog starts as a copy of the template the build made, and is the same as one Flyway makes. */
class CatalogTemplateTest {

    @TempDir
    Path temp;

    private static List<String> schema(Database database) {
        return database.withHandle(handle -> handle.createQuery(
                "SELECT type || ' ' || name || ': ' || COALESCE(sql, '') FROM sqlite_schema ORDER BY type, name")
                .mapTo(String.class).list());
    }

    private static List<String> migrations(Database database) {
        return database.withHandle(handle -> handle.createQuery(
                "SELECT version || ' ' || description || ' ' || type || ' ' || COALESCE(checksum, '') || ' ' || success"
                        + " FROM flyway_schema_history ORDER BY installed_rank").mapTo(String.class).list());
    }

    @Test
    void theBuildMadeATemplateAtTheNewestSchema() {
        assertThat(CatalogTemplate.class.getResource(CatalogTemplate.RESOURCE)).as("made by the build's process-classes step")
                .isNotNull();
    }

    @Test
    void aCatalogFromTheTemplateIsTheOneFlywayMakes() {
        Database copied = Database.openSqlite(temp.resolve("copied.db"));
        Database migrated = Database.openSqlite(temp.resolve("migrated.db"), false);

        assertThat(schema(copied)).isEqualTo(schema(migrated)).isNotEmpty();
        assertThat(migrations(copied)).isEqualTo(migrations(migrated)).hasSize(Database.SCHEMA_VERSION);
        String mode = copied.withHandle(handle -> handle.createQuery("PRAGMA journal_mode").mapTo(String.class).one());
        assertThat(mode).isEqualTo("wal");
    }

    @Test
    void neverReplacesAFileThatIsThereAndLeavesNoTemporaryFile() throws Exception {
        Path target = temp.resolve("taken.db");
        Files.writeString(target, "someone else's");

        assertThat(CatalogTemplate.copyTo(target)).isTrue();

        assertThat(Files.readString(target)).isEqualTo("someone else's");
        try (var files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("taken.db");
        }
    }

    @Test
    void aNewCatalogIsWritable() {
        Path file = temp.resolve("new.db");
        CatalogStore store = new CatalogStore(Database.openSqlite(file));
        store.inTransaction(writer -> {
            writer.upsertPlaylist("PLx", "A conference", null, null, java.time.Instant.parse("2024-01-01T00:00:00Z"));
            return null;
        });
        assertThat(store.playlists()).extracting(p -> p.id()).containsExactly("PLx");
    }
}
