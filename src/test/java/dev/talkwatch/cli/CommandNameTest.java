package dev.talkwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only the command that runs is built; which one the arguments name. */
class CommandNameTest {

    @Test
    void theFirstArgumentThatIsNeitherAnOptionNorTheDatabaseFile() {
        assertThat(Cli.commandName("list", "--sort", "views")).isEqualTo("list");
        assertThat(Cli.commandName("--db", "list", "show", "x")).as("--db's value is a file named list").isEqualTo("show");
        assertThat(Cli.commandName("--debug", "publish")).isEqualTo("publish");
        assertThat(Cli.commandName("--user", "list", "rate", "x")).as("--user's value is a user named list").isEqualTo("rate");
        assertThat(Cli.commandName("--user=ana", "--db=x", "queue")).isEqualTo("queue");
        assertThat(Cli.commandName("--version")).isNull();
        assertThat(Cli.commandName()).isNull();
    }

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path home;

    @Test
    void aMistypedCommandGetsTheNearestAsGitSuggestsIt() {
        CliRunner.Result result = new CliRunner(home).run("lst");
        assertThat(result.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(result.err()).isEqualTo("talkwatch: 'lst' is no talkwatch command; did you mean 'list'? (see talkwatch --help)"
                + System.lineSeparator());
        var names = TalkwatchCommand.COMMANDS.keySet();
        assertThat(Cli.nearest("pubish", names)).containsExactly("publish"); // a letter left out
        assertThat(Cli.nearest("tredn", names)).containsExactly("trend"); // two swapped
        assertThat(Cli.nearest("shwo", names)).containsExactly("show");
        assertThat(Cli.nearest("Import", names)).containsExactly("import");
        assertThat(Cli.nearest("pub", names)).as("what it begins").containsExactly("publish");
        assertThat(Cli.nearest("xyzzy", names)).isEmpty();
        assertThat(new CliRunner(home).run("xyzzy").err()).isEqualTo("talkwatch: 'xyzzy' is no talkwatch command (see talkwatch --help)"
                + System.lineSeparator());
        assertThat(new CliRunner(home).run("list", "extra", "args").err()).as("an argument after a command is no command")
                .doesNotContain("is no talkwatch command");
    }

    @Test
    void everyCommandStillRunsAndTheHelpListsThemAll() {
        CliRunner cli = new CliRunner(home);
        String help = cli.run("--help").out();
        for (String command : TalkwatchCommand.COMMANDS.keySet()) {
            assertThat(help).contains("  " + command + " ");
            assertThat(cli.run(command, "--help").exitCode()).as(command + " --help").isZero();
        }
        assertThat(cli.run("lsit").err()).contains("'lsit' is no talkwatch command");
    }

    @Test
    void theHelpFromTheOutlinesReadsAsTheHelpFromTheWholeCommands() {
        CliRunner.Result outlined = new CliRunner(home).run("--help");
        var environment = new CliEnvironment(java.util.Map.of("HOME", home.toString()), java.time.Clock.systemUTC(),
                new java.io.ByteArrayInputStream(new byte[0]), new java.io.PrintWriter(java.io.Writer.nullWriter()),
                new java.io.PrintWriter(java.io.Writer.nullWriter()), java.util.Optional::empty, false,
                dev.talkwatch.fetch.RetryPolicy.standard().sleeper());
        picocli.CommandLine whole = new picocli.CommandLine(new TalkwatchCommand(environment));
        TalkwatchCommand.COMMANDS.forEach((name, command) -> whole.addSubcommand(name, command.make().get()));

        assertThat(outlined.exitCode()).isZero();
        assertThat(outlined.out()).isEqualTo(whole.getUsageMessage()).contains("Commands:").contains("serve");
    }
}
