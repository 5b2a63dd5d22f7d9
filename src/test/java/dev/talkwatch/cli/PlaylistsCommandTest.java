package dev.talkwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talkwatch.Fixtures;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaylistsCommandTest {

    @TempDir
    Path home;

    @Test
    void listsEachPlaylistAsJson() throws Exception {
        CliRunner cli = new CliRunner(home);
        cli.run("import", Fixtures.path("ingest/page/classic-complete.html").toString());

        JsonNode playlists = new ObjectMapper().readTree(cli.run("playlists", "--format", "json").out());

        assertThat(playlists).singleElement().satisfies(p -> {
            assertThat(p.get("id").asText()).isEqualTo(Fixtures.PLAYLIST);
            assertThat(p.get("title").asText()).isEqualTo("PyCon US 2024 (fixture)");
            assertThat(p.get("channel").asText()).isEqualTo("PyCon US");
            assertThat(p.get("videos").asInt()).isEqualTo(10);
            assertThat(p.get("lastImport").asText()).isEqualTo(CliRunner.NOW.toString());
        });
    }

    @Test
    void listsEachPlaylistAsATable() {
        CliRunner cli = new CliRunner(home);
        cli.run("import", Fixtures.path("ingest/page/classic-complete.html").toString());

        CliRunner.Result result = cli.run("playlists");

        assertThat(result.out().lines().toList()).hasSize(2);
        assertThat(result.out()).contains("PyCon US 2024 (fixture)").contains("2026-11-25 04:00");
    }

    @Test
    void anEmptyCatalogSaysHowToStart() {
        CliRunner.Result none = new CliRunner(home).run("playlists");
        assertThat(none.err()).contains("there is no catalog at").contains("talkwatch import FILE");
        assertThat(none.exitCode()).isEqualTo(1);
        assertThat(home.resolve("data")).as("a command that reads makes no catalog").doesNotExist();

        new CliRunner(home).run("rate", "mCkqz8jo19M", "4"); // makes the catalog, which has no such video
        assertThat(new CliRunner(home).run("playlists").out()).contains("talkwatch import FILE");
    }

    @Test
    void csvHasTheFieldsOfTheJson() throws Exception {
        CliRunner cli = new CliRunner(home);
        cli.run("import", Fixtures.path("ingest/page/classic-complete.html").toString());

        CliRunner.Result result = cli.run("playlists", "--format", "csv");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines().toList()).containsExactly(
                "id,title,channel,videos,lastImport,tracked,refreshedAt",
                Fixtures.PLAYLIST + ",PyCon US 2024 (fixture),PyCon US,10," + CliRunner.NOW + ",true,");
    }
}
