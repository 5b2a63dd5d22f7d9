package dev.talkwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The steps the README gives a newcomer, run as written right after {@code ./talkwatch demo}. */
class ReadmeStepsTest {

    @TempDir
    Path home;

    /** The {@code ./talkwatch ...} lines of the README's first sh block after {@code heading}. */
    static List<List<String>> commandsAfter(String heading) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int at = lines.indexOf(heading);
        assertThat(at).as("README has the heading " + heading).isNotNegative();
        int start = lines.subList(at, lines.size()).indexOf("```sh") + at + 1;
        int end = lines.subList(start, lines.size()).indexOf("```") + start;
        List<List<String>> commands = new ArrayList<>();
        for (String line : lines.subList(start, end)) {
            if (line.startsWith("./talkwatch ")) {
                commands.add(words(line.substring("./talkwatch ".length())));
            }
        }
        return commands;
    }

    // Shell words: quotes group, a # after a space starts a comment.
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                word = word == null ? new StringBuilder() : word;
            } else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            } else if (c == '#' && word == null) {
                break;
            } else {
                word = (word == null ? new StringBuilder() : word).append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }

    @Test
    void theCurationExamplesWorkOnTheDemoSample() throws IOException {
        CliRunner cli = new CliRunner(home);
        assertThat(cli.run("demo").exitCode()).isZero();
        List<List<String>> commands = commandsAfter("### Your curation: `rate`, `note`, `queue`, `watched`, `diary`, `show`, `search`, `speakers`");

        assertThat(commands).hasSizeGreaterThan(10);
        for (List<String> command : commands) {
            CliRunner.Result result = cli.run(command.toArray(String[]::new));
            assertThat(result.exitCode()).as("./talkwatch " + String.join(" ", command) + "\n" + result.err()).isZero();
        }
    }

    @Test
    void theFirstStepsAfterTheDemoWork() throws IOException {
        CliRunner cli = new CliRunner(home);
        assertThat(cli.run("demo").exitCode()).isZero();
        List<List<String>> commands = commandsAfter("## After the demo");

        assertThat(commands).isNotEmpty();
        for (List<String> command : commands) {
            if (command.getFirst().equals("serve")) {
                continue; // runs until Ctrl+C; ServeCommandTest covers it
            }
            CliRunner.Result result = cli.run(command.toArray(String[]::new));
            assertThat(result.exitCode()).as("./talkwatch " + String.join(" ", command) + "\n" + result.err()).isZero();
        }
    }
}
