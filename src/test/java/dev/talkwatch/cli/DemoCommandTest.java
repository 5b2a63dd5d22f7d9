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
    void printsTheRecapPostOfTheBundledSample() throws Exception {
        CliRunner.Result result = new CliRunner(home).run("demo");

        assertThat(result.exitCode()).isZero();
        // the seed post's front matter, link line and both popular sections, its encoding repaired by hand
        assertThat(result.out()).isEqualTo(Files.readString(Fixtures.path("cli/demo-post.md")));
        assertThat(result.err()).contains("imported 'PyCon US 2024' (PL2Uw4_HvXqvYhjub9bw4uDAmNtprgAvlJ): 33 videos")
                .contains("0 problems")
                .contains(home.resolve("data/talkwatch/demo.db").toString());
    }

    @Test
    void neverTouchesTheUsersCatalogAndCanRunAgain() {
        CliRunner cli = new CliRunner(home);
        cli.run("import", Fixtures.path("ingest/page/classic-complete.html").toString());

        assertThat(cli.run("demo").exitCode()).isZero();
        CliRunner.Result again = cli.run("demo");

        assertThat(again.exitCode()).isZero();
        assertThat(again.err()).as("a fresh demo database each time").contains("33 videos").doesNotContain("already imported");
        CliRunner.Result playlists = cli.run("playlists", "--format", "json");
        assertThat(playlists.out()).contains(Fixtures.PLAYLIST).doesNotContain("PL2Uw4_HvXqvYhjub9bw4uDAmNtprgAvlJ");
    }
}
