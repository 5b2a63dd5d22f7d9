package dev.talkwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talkwatch.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each listing prints as CSV the rows and fields it prints as JSON: the same that the web app's links serve. */
class ListingFormatsTest {

    @TempDir
    Path home;

    private CliRunner cli;

    @BeforeEach
    void curate() {
        cli = new CliRunner(home);
        cli.run("import", Fixtures.path("ingest/page/classic-complete.html").toString());
        cli.run("rate", "mCkqz8jo19M", "3.5");
        cli.run("queue", "add", "P1-KQZZarpc");
        cli.run("queue", "add", "mCkqz8jo19M");
        cli.run("watched", "mCkqz8jo19M", "--on", "2024-08-05");
        cli.run("note", "mCkqz8jo19M", "a note, with \"quotes\" and =1+1");
    }

    @Test
    void everyListingPrintsTheSameRowsAndFieldsAsCsvAndAsJson() throws Exception {
        for (List<String> command : List.of(List.of("playlists"), List.of("queue", "list"), List.of("diary"),
                List.of("search", "python"), List.of("note", "mCkqz8jo19M", "--list"), List.of("speakers"),
                List.of("speakers", "simon willison"))) {
            List<String> asJson = new ArrayList<>(command);
            asJson.addAll(List.of("--format", "json"));
            List<String> asCsv = new ArrayList<>(command);
            asCsv.addAll(List.of("--format", "csv"));
            CliRunner.Result json = cli.run(asJson.toArray(String[]::new));
            CliRunner.Result csv = cli.run(asCsv.toArray(String[]::new));
            assertThat(json.exitCode()).as(String.join(" ", asJson) + ": " + json.err()).isZero();
            assertThat(csv.exitCode()).as(String.join(" ", asCsv) + ": " + csv.err()).isZero();

            JsonNode rows = new ObjectMapper().readTree(json.out());
            List<List<String>> table = dev.talkwatch.CsvText.parse(csv.out());
            assertThat(rows.size()).as(command + " has rows").isPositive();
            assertThat(table).as(command + ": a header and a line per row").hasSize(rows.size() + 1);
            List<String> header = table.getFirst();
            for (int r = 0; r < rows.size(); r++) {
                JsonNode row = rows.get(r);
                List<String> names = new ArrayList<>();
                row.fieldNames().forEachRemaining(names::add);
                assertThat(header).as(command + ": the CSV header is the JSON keys").isEqualTo(names);
                for (int c = 0; c < header.size(); c++) {
                    assertThat(table.get(r + 1).get(c)).as(command + " row " + r + " " + header.get(c))
                            .isEqualTo(text(row.get(header.get(c))));
                }
            }
        }
    }

    @Test
    void speakersListsEveryNameWithItsTalksAndOneSpeakersTalks() throws Exception {
        JsonNode speakers = new ObjectMapper().readTree(cli.run("speakers", "--format", "json").out());
        JsonNode simon = StreamSupport.stream(speakers.spliterator(), false)
                .filter(s -> s.get("name").asText().equals("Simon Willison")).findFirst().orElseThrow();
        JsonNode talks = new ObjectMapper().readTree(cli.run("speakers", "SIMON WILLISON", "--format", "json").out());
        assertThat(talks).hasSize(simon.get("talks").asInt());
        assertThat(talks.get(0).get("id").asText()).isEqualTo("P1-KQZZarpc");

        assertThat(cli.run("speakers").out()).containsPattern("Simon Willison +" + simon.get("talks").asInt());
        assertThat(cli.run("speakers", "Simon Willison").out()).contains("P1-KQZZarpc");
        CliRunner.Result nobody = cli.run("speakers", "Nobody Here");
        assertThat(nobody.exitCode()).isEqualTo(1);
        assertThat(nobody.err().strip()).isEqualTo("talkwatch: no talk of a speaker named 'Nobody Here' in the catalog;"
                + " talkwatch speakers lists every name");
    }

    @Test
    void listingsThatAreNoTableRefuseCsv() {
        CliRunner.Result show = cli.run("show", "mCkqz8jo19M", "--format", "csv");
        assertThat(show.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(show.err()).contains("show prints table or json, not csv");

        CliRunner.Result plan = cli.run("queue", "plan", "--hours", "2", "--format", "csv");
        assertThat(plan.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(plan.err()).contains("queue plan prints table or json, not csv");
    }

    // the cell a JSON value is: a list's items joined by "; ", null empty, a formula defused with an apostrophe
    private static String text(JsonNode value) {
        if (value.isNull()) {
            return "";
        }
        String text = value.isArray() ? StreamSupport.stream(value.spliterator(), false).map(JsonNode::asText)
                .collect(Collectors.joining("; ")) : value.isFloatingPointNumber()
                ? value.decimalValue().stripTrailingZeros().toPlainString() : value.asText();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
