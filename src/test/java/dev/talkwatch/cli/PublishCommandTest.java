package dev.talkwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkwatch.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishCommandTest {

    @TempDir
    Path home;

    private CliRunner cli;

    @BeforeEach
    void importSnippet() {
        cli = new CliRunner(home);
        cli.run("import", Fixtures.path("ingest/snippet/console-output.txt").toString());
    }

    @Test
    void writesThePostToStandardOutput() {
        CliRunner.Result result = cli.run("publish", "--date", "2024-08-06T00:00:00-07:00", "--tag", "python",
                "--event", "PyCon US 2024");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("""
                ---
                title: "PyCon US 2024 Recordings"
                date: 2024-08-06T00:00:00-07:00
                tags:
                  - python
                ---

                The PyCon US 2024 recordings are [posted on YouTube](https://www.youtube.com/playlist?list=PLtalkwatchFixture0000000000000001).

                Popular talks as of today (500+ views, arbitrary cutoff):

                  - [Talks - Vinícius Gubiani Ferreira: PEP 683: Immortal Objects - A new approach for memory managing](https://www.youtube.com/watch?v=7j0RRiDeqRg&list=PLtalkwatchFixture0000000000000001&index=9&pp=iAQB) with 2.2B views
                  - [Maintainers Summit at PyCon US 2024](https://www.youtube.com/watch?v=L-Ok_89QJOM&list=PLtalkwatchFixture0000000000000001&index=8&pp=iAQB) with 1.7B views
                """);
        assertThat(result.out()).contains("""
                Popular tutorials as of today:

                  - [Tutorials - Felipe, Amanda: 🌐 Building Your First API with Django and Django Rest Framework](https://www.youtube.com/watch?v=iL9vp8xuHDw&list=PLtalkwatchFixture0000000000000001&index=10&pp=iAQB) with 64K views
                  - [Tutorials - Gil, Jim, Naty, Phillip: Introduction to Ibis: blazing fast analytics with DuckDB...](https://www.youtube.com/watch?v=1ND6COslBKU&list=PLtalkwatchFixture0000000000000001&index=4&pp=iAQB) with 3.6K views
                """);
        assertThat(result.out()).as("921 views is over the cutoff, 1 view and none are not")
                .contains("Josh Wiedemeier").doesNotContain("Toby Ho").doesNotContain("Michael Chow");
    }

    @Test
    void saysWhenThePlaylistHasNoNameToPublishUnder() {
        CliRunner.Result result = cli.run("publish");

        assertThat(result.out()).contains("The PLtalkwatchFixture0000000000000001 recordings are");
        assertThat(result.err()).contains("give --event NAME");
        assertThat(cli.run("publish", "--event", "PyCon US 2024").err()).isEmpty();
    }

    @Test
    void anImportedPostsAuthorAndCutoffOverTheConfigurationsAreSaidInOneLineEach() throws Exception {
        Path config = home.resolve(".config/talkwatch/config.properties");
        java.nio.file.Files.createDirectories(config.getParent());
        java.nio.file.Files.writeString(config, "author=Willi\ncutoff=100000\n");
        cli.run("import", dev.talkwatch.Fixtures.path("ingest/post/recap-august.md").toString());

        CliRunner.Result result = cli.run("publish");

        assertThat(result.out()).contains("Ana's notes:").contains("(500+ views, arbitrary cutoff)");
        assertThat(result.err()).isEqualTo(
                "note: the author is the imported post's (Ana), not author= of the configuration (Willi); --author chooses another"
                + System.lineSeparator()
                + "note: the cutoff is the imported post's (500+ views), not cutoff= of the configuration (100000); --cutoff"
                + " chooses another" + System.lineSeparator());
        assertThat(cli.run("publish", "--author", "Ana", "--cutoff", "500").err()).as("chosen: nothing to say").isEmpty();
    }

    @Test
    void withoutAPostTheCurationGetsTheDefaultLayoutAndTheConfiguredAuthor() throws Exception {
        Path config = home.resolve(".config/talkwatch/config.properties");
        java.nio.file.Files.createDirectories(config.getParent());
        java.nio.file.Files.writeString(config, "author=Willi\ntags=python, conferences\ncutoff=100000\n");
        cli.run("rate", "mCkqz8jo19M", "4");
        cli.run("note", "mCkqz8jo19M", "worth it");
        cli.run("queue", "add", "ex9draKAP3c");

        String post = cli.run("publish", "--event", "PyCon US 2024").out();

        assertThat(post).contains("""
                tags:
                  - python
                  - conferences
                ---

                The PyCon US 2024 recordings are [posted on YouTube](https://www.youtube.com/playlist?list=PLtalkwatchFixture0000000000000001).

                Willi's notes:

                  - ★★★★☆ [Talks - Josh Wiedemeier: There and Back Again: Reverse Engineering Python Binaries](https://www.youtube.com/watch?v=mCkqz8jo19M&list=PLtalkwatchFixture0000000000000001&index=1&pp=iAQB)
                    - worth it

                Willi's enqueued talks:

                  - [Talks -Toby Ho: Rewind: Python Time-Travel Debugger](https://www.youtube.com/watch?v=ex9draKAP3c&list=PLtalkwatchFixture0000000000000001&index=2&pp=iAQB)

                Popular talks as of today (100,000+ views, arbitrary cutoff):
                """);
        assertThat(cli.run("publish", "--author", "Ana").out()).contains("Ana's notes:");
    }

    @Test
    void theDateDefaultsToNowInTheLocalZone() {
        assertThat(cli.run("publish").out()).contains("date: 2026-11-25T04:00:00-08:00");
    }

    @Test
    void writesTheWholePostToAFile() throws Exception {
        Path out = home.resolve("posts/recap.md");

        CliRunner.Result result = cli.run("publish", "--cutoff", "1000000000", "--out", out.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(Files.readString(out)).contains("with 2.2B views").contains("with 1.7B views")
                .doesNotContain("277M").endsWith("\n");
        assertThat(Files.list(out.getParent())).containsExactly(out);
    }

    @Test
    void refusesANegativeCutoff() {
        CliRunner.Result result = cli.run("publish", "--cutoff", "-1");

        assertThat(result.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(result.err()).contains("--cutoff must not be negative");
    }
}
