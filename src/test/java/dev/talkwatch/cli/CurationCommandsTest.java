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

class CurationCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private CliRunner cli;

    @BeforeEach
    void importFixture() {
        cli = new CliRunner(home);
        cli.run("import", "--captured-at", "2024-08-06", Fixtures.path("ingest/page/classic-complete.html").toString());
    }

    private JsonNode json(String... args) throws Exception {
        CliRunner.Result result = cli.run(args);
        assertThat(result.exitCode()).as(result.err()).isZero();
        return JSON.readTree(result.out());
    }

    @Test
    void ratesByIdUrlOrTitleInHalfSteps() throws Exception {
        assertThat(cli.run("rate", "mCkqz8jo19M", "3").out()).contains("★★★☆☆ (3)");
        assertThat(cli.run("rate", "https://www.youtube.com/watch?v=ex9draKAP3c&list=x", "3.5").out()).contains("★★★½☆");
        assertThat(cli.run("rate", "Time-Travel Debugger", "★★½☆☆").out()).contains("(ex9draKAP3c) ★★½☆☆ (2.5)");

        assertThat(json("show", "mCkqz8jo19M", "--format", "json").get("rating").asDouble()).isEqualTo(3.0);
        assertThat(json("show", "ex9draKAP3c", "--format", "json").get("rating").asDouble()).isEqualTo(2.5);

        cli.run("rate", "mCkqz8jo19M", "--clear");
        assertThat(json("show", "mCkqz8jo19M", "--format", "json").get("rating").isNull()).isTrue();
    }

    @Test
    void aBadRatingChangesNothing() throws Exception {
        cli.run("rate", "mCkqz8jo19M", "3");

        CliRunner.Result six = cli.run("rate", "mCkqz8jo19M", "6");

        assertThat(six.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(six.err().lines()).singleElement().asString().contains("rating '6' is not 0 to 5 stars");
        assertThat(json("show", "mCkqz8jo19M", "--format", "json").get("rating").asDouble()).isEqualTo(3.0);
    }

    @Test
    void anAmbiguousNameListsTheCandidatesAndChangesNothing() throws Exception {
        CliRunner.Result result = cli.run("rate", "Talks -", "4");

        assertThat(result.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(result.err().lines()).singleElement().asString()
                .contains("matches").contains("mCkqz8jo19M (Talks - Josh Wiedemeier");
        assertThat(json("show", "mCkqz8jo19M", "--format", "json").get("rating").isNull()).isTrue();
    }

    @Test
    void notesAreNumberedEditedAndRemoved() throws Exception {
        cli.run("note", "mCkqz8jo19M", "https://pylingual.io", "is", "an", "AI", "decompiler");
        cli.run("note", "mCkqz8jo19M", "second");
        cli.run("note", "mCkqz8jo19M", "third");

        cli.run("note", "mCkqz8jo19M", "--edit", "2", "changed");
        cli.run("note", "mCkqz8jo19M", "--remove", "1");

        assertThat(cli.run("note", "mCkqz8jo19M", "--list").out()).isEqualTo("1. changed\n2. third\n".replace("\n", System.lineSeparator()));
        JsonNode notes = json("note", "mCkqz8jo19M", "--list", "--format", "json");
        assertThat(notes).extracting(n -> n.get("number").asInt()).containsExactly(1, 2);
        assertThat(json("show", "mCkqz8jo19M", "--format", "json").get("notes"))
                .extracting(JsonNode::asText).containsExactly("changed", "third");
    }

    @Test
    void aNoteOnAnUnknownVideoOrNumberChangesNothing() {
        CliRunner.Result unknown = cli.run("note", "zzzzzzzzzzz", "hello");
        assertThat(unknown.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(unknown.err()).contains("no video zzzzzzzzzzz in the catalog");

        cli.run("note", "mCkqz8jo19M", "only");
        CliRunner.Result missing = cli.run("note", "mCkqz8jo19M", "--remove", "5");
        assertThat(missing.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(missing.err()).contains("has no note 5; its notes are numbered 1 to 1");
    }

    @Test
    void theQueueKeepsItsOrderAndSaysWhatItTakes() throws Exception {
        cli.run("queue", "add", "1ND6COslBKU");
        cli.run("queue", "add", "P1-KQZZarpc");
        cli.run("queue", "add", "L-Ok_89QJOM", "--at", "1");
        cli.run("queue", "move", "P1-KQZZarpc", "1");

        JsonNode queue = json("queue", "list", "--format", "json");
        assertThat(queue).extracting(n -> n.get("id").asText()).containsExactly("P1-KQZZarpc", "L-Ok_89QJOM", "1ND6COslBKU");
        assertThat(queue).extracting(n -> n.get("queuePosition").asInt()).containsExactly(1, 2, 3);
        assertThat(cli.run("queue", "list").out()).contains("3 talks, 1 h 30 min");

        cli.run("queue", "remove", "L-Ok_89QJOM");
        assertThat(json("queue", "list", "--format", "json")).extracting(n -> n.get("id").asText())
                .containsExactly("P1-KQZZarpc", "1ND6COslBKU");
    }

    @Test
    void aMoveOutOfRangeChangesNothing() throws Exception {
        cli.run("queue", "add", "1ND6COslBKU");
        cli.run("queue", "add", "P1-KQZZarpc");

        CliRunner.Result result = cli.run("queue", "move", "P1-KQZZarpc", "3");

        assertThat(result.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(result.err()).contains("position 3 is out of range; the queue has 2 talks");
        assertThat(json("queue", "list", "--format", "json")).extracting(n -> n.get("id").asText())
                .containsExactly("1ND6COslBKU", "P1-KQZZarpc");
    }

    @Test
    void thePlanTakesTheBestRatedThenTheMostViewedThatFit() throws Exception {
        for (String id : List.of("mCkqz8jo19M", "1ND6COslBKU", "P1-KQZZarpc", "L-Ok_89QJOM")) {
            cli.run("queue", "add", id);
        }
        cli.run("rate", "mCkqz8jo19M", "4.5");

        JsonNode plan = json("queue", "plan", "--hours", "1.1", "--format", "json");

        // each talk is about 30 minutes: two fit in 66 minutes, the rated one first, then the most viewed
        assertThat(plan.get("talks")).extracting(n -> n.get("id").asText()).containsExactly("mCkqz8jo19M", "L-Ok_89QJOM");
        assertThat(plan.get("totalSeconds").asInt()).isEqualTo(1805 + 1812);
    }

    @Test
    void thePlanSaysWhichTalksHaveNoLengthAndWhereToGetIt() {
        CliRunner snippetOnly = new CliRunner(home.resolve("snippet")).with("TALKWATCH_DB", home.resolve("snippet.db").toString());
        snippetOnly.run("import", Fixtures.path("ingest/snippet/console-output.txt").toString());
        snippetOnly.run("queue", "add", "mCkqz8jo19M");

        CliRunner.Result plan = snippetOnly.run("queue", "plan", "--hours", "2");

        assertThat(plan.out()).contains("Nothing in the queue fits in 2 h 00 min.")
                .contains("1 queued talk has no known length and was left out (mCkqz8jo19M): the recap snippet's output has"
                        + " no lengths; a saved playlist page, yt-dlp's JSON, a pyvideo folder or a fetch (talkwatch refresh)"
                        + " gives them");
        snippetOnly.run("import", Fixtures.path("ingest/page/classic-complete.html").toString());
        assertThat(snippetOnly.run("queue", "plan", "--hours", "2").out()).as("a page gives the length")
                .contains("1 of the queued talks fit").doesNotContain("no known length");
    }

    @Test
    void watchingWritesTheDiaryAndLeavesTheQueue() throws Exception {
        cli.run("queue", "add", "1ND6COslBKU");
        cli.run("rate", "1ND6COslBKU", "4");

        cli.run("watched", "1ND6COslBKU", "--on", "2024-08-05");
        cli.run("watched", "1ND6COslBKU", "--on", "2024-09-01");
        cli.run("watched", "mCkqz8jo19M");

        JsonNode diary = json("diary", "--format", "json");
        assertThat(diary).extracting(n -> n.get("watchedOn").asText())
                .containsExactly("2024-08-05", "2024-09-01", "2026-11-25");
        assertThat(diary.get(0).get("rating").asDouble()).isEqualTo(4.0);
        assertThat(json("queue", "list", "--format", "json")).isEmpty();
        assertThat(json("show", "1ND6COslBKU", "--format", "json").get("diary"))
                .extracting(JsonNode::asText).containsExactly("2024-08-05", "2024-09-01");
    }

    @Test
    void showHasTheListKeysAndTheCuration() throws Exception {
        cli.run("queue", "add", "1ND6COslBKU");
        cli.run("note", "1ND6COslBKU", "worth it");

        JsonNode card = json("show", "1ND6COslBKU", "--format", "json");

        List<String> keys = new ArrayList<>();
        card.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).contains("id", "position", "title", "url", "channel", "durationSeconds", "views", "viewsText",
                "viewsExact", "capturedAt", "track", "speakers", "talkTitle", "truncated", "rating", "notes",
                "queuePosition", "diary", "history");
        assertThat(card.get("position").asInt()).isEqualTo(4);
        assertThat(card.get("queuePosition").asInt()).isEqualTo(1);
        assertThat(card.get("history")).singleElement().satisfies(h -> {
            assertThat(h.get("views").asLong()).isEqualTo(3674);
            assertThat(h.get("viewsText").asText()).isEqualTo("3.6K views");
            assertThat(h.get("viewsExact").asBoolean()).isTrue();
            assertThat(h.get("source").asText()).isEqualTo("page");
            assertThat(h.get("capturedAt").asText()).startsWith("2024-08-06T");
        });
    }

    @Test
    void historyListsEverySnapshotOldestFirst() throws Exception {
        cli.run("import", "--captured-at", "2024-09-06", Fixtures.path("ingest/page/lockup-var-marker.html").toString());

        JsonNode history = json("show", "1ND6COslBKU", "--format", "json").get("history");

        assertThat(history).extracting(h -> h.get("views").asLong()).containsExactly(3674L, 3600L);
        assertThat(history).extracting(h -> h.get("viewsExact").asBoolean()).containsExactly(true, false);
    }

    @Test
    void searchFindsTitlesSpeakersAndNotesBestFirst() throws Exception {
        cli.run("note", "mCkqz8jo19M", "mentions pydantic once");

        JsonNode hits = json("search", "pydantic", "--format", "json");

        assertThat(hits).extracting(n -> n.get("id").asText()).containsExactly("kns4Qlvl3vk", "mCkqz8jo19M");
        assertThat(json("search", "Iannone", "--format", "json")).extracting(n -> n.get("id").asText())
                .containsExactly("LauNJNKECOM");
        assertThat(json("search", "vinicius", "--format", "json")).as("accents do not matter")
                .extracting(n -> n.get("id").asText()).containsExactly("7j0RRiDeqRg");
        assertThat(cli.run("search", "nothing-like-this").out()).contains("Nothing matches");
        // a video without a full title: its excerpt was 'Title  Talks', a space for the missing one
        assertThat(hits).allSatisfy(hit -> assertThat(hit.get("excerpt").asText()).doesNotContain("  "));
    }
}
