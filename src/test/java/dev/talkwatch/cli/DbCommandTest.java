package dev.talkwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkwatch.Fixtures;
import dev.talkwatch.store.Database;
import dev.talkwatch.store.Engine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code db copy} between SQLite and PostgreSQL, both ways, and {@code db check} on both. */
class DbCommandTest {

    @TempDir
    Path temp;

    private CliRunner cli() {
        return new CliRunner(temp.resolve("home")).at(Instant.parse("2024-09-10T12:00:00Z"));
    }

    // a catalog with history, curation and a post, made by the commands a user runs
    private String curated() {
        String location = Engine.SQLITE.location(temp);
        CliRunner cli = cli().with("TALKWATCH_DB", location);
        for (List<String> command : SameOnBothDatabasesTest.SESSION) {
            cli.run(command.toArray(String[]::new));
        }
        return location;
    }

    private String export(String location) throws Exception {
        Path file = temp.resolve("export-" + Math.abs(location.hashCode()) + ".json");
        CliRunner.Result exported = cli().run("--db", location, "export", "--all", file.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        return Files.readString(file);
    }

    @Test
    void aCatalogCopiedToPostgresqlAndBackExportsTheSameDocument() throws Exception {
        String sqlite = curated();
        String postgresql = Engine.POSTGRESQL.location(temp);

        CliRunner.Result there = cli().run("db", "copy", "--from", sqlite, "--to", postgresql);
        String back = temp.resolve("back.db").toString();
        CliRunner.Result again = cli().run("db", "copy", "--from", postgresql, "--to", back);

        assertThat(there.exitCode()).as(there.err()).isZero();
        assertThat(there.out()).startsWith("copied 1 playlists, 11 videos and ");
        assertThat(again.exitCode()).as(again.err()).isZero();
        String original = export(sqlite);
        assertThat(original).contains("Buczyński");
        assertThat(export(postgresql)).isEqualTo(original);
        assertThat(export(back)).isEqualTo(original);
        assertThat(cli().run("--db", postgresql, "search", "wiedemeier").out()).as("indexed on arrival").contains("mCkqz8jo19M");
        assertThat(cli().run("--db", postgresql, "db", "check").exitCode()).isZero();
        assertThat(cli().run("--db", back, "db", "check").exitCode()).isZero();
    }

    @Test
    void theOwnerOfAnSqliteFileBecomesANamedUserOnPostgresqlAndBack() throws Exception {
        String sqlite = curated();
        String postgresql = Engine.POSTGRESQL.location(temp);

        assertThat(cli().run("db", "copy", "--from", sqlite, "--to", postgresql, "--owner", "willi").exitCode()).isZero();

        assertThat(cli().run("--db", postgresql, "--user", "willi", "show", "mCkqz8jo19M").out()).contains("3.5")
                .contains("Buczyński");
        assertThat(cli().run("--db", postgresql, "--user", "someone", "show", "mCkqz8jo19M").out()).doesNotContain("Buczyński");
        assertThat(cli().run("--db", postgresql, "--user", "willi", "search", "buczynski").out()).contains("mCkqz8jo19M");
        assertThat(cli().run("--db", postgresql, "--user", "someone", "search", "buczynski").out())
                .doesNotContain("mCkqz8jo19M");
        String back = temp.resolve("back.db").toString();
        assertThat(cli().run("db", "copy", "--from", postgresql, "--to", back, "--owner", "willi").exitCode()).isZero();
        assertThat(export(back)).isEqualTo(export(sqlite));
    }

    @Test
    void aCopyIntoACatalogThatHoldsSomethingIsRefusedAndChangesNeither() throws Exception {
        String sqlite = curated();
        String postgresql = Engine.POSTGRESQL.location(temp);
        cli().run("--db", postgresql, "import", Fixtures.path("ingest/page/classic-complete.html").toString());
        String before = export(postgresql);

        CliRunner.Result refused = cli().run("db", "copy", "--from", sqlite, "--to", postgresql);

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("it is not empty").doesNotContain("\tat ").hasLineCount(1);
        assertThat(export(postgresql)).isEqualTo(before);
        CliRunner.Result missing = cli().run("db", "copy", "--from", temp.resolve("nothing.db").toString(), "--to",
                temp.resolve("new.db").toString());
        assertThat(missing.err()).contains("no such file");
        assertThat(temp.resolve("new.db")).doesNotExist();
    }

    @Test
    void checkFindsWhatNoConstraintSaysOnBothDatabases() throws Exception {
        for (Engine engine : Engine.values()) {
            String location = engine.location(temp);
            CliRunner cli = cli().with("TALKWATCH_DB", location);
            cli.run("import", Fixtures.path("ingest/page/classic-complete.html").toString());
            CliRunner.Result sound = cli.run("db", "check");
            assertThat(sound.exitCode()).as(engine + ": " + sound.out()).isZero();
            assertThat(sound.out()).contains("the catalog is sound").doesNotContain("PROBLEM");

            Database database = Database.open(location, Engine.environment());
            Engine.execute(database, "UPDATE video SET latest_capture_id = 999 WHERE id = 'mCkqz8jo19M'");
            Engine.execute(database, "DELETE FROM search_index WHERE video_id = 'ex9draKAP3c'");
            CliRunner.Result broken = cli.run("db", "check");

            assertThat(broken.exitCode()).as(engine.name()).isEqualTo(1);
            assertThat(broken.out()).contains("PROBLEM  videos' latest_capture_id")
                    .contains("video mCkqz8jo19M keeps capture 999, of which it has no snapshot")
                    .contains("video ex9draKAP3c is not in the search index")
                    .contains("2 of ");
        }
    }
}
