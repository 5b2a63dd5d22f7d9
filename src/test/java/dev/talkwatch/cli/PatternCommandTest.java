package dev.talkwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatternCommandTest {

    @TempDir
    Path home;

    private CliRunner cli;

    @BeforeEach
    void importPyData() throws Exception {
        cli = new CliRunner(home);
        Path snippet = home.resolve("pydata.txt");
        Files.writeString(snippet, String.join("\n",
                "\"[Jane Doe - Polars in Production | PyData Virginia 2025](https://www.youtube.com/watch?v=aaaaaaaaaaa&list=PLpd&index=1)\",900",
                "\"[Ana Smith, Bo Chen - Forecasting with Prophet | PyData Virginia 2025](https://www.youtube.com/watch?v=bbbbbbbbbbb&list=PLpd&index=2)\",800",
                "\"[Keynote: The Road Ahead | PyData Virginia 2025](https://www.youtube.com/watch?v=ccccccccccc&list=PLpd&index=3)\",700"));
        cli.run("import", snippet.toString());
    }

    private JsonNode first() throws Exception {
        return new ObjectMapper().readTree(cli.run("list", "--format", "json").out()).get(0);
    }

    @Test
    void showsTheDetectedConvention() {
        CliRunner.Result result = cli.run("pattern");

        assertThat(result.out()).contains("titles read as {speakers} - {title} | {event} (detected)")
                .contains("explains 2 of 3 titles");
    }

    @Test
    void aChosenPatternRereadsEveryTitleAndAutoGoesBack() throws Exception {
        assertThat(first().get("speakers").get(0).asText()).isEqualTo("Jane Doe");

        CliRunner.Result set = cli.run("pattern", "--set", "{title} | {event}");

        assertThat(set.out()).contains("titles read as {title} | {event} (set)").contains("explains 3 of 3");
        assertThat(first().get("speakers")).isEmpty();
        assertThat(first().get("talkTitle").asText()).isEqualTo("Jane Doe - Polars in Production");

        cli.run("pattern", "--auto");
        assertThat(first().get("speakers").get(0).asText()).isEqualTo("Jane Doe");
    }

    @Test
    void aChosenPatternSurvivesTheNextImport() throws Exception {
        cli.run("pattern", "--set", "{title} | {event}");
        Path more = home.resolve("more.txt");
        Files.writeString(more,
                "\"[Jane Doe - Polars in Production | PyData Virginia 2025](https://www.youtube.com/watch?v=aaaaaaaaaaa&list=PLpd&index=1)\",950\n");

        cli.run("import", more.toString());

        assertThat(first().get("speakers")).isEmpty();
    }

    @Test
    void refusesABrokenPattern() {
        CliRunner.Result result = cli.run("pattern", "--set", "{title}{event}");

        assertThat(result.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(result.err()).contains("separator");
    }
}
