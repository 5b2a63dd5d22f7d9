package dev.talkwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TitlesCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private static List<JsonNode> lines(CliRunner.Result result) {
        return result.out().lines().map(line -> {
            try {
                return JSON.readTree(line);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + line, e);
            }
        }).toList();
    }

    @Test
    void printsOneObjectPerTitleWithTheDocumentedKeys() throws Exception {
        Path file = home.resolve("titles.txt");
        Files.writeString(file, """
                Talks - Josh Wiedemeier: There and Back Again: Reverse Engineering Python Binaries
                Keynote Speaker - Simon Willison

                Talks - Michael Chow, Richard Iannone: Making Beautiful, Publication Quality Tables in Python...
                """);

        CliRunner.Result result = new CliRunner(home).run("titles", file.toString());

        assertThat(result.exitCode()).isZero();
        List<JsonNode> objects = lines(result);
        assertThat(objects).hasSize(3);
        List<String> keys = new java.util.ArrayList<>();
        objects.getFirst().fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("raw", "track", "speakers", "title", "truncated", "pattern");
        assertThat(objects.get(0).get("speakers").get(0).asText()).isEqualTo("Josh Wiedemeier");
        assertThat(objects.get(0).get("pattern").asText()).isEqualTo("{track} - {speakers}: {title}");
        assertThat(objects.get(1).get("title").isNull()).isTrue();
        assertThat(objects.get(1).get("track").asText()).isEqualTo("Keynote");
        assertThat(objects.get(2).get("truncated").asBoolean()).isTrue();
    }

    @Test
    void detectsTheConventionOfTheIssuesExamples() {
        String input = String.join("\n",
                "Talk - Paul Kehrer/Alex Gaynor: Shipping Python Extensions in Rust Two Million Times a Day",
                "Talk - Benjamin \"Zags\" Zagorsky: Handling Timezones in Python",
                "Keynote - Python Software Foundation Update");

        List<JsonNode> objects = lines(new CliRunner(home).input(input).run("titles", "-"));

        assertThat(objects.get(0).get("speakers")).extracting(JsonNode::asText).containsExactly("Paul Kehrer", "Alex Gaynor");
        assertThat(objects.get(1).get("speakers")).extracting(JsonNode::asText).containsExactly("Benjamin \"Zags\" Zagorsky");
        assertThat(objects.get(2).get("speakers")).isEmpty();
        assertThat(objects.get(2).get("title").asText()).isEqualTo("Python Software Foundation Update");
    }

    @Test
    void readsWithAGivenPatternAndRepairsTheText() {
        List<JsonNode> objects = lines(new CliRunner(home).input("Carol Willing | Keynote\nMÃ¼ller Anna | Talk\n")
                .run("titles", "--pattern", "{speakers} | {track}"));

        assertThat(objects.get(0).get("speakers").get(0).asText()).isEqualTo("Carol Willing");
        assertThat(objects.get(0).get("track").asText()).isEqualTo("Keynote");
        assertThat(objects.get(1).get("raw").asText()).isEqualTo("MÃ¼ller Anna | Talk");
        assertThat(objects.get(1).get("speakers").get(0).asText()).isEqualTo("Müller Anna");
    }

    @Test
    void aBrokenPatternIsAUsageError() {
        CliRunner.Result result = new CliRunner(home).input("x\n").run("titles", "--pattern", "{who}: {title}");

        assertThat(result.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(result.err()).contains("unknown placeholder");
    }
}
