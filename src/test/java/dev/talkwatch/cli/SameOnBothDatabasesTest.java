package dev.talkwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkwatch.Fixtures;
import dev.talkwatch.store.Engine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's session, from imports through curation to a post, run once on an SQLite file and once on
 * PostgreSQL: every command answers the same, to the byte, and a backup of either restores into the other.
 */
class SameOnBothDatabasesTest {

    @TempDir
    Path temp;

    static final List<List<String>> SESSION = List.of(
            List.of("import", "--captured-at", "2024-08-06", Fixtures.path("ingest/page/classic-complete.html").toString()),
            List.of("import", Fixtures.path("ingest/pyvideo/pycon-fixture").toString()),
            List.of("import", Fixtures.path("ingest/post/recap-august.md").toString()),
            List.of("import", "--captured-at", "2024-09-06", Fixtures.path("ingest/post/recap-september.md").toString()),
            List.of("import", "--captured-at", "2024-09-20", Fixtures.path("ingest/page/lockup-var-marker.html").toString()),
            List.of("rate", "mCkqz8jo19M", "3.5"),
            List.of("rate", "1ND6COslBKU", "5"),
            List.of("note", "mCkqz8jo19M", "Buczyński's *point*, with a comma"),
            List.of("queue", "add", "1ND6COslBKU"),
            List.of("watched", "mCkqz8jo19M", "--on", "2024-08-07"),
            List.of("playlists"),
            List.of("list", "--sort", "views"),
            List.of("list", "--sort", "views", "--limit", "3", "--format", "json"),
            List.of("list", "--sort", "title", "--format", "csv"),
            List.of("show", "mCkqz8jo19M"),
            List.of("note", "1ND6COslBKU", "beware <script>alert(1)</script> and x.y/zq paths"),
            List.of("search", "buczynski"),
            List.of("search", "script"),
            List.of("search", "zq"),
            List.of("search", "python", "--format", "json"),
            List.of("trend"),
            List.of("trend", "--format", "json"),
            List.of("diff"),
            List.of("diff", "--format", "json"),
            List.of("queue"),
            List.of("diary"),
            List.of("publish", "--date", "2024-09-10"),
            List.of("publish", "--date", "2024-09-10", "--format", "html"),
            List.of("export", "--csv"));

    private List<String> session(String location) {
        CliRunner cli = new CliRunner(temp.resolve("home-" + Math.abs(location.hashCode()))).at(Instant.parse("2024-09-10T12:00:00Z"))
                .with("TALKWATCH_DB", location);
        List<String> answers = new ArrayList<>();
        for (List<String> command : SESSION) {
            CliRunner.Result result = cli.run(command.toArray(String[]::new));
            String out = result.out();
            if (command.getFirst().equals("search")) {
                // the videos found; each database words its own excerpts and ranks by its own measure
                out = java.util.regex.Pattern.compile("\\b[A-Za-z0-9_-]{11}\\b").matcher(out).results()
                        .map(java.util.regex.MatchResult::group).filter(id -> id.matches(".*[0-9A-Z].*")).sorted()
                        .distinct().toList().toString();
            }
            answers.add(String.join(" ", command.subList(0, Math.min(2, command.size()))) + " -> " + result.exitCode()
                    + "\n" + out + result.err().replace(location, "CATALOG"));
        }
        return answers;
    }

    @Test
    void everyCommandAnswersTheSameOnSqliteAndOnPostgresql() {
        List<String> onSqlite = session(Engine.SQLITE.location(temp));
        List<String> onPostgresql = session(Engine.POSTGRESQL.location(temp));

        assertThat(onSqlite).allSatisfy(answer -> assertThat(answer).contains(" -> 0\n"));
        assertThat(onSqlite.get(onSqlite.size() - 1)).contains("mCkqz8jo19M").contains("Buczyński");
        assertThat(onSqlite.get(SESSION.indexOf(List.of("search", "script")))).as("a word written as an HTML tag is found")
                .contains("1ND6COslBKU");
        assertThat(onSqlite.get(SESSION.indexOf(List.of("search", "zq")))).contains("1ND6COslBKU");
        for (int i = 0; i < SESSION.size(); i++) {
            assertThat(onPostgresql.get(i)).as(String.join(" ", SESSION.get(i))).isEqualTo(onSqlite.get(i));
        }
    }

    @Test
    void aBackupOfEitherRestoresIntoTheOtherAndExportsTheSameDocument() throws Exception {
        String sqlite = Engine.SQLITE.location(temp);
        session(sqlite);
        CliRunner cli = new CliRunner(temp.resolve("home"));
        Path fromSqlite = temp.resolve("from-sqlite.json");
        CliRunner.Result exported = cli.run("--db", sqlite, "export", "--all", fromSqlite.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();

        String postgresql = Engine.POSTGRESQL.location(temp);
        CliRunner.Result restored = cli.run("--db", postgresql, "restore", fromSqlite.toString());
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        Path fromPostgresql = temp.resolve("from-postgresql.json");
        cli.run("--db", postgresql, "export", "--all", fromPostgresql.toString());
        assertThat(Files.readString(fromPostgresql)).isEqualTo(Files.readString(fromSqlite));

        String back = Engine.SQLITE.location(temp);
        assertThat(cli.run("--db", back, "restore", fromPostgresql.toString()).exitCode()).isZero();
        Path again = temp.resolve("again.json");
        cli.run("--db", back, "export", "--all", again.toString());
        assertThat(Files.readString(again)).isEqualTo(Files.readString(fromSqlite));
        // the keys go on from the restored ones: a new note gets the next id, not one a restored note has
        CliRunner.Result noted = cli.run("--db", postgresql, "note", "1ND6COslBKU", "after the restore");
        assertThat(noted.exitCode()).as(noted.err()).isZero();
        assertThat(cli.run("--db", postgresql, "show", "1ND6COslBKU").out()).contains("after the restore");
    }
}
