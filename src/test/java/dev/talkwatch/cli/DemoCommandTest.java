package dev.talkwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkwatch.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @TempDir
    Path home;

    @Test
    void printsTheRecapPostOfTheBundledSampleAndLeavesItInANewCatalog() throws Exception {
        CliRunner cli = new CliRunner(home);
        CliRunner.Result result = cli.run("demo");

        assertThat(result.exitCode()).isZero();
        // the seed post's front matter, link line and both popular sections, its encoding repaired by hand
        assertThat(result.out()).isEqualTo(Files.readString(Fixtures.path("cli/demo-post.md")));
        assertThat(result.err()).contains("imported 'PyCon US 2024' (PL2Uw4_HvXqvYhjub9bw4uDAmNtprgAvlJ): 33 videos")
                .contains("0 problems")
                .contains("The sample is in your catalog " + cli.defaultDatabase());
        assertThat(cli.run("list", "--format", "csv").out().lines().count()).as("a header and the 33 talks")
                .isEqualTo(34);
    }

    @Test
    void runningItAgainKeepsWhatTheUserDidWithTheSample() {
        CliRunner cli = new CliRunner(home);
        cli.run("demo");
        assertThat(cli.run("rate", "Parallel Universe", "4").exitCode()).isZero();

        CliRunner.Result again = cli.run("demo");

        assertThat(again.exitCode()).isZero();
        assertThat(again.err()).contains("already imported");
        assertThat(again.out()).contains("My notes:").contains("★★★★☆ [Talks - Anthony Shaw: Unlocking the Parallel Universe");
    }

    @Test
    void neverTouchesACatalogWithOtherPlaylistsAndCanRunAgain() {
        CliRunner cli = new CliRunner(home);
        cli.run("import", Fixtures.path("ingest/page/classic-complete.html").toString());

        assertThat(cli.run("demo").exitCode()).isZero();
        CliRunner.Result again = cli.run("demo");

        assertThat(again.exitCode()).isZero();
        assertThat(again.err()).as("a fresh demo database each time").contains("33 videos").doesNotContain("already imported")
                .contains(home.resolve("data/talkwatch/demo.db").toString());
        CliRunner.Result playlists = cli.run("playlists", "--format", "json");
        assertThat(playlists.out()).contains(Fixtures.PLAYLIST).doesNotContain("PL2Uw4_HvXqvYhjub9bw4uDAmNtprgAvlJ");
    }
}
