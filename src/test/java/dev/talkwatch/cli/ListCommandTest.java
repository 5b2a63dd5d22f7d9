package dev.talkwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talkwatch.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListCommandTest {

    @TempDir
    Path home;

    private CliRunner cli;

    @BeforeEach
    void importFixture() {
        cli = new CliRunner(home);
        cli.run("import", "--captured-at", "2024-08-06", Fixtures.path("ingest/page/classic-complete.html").toString());
    }

    private JsonNode json(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("list", "--format", "json"));
        all.addAll(List.of(args));
        CliRunner.Result result = cli.run(all.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.err()).isZero();
        return new ObjectMapper().readTree(result.out());
    }

    @Test
    void jsonListsEveryVideoWithTheDocumentedKeys() throws Exception {
        JsonNode items = json();

        assertThat(items).hasSize(10);
        List<String> keys = new ArrayList<>();
        items.get(0).fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("id", "position", "title", "url", "channel", "durationSeconds", "views",
                "viewsText", "viewsExact", "capturedAt", "track", "speakers", "talkTitle", "truncated", "status", "publishedAt", "recordedOn");
        JsonNode ibis = items.get(3);
        assertThat(ibis.get("id").asText()).isEqualTo("1ND6COslBKU");
        assertThat(ibis.get("url").asText()).isEqualTo(
                "https://www.youtube.com/watch?v=1ND6COslBKU&list=" + Fixtures.PLAYLIST + "&index=4");
        assertThat(ibis.get("views").asLong()).isEqualTo(3674);
        assertThat(ibis.get("viewsText").asText()).isEqualTo("3.6K views");
        assertThat(ibis.get("viewsExact").asBoolean()).isTrue();
        assertThat(ibis.get("track").asText()).isEqualTo("Tutorials");
        assertThat(ibis.get("speakers")).extracting(JsonNode::asText).containsExactly("Gil", "Jim", "Naty", "Phillip");
        assertThat(ibis.get("truncated").asBoolean()).isTrue();
        assertThat(ibis.get("durationSeconds").asInt()).isEqualTo(1808);
    }

    @Test
    void filtersSortsAndLimits() throws Exception {
        assertThat(json("--track", "tutorials")).extracting(n -> n.get("id").asText())
                .containsExactly("1ND6COslBKU", "iL9vp8xuHDw");
        assertThat(json("--sort", "views", "--limit", "3")).extracting(n -> n.get("id").asText())
                .containsExactly("7j0RRiDeqRg", "L-Ok_89QJOM", "kns4Qlvl3vk");
        assertThat(json("--min-views", "4000", "--sort", "title", "--limit", "2")).extracting(n -> n.get("position").asInt())
                .containsExactly(5, 6);
    }

    @Test
    void csvHasAHeaderAndOneRowPerVideo() {
        CliRunner.Result result = cli.run("list", "--format", "csv");

        assertThat(result.out().lines().toList()).hasSize(11).first().asString().startsWith("id,position,title,url");
    }

    @Test
    void theTableFitsTheTerminal() {
        for (int width : List.of(60, 80, 120)) {
            CliRunner.Result result = cli.columns(width).run("list");

            assertThat(result.out().lines().toList()).hasSize(11).allSatisfy(line ->
                    assertThat(line.codePointCount(0, line.length())).as(line).isLessThanOrEqualTo(width));
        }
        String table = cli.columns(120).run("list").out();
        assertThat(table).contains("3,674").contains("4.7K").contains("Michael Chow, Richard Iannone");
    }

    @Test
    void namesThePlaylistByAPartOfItsTitle() {
        cli.run("import", Fixtures.path("ingest/snippet/console-output.txt").toString());
        byte[] other = "\"[A](https://www.youtube.com/watch?v=abcdefghijk&list=PLother&index=1)\",5\n".getBytes();
        Path snippet = home.resolve("other.txt");
        try {
            java.nio.file.Files.write(snippet, other);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        cli.run("import", snippet.toString());

        CliRunner.Result unnamed = cli.run("list", "--sort", "views", "--limit", "20");
        assertThat(unnamed.exitCode()).as("a second playlist never breaks the quick start").isZero();
        assertThat(unnamed.out()).contains("A").doesNotContain("Josh Wiedemeier");
        assertThat(unnamed.err()).contains("showing PLother (PLother), the playlist imported last of 2");
        assertThat(cli.run("pattern", "--auto").err()).as("a command that changes a playlist wants it named")
                .contains("the catalog has 2 playlists; name one");
        assertThat(cli.run("list", "fixture", "--format", "csv").out()).contains("mCkqz8jo19M");
        assertThat(cli.run("list", "PLother", "--format", "csv").out()).contains("abcdefghijk");
    }

    @Test
    void aMembersOnlyVideoKeepsItsTitleAndCountAndIsMarkedButLeftOutOfThePost() throws Exception {
        String data = """
                {"contents":{"x":{"contents":[
                 {"playlistVideoRenderer":{"videoId":"vid00000001","title":{"simpleText":"Talks - Ana Lima: For Members"},
                  "index":{"simpleText":"1"},"navigationEndpoint":{"watchEndpoint":{"playlistId":"PLmembers000000000000000000000001"}},
                  "videoInfo":{"runs":[{"text":"1.2K views"}]},
                  "badges":[{"metadataBadgeRenderer":{"style":"BADGE_STYLE_TYPE_MEMBERS_ONLY","label":"Members only"}}]}},
                 {"playlistVideoRenderer":{"videoId":"vid00000002","title":{"simpleText":"Talks - Bo Chen: For Everyone"},
                  "index":{"simpleText":"2"},"navigationEndpoint":{"watchEndpoint":{"playlistId":"PLmembers000000000000000000000001"}},
                  "videoInfo":{"runs":[{"text":"900 views"}]}}}]}},
                 "metadata":{"playlistMetadataRenderer":{"title":"Members Conf"}}}
                """;
        Path file = home.resolve("members.json");
        java.nio.file.Files.writeString(file, data);
        CliRunner other = new CliRunner(home.resolve("other"));
        assertThat(other.run("import", "--captured-at", "2024-08-06", file.toString()).exitCode()).isZero();

        JsonNode items = new ObjectMapper().readTree(other.run("list", "--format", "json").out());
        CliRunner.Result table = other.run("list");
        CliRunner.Result post = other.run("publish");

        assertThat(items.get(0).get("status").asText()).isEqualTo("members-only");
        assertThat(items.get(0).get("talkTitle").asText()).isEqualTo("For Members");
        assertThat(items.get(0).get("views").asLong()).isEqualTo(1200);
        assertThat(table.out()).contains("[members-only]");
        assertThat(post.out()).as("a post's readers could not watch it").doesNotContain("For Members")
                .contains("For Everyone");
    }

    @Test
    void aTitleReadAsTrackAndSpeakerAloneShowsYouTubesTitleRatherThanNothing() throws Exception {
        Path snippet = home.resolve("games.txt");
        java.nio.file.Files.writeString(snippet, String.join("\n",
                "\"[Tournament Grid - Super Smash Bros. Brawl](https://www.youtube.com/watch?v=grid0000001&list=PLgames&index=1)\",5",
                "\"[Talks - Ana Lima: Parsing Titles](https://www.youtube.com/watch?v=talk0000001&list=PLgames&index=2)\",7", ""));
        CliRunner other = new CliRunner(home.resolve("games"));
        assertThat(other.run("import", snippet.toString()).exitCode()).isZero();

        List<String> rows = other.columns(200).run("list").out().lines().toList();

        // the parser finds no talk title in the first, and TITLE is its one column that could say what it is
        assertThat(rows).filteredOn(row -> row.contains("grid0000001")).singleElement().asString()
                .endsWith("Tournament Grid - Super Smash Bros. Brawl");
        assertThat(rows).filteredOn(row -> row.contains("talk0000001")).singleElement().asString()
                .matches(".*Talks +Ana Lima +Parsing Titles").doesNotContain("Talks - Ana Lima:");
    }
}
