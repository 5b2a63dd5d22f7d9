package dev.talkwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkwatch.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImportCommandTest {

    @TempDir
    Path home;

    private static String fixture(String relative) {
        return Fixtures.path(relative).toString();
    }

    @Test
    void printsOneSummaryLinePerPlaylist() {
        CliRunner.Result result = new CliRunner(home).run("import", fixture("ingest/page/classic-complete.html"));

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("imported 'PyCon US 2024 (fixture)' (" + Fixtures.PLAYLIST
                + "): 10 videos; views 5 exact, 5 rounded, 0 missing; the playlist now has 10 videos;"
                + " titles read as {track} - {speakers}: {title};"
                + " 0 problems" + System.lineSeparator());
        assertThat(result.err()).isEmpty();
    }

    @Test
    void aPlaylistWithoutATitleIsNamedByItsId() {
        CliRunner.Result result = new CliRunner(home).run("import", fixture("ingest/snippet/console-output.txt"));

        assertThat(result.out()).startsWith("imported playlist " + Fixtures.PLAYLIST + ": 10 videos;");
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        CliRunner cli = new CliRunner(home);
        cli.run("import", fixture("ingest/page/classic-complete.html"));

        CliRunner.Result again = cli.run("import", fixture("ingest/page/classic-complete.html"));

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("already imported").contains("nothing changed");
    }

    @Test
    void reportsProblemsWithoutFailing() {
        CliRunner.Result result = new CliRunner(home).run("import", fixture("ingest/browse/first-page.json"));

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("6 videos").contains("1 problem");
        assertThat(result.err()).contains("problem: ").contains("continues after position 6");
    }

    @Test
    void mergesPagesGivenTogether() {
        CliRunner.Result result = new CliRunner(home).run("import", fixture("ingest/browse/first-page.json"),
                fixture("ingest/browse/continuation-last.json"));

        assertThat(result.out()).contains("10 videos").contains("0 problems");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ingest/page/consent.html          | cookie consent page
            ingest/page/not-youtube.html      | no ytInitialData found; is this a YouTube playlist page saved with Ctrl+S?
            ingest/page/truncated.html        | truncated
            ingest/browse/truncated.json      | the JSON ends early
            ingest/browse/not-youtube.json    | not a YouTube response talkwatch knows
            ingest/page/empty-playlist.html   | no videos
            """)
    void badInputGetsOneLineAndWritesNothing(String relative, String message) {
        CliRunner cli = new CliRunner(home);
        CliRunner.Result result = cli.run("import", fixture("ingest/page/classic-complete.html"), fixture(relative));

        assertThat(result.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("talkwatch: cannot read '").contains(Path.of(relative).getFileName().toString())
                .contains(message));
        assertThat(cli.run("playlists", "--format", "json").out().strip()).as("nothing written").isEqualTo("[ ]");
    }

    @Test
    void aFileOfNoKnownFormatGetsTheFormatNamesNotAParagraph() {
        CliRunner cli = new CliRunner(home);

        String file = fixture("ingest/browse/not-youtube.json");
        // the file's path is as long as the clone's folder makes it: measure the message without it
        String unknown = cli.run("import", file).err().strip().replace(file, "F");
        String forced = cli.run("import", "--format", "csv", file).err().strip().replace(file, "F");

        // the names --format takes, each explained in import --help; the descriptions made it 1,000 characters
        String names = "page, rendered, browse, har, snippet, yt-dlp, data-api, pyvideo, post or takeout";
        assertThat(unknown).contains("not a YouTube response talkwatch knows; talkwatch reads " + names
                + " (talkwatch import --help says what each is)").startsWith("talkwatch: cannot read 'F'")
                .hasSizeLessThan(250);
        assertThat(forced).contains("unknown format 'csv'; talkwatch reads " + names).hasSizeLessThan(200);
        String help = cli.run("import", "--help").out().replaceAll("\\s+", " ");
        for (String name : names.replace(" or ", ", ").split(", ")) {
            assertThat(help).as(name).containsPattern("(\\(|; )" + java.util.regex.Pattern.quote(name) + "[):]");
        }
    }

    @Test
    void aPostWithoutAnySectionIsRefusedInOneLine() throws Exception {
        Path post = home.resolve("thoughts.md");
        Files.writeString(post, "---\ntitle: Thoughts\n---\n\nI liked [a talk](https://www.youtube.com/watch?v=abcdefghijk).\n");
        CliRunner cli = new CliRunner(home);

        CliRunner.Result detected = cli.run("import", post.toString());
        CliRunner.Result forced = cli.run("import", "--format", "post", post.toString());

        assertThat(detected.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(detected.err().lines()).singleElement().asString().contains("thoughts.md").contains("no format talkwatch knows");
        assertThat(forced.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(forced.err().lines()).singleElement().asString().contains("none of the sections of a recap post");
        assertThat(cli.run("playlists", "--format", "json").out().strip()).isEqualTo("[ ]");
    }

    @Test
    void aMissingFileIsNamed() {
        CliRunner.Result result = new CliRunner(home).run("import", "no-such-file.html");

        assertThat(result.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(result.err()).isEqualTo("talkwatch: cannot read 'no-such-file.html': no such file" + System.lineSeparator());
    }

    @Test
    void debugShowsTheStackTrace() {
        CliRunner.Result result = new CliRunner(home).run("--debug", "import", fixture("ingest/browse/truncated.json"));

        assertThat(result.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(result.err()).contains("talkwatch: cannot read").contains("\tat dev.talkwatch.");
    }

    @Test
    void theFormatCanBeForcedAndAnUnknownOneIsAUsageError() {
        CliRunner cli = new CliRunner(home);
        CliRunner.Result forced = cli.run("import", "--format", "browse", fixture("ingest/page/classic-complete.html"));
        assertThat(forced.exitCode()).as("a page read as JSON").isEqualTo(Cli.FAILED);
        assertThat(forced.err()).contains("malformed");

        CliRunner.Result unknown = cli.run("import", "--format", "csv", fixture("ingest/page/classic-complete.html"));
        assertThat(unknown.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(unknown.err()).contains("unknown format 'csv'").contains("reads page, rendered,").contains(" snippet, ");
    }

    @Test
    void theCaptureTimeCanBeGiven() {
        CliRunner cli = new CliRunner(home);
        cli.run("import", "--captured-at", "2024-08-06T00:00:00-07:00", fixture("ingest/page/classic-complete.html"));

        assertThat(cli.run("list", "--format", "json").out()).contains("\"capturedAt\" : \"2024-08-06T07:00:00Z\"");
    }

    @Test
    void writesToTheDatabaseTheUserChose() throws Exception {
        Path chosen = home.resolve("elsewhere/my.db");
        CliRunner cli = new CliRunner(home);

        cli.run("--db", chosen.toString(), "import", fixture("ingest/page/classic-complete.html"));
        CliRunner.Result afterSubcommand = cli.run("list", "--db", chosen.toString(), "--format", "json");
        CliRunner.Result fromVariable = new CliRunner(home).with("TALKWATCH_DB", chosen.toString()).run("playlists");

        assertThat(chosen).exists();
        assertThat(Files.exists(cli.defaultDatabase())).isFalse();
        assertThat(afterSubcommand.out()).contains("mCkqz8jo19M");
        assertThat(fromVariable.out()).contains(Fixtures.PLAYLIST);
    }

    @Test
    void theDefaultDatabaseIsInTheXdgDataFolder() {
        CliRunner cli = new CliRunner(home);
        cli.run("import", fixture("ingest/page/classic-complete.html"));

        assertThat(home.resolve("data/talkwatch/talkwatch.db")).exists();
        CliRunner.Result withoutXdg = new CliRunner(home).with("XDG_DATA_HOME", "").run("import",
                fixture("ingest/page/classic-complete.html"));
        assertThat(withoutXdg.exitCode()).isZero();
        assertThat(home.resolve(".local/share/talkwatch/talkwatch.db")).exists();
    }

    @Test
    void aCatalogThatCannotBeOpenedIsReportedBeforeAFileThatCannotBeRead() throws Exception {
        java.nio.file.Path notes = home.resolve("notes.db");
        java.nio.file.Files.writeString(notes, "these are my notes, not a database\n".repeat(200));

        CliRunner.Result result = new CliRunner(home).run("--db", notes.toString(), "import",
                fixture("ingest/page/classic-complete.html"), fixture("ingest/browse/truncated.json"));

        assertThat(result.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(result.err()).contains("notes.db").doesNotContain("truncated.json");
        assertThat(result.err().lines().count()).isEqualTo(1);
        assertThat(java.nio.file.Files.readString(notes)).startsWith("these are my notes");
    }
}
