package dev.talkwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talkwatch.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataInOutTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private CliRunner cli;

    @BeforeEach
    void curate() {
        cli = new CliRunner(home);
        cli.run("import", "--captured-at", "2024-08-06", Fixtures.path("ingest/page/classic-complete.html").toString());
        cli.run("import", Fixtures.path("ingest/pyvideo/pycon-fixture").toString());
        cli.run("rate", "mCkqz8jo19M", "3.5");
        cli.run("note", "mCkqz8jo19M", "=HYPERLINK(\"evil\") is what a note must not run");
        cli.run("note", "mCkqz8jo19M", "second, with a comma");
        cli.run("queue", "add", "1ND6COslBKU");
        cli.run("watched", "mCkqz8jo19M", "--on", "2024-08-07");
        cli.run("watched", "mCkqz8jo19M", "--on", "2024-09-01");
    }

    @Test
    void aBackupRestoredIntoAnEmptyDatabaseExportsTheSameFile() throws Exception {
        Path first = home.resolve("backup.json");
        Path second = home.resolve("again.json");
        Path restored = home.resolve("restored.db");

        assertThat(cli.run("export", "--all", first.toString()).exitCode()).isZero();
        CliRunner.Result restore = cli.run("--db", restored.toString(), "restore", first.toString());
        cli.run("--db", restored.toString(), "export", "--all", second.toString());

        assertThat(restore.out()).contains("restored 1 playlists and 10 videos");
        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
        JsonNode tables = JSON.readTree(first.toFile()).get("tables");
        assertThat(tables.get("snapshot")).hasSize(10);
        assertThat(tables.get("rating")).hasSize(1);
        assertThat(tables.get("note")).hasSize(2);
        assertThat(tables.get("queue_entry")).hasSize(1);
        assertThat(tables.get("watched")).hasSize(2);
        CliRunner.Result searched = cli.run("--db", restored.toString(), "search", "comma", "--format", "json");
        assertThat(searched.out()).as("the search index is rebuilt").contains("mCkqz8jo19M");
    }

    @Test
    void restoreRefusesACatalogThatIsNotEmptyAndChangesNothing() throws Exception {
        Path backup = home.resolve("backup.json");
        cli.run("export", "--all", backup.toString());

        CliRunner.Result result = cli.run("restore", backup.toString());

        assertThat(result.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(result.err()).contains("the catalog is not empty");
        assertThat(cli.run("playlists", "--format", "json").out()).containsOnlyOnce(Fixtures.PLAYLIST);
    }

    @Test
    void restoreRefusesWhatIsNoBackup() throws Exception {
        Path notes = home.resolve("notes.json");
        Files.writeString(notes, "{\"hello\": 1}");

        CliRunner.Result result = cli.run("--db", home.resolve("new.db").toString(), "restore", notes.toString());

        assertThat(result.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(result.err()).contains("is not a talkwatch backup");
    }

    @Test
    void theCsvCarriesTheCurationAndRunsNoFormula() {
        String csv = cli.run("export", "--csv").out();

        List<String> lines = csv.lines().toList();
        assertThat(lines.getFirst()).endsWith(",status,publishedAt,recordedOn,rating,notes,queuePosition,watched");
        String josh = csv.substring(csv.indexOf("mCkqz8jo19M,1,"));
        assertThat(josh).contains(",3.5,\"'=HYPERLINK(\"\"evil\"\") is what a note must not run\nsecond, with a comma\",,2024-08-07;2024-09-01");
        assertThat(csv).contains("1ND6COslBKU,4,").containsPattern("1ND6COslBKU,4,.*,,,1,\r\n");
    }

    @Test
    void theDiaryExportsAsLetterboxdReadsIt() {
        String csv = cli.run("export", "--letterboxd").out();

        assertThat(csv).isEqualTo("Title,WatchedDate,Rating,Review\r\n"
                + "There and Back Again: Reverse Engineering Python Binaries,2024-08-07,3.5,\"'=HYPERLINK(\"\"evil\"\") is what a note must not run\n\nsecond, with a comma\"\r\n"
                + "There and Back Again: Reverse Engineering Python Binaries,2024-09-01,3.5,\"'=HYPERLINK(\"\"evil\"\") is what a note must not run\n\nsecond, with a comma\"\r\n");
    }

    @Test
    void aPyvideoExportReadsBackIntoAnotherCatalog() throws Exception {
        Path folder = home.resolve("pyvideo-out");

        assertThat(cli.run("export", "--pyvideo", folder.toString()).exitCode()).isZero();

        assertThat(JSON.readTree(folder.resolve("category.json").toFile()).get("title").asText())
                .isEqualTo("PyCon US 2024 (fixture)");
        List<Path> files;
        try (var list = Files.list(folder.resolve("videos"))) {
            files = list.sorted().toList();
        }
        assertThat(files).hasSize(10);
        JsonNode ibis = JSON.readTree(folder.resolve("videos").resolve(
                "introduction-to-ibis-blazing-fast-analytics-with-duckdb-polars-snowflake-and-more-from-the-comfort.json").toFile());
        List<String> keys = new ArrayList<>();
        ibis.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).isSorted().contains("description", "speakers", "recorded", "title", "videos");
        assertThat(ibis.get("speakers")).extracting(JsonNode::asText).containsExactly("Gil Forsyth", "Jim Crist-Harif",
                "Naty Clementi", "Phillip Cloud");
        assertThat(ibis.get("recorded").asText()).isEqualTo("2024-05-15");
        assertThat(Files.readString(folder.resolve("category.json"))).contains("\n    \"title\"");

        CliRunner other = new CliRunner(home.resolve("other"));
        other.run("import", Fixtures.path("ingest/page/classic-complete.html").toString());
        CliRunner.Result imported = other.run("import", folder.toString());
        assertThat(imported.out()).contains("details for 10");
        JsonNode card = JSON.readTree(other.run("show", "1ND6COslBKU", "--format", "json").out());
        assertThat(card.get("speakers")).hasSize(4);
    }

    @Test
    void aWatchHistoryMarksTheCatalogsVideosWatched() throws Exception {
        CliRunner.Result result = cli.run("import", Fixtures.path("ingest/takeout/watch-history.json").toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("2 viewings of catalog videos on 2 days (1 viewings of videos not in the catalog yet, kept until they are imported)");
        JsonNode diary = JSON.readTree(cli.run("diary", "--format", "json").out());
        assertThat(diary).extracting(n -> n.get("watchedOn").asText() + " " + n.get("id").asText()).containsExactly(
                "2024-07-01 P1-KQZZarpc", "2024-08-07 mCkqz8jo19M", "2024-08-10 mCkqz8jo19M", "2024-09-01 mCkqz8jo19M");
        assertThat(cli.run("import", Fixtures.path("ingest/takeout/watch-history.json").toString()).out())
                .as("importing it again adds nothing").doesNotContain("viewings of catalog videos on");
    }
}
