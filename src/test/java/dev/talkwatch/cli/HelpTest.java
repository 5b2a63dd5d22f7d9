package dev.talkwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpTest {

    @TempDir
    Path home;

    @ParameterizedTest
    @ValueSource(strings = {"demo", "import", "playlists", "list", "publish", "titles", "pattern", "rate", "note",
        "queue", "watched", "diary", "show", "search", "speakers", "export", "restore", "refresh", "track", "trend", "diff", "serve"})
    void everyCommandHasHelpWithAnExample(String command) {
        CliRunner.Result result = new CliRunner(home).run(command, "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Usage: talkwatch " + command).contains("Example").contains("talkwatch " + command);
    }

    @ParameterizedTest
    @ValueSource(strings = {"add", "remove", "move", "list", "plan"})
    void everyQueueCommandHasHelpWithAnExample(String command) {
        CliRunner.Result result = new CliRunner(home).run("queue", command, "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Usage: talkwatch queue " + command).contains("Example")
                .contains("talkwatch queue " + command);
    }

    @Test
    void examplesAndPathsAreNeverBrokenAcrossLines() {
        for (String command : TalkwatchCommand.COMMANDS.keySet()) {
            String help = new CliRunner(home).run(command, "--help").out();
            assertThat(help).as(command).contains("  ~/.local/share/talkwatch/talkwatch.db.")
                    .contains("  $XDG_DATA_HOME/talkwatch/talkwatch.db, else");
        }
        assertThat(new CliRunner(home).run("import", "--help").out())
                .contains("\n  talkwatch import https://www.youtube.com/playlist?list=PL2Uw4_HvXqvYhjub9bw4uDAmNtprgAvlJ\n");
    }

    @Test
    void topLevelHelpListsTheCommands() {
        CliRunner.Result result = new CliRunner(home).run("--help");

        assertThat(result.out()).contains("demo").contains("import").contains("playlists").contains("list")
                .contains("publish").contains("--db").contains("Example");
        assertThat(new CliRunner(home).run().out()).as("no command shows the help").contains("Commands:");
    }

    @Test
    void printsTheVersion() {
        CliRunner.Result result = new CliRunner(home).run("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).matches("(?s)talkwatch \\d+\\.\\d+\\.\\d+.*\nJava \\d+.*");
        assertThat(new CliRunner(home).run("-V").out()).isEqualTo(result.out());
        assertThat(new CliRunner(home).run("--db", home.resolve("x.db").toString(), "--version").out())
                .as("the picocli path says the same").isEqualTo(result.out());
    }

    @Test
    void anUnknownCommandIsAUsageError() {
        CliRunner.Result result = new CliRunner(home).run("frobnicate");

        assertThat(result.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(result.err()).contains("frobnicate");
    }
}
