package dev.talkwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shell completion and the manual page, both made from the model the help is made from. */
class CompletionTest {

    @TempDir
    Path home;

    @Test
    void bashCompletionKnowsEveryCommandAndItsOptions() throws Exception {
        CliRunner.Result result = new CliRunner(home).run("completion", "bash");

        assertThat(result.exitCode()).isZero();
        String script = result.out();
        assertThat(script).contains("complete -F _complete_talkwatch").contains("--sort").contains("--captured-at")
                .contains("--cutoff");
        for (String command : TalkwatchCommand.COMMANDS.keySet()) {
            assertThat(script).as(command).contains(command);
        }
        // bash reads it: the script defines its function without a syntax error
        Path file = Files.writeString(home.resolve("talkwatch.bash"), script);
        Process bash = new ProcessBuilder("bash", "-n", file.toString()).redirectErrorStream(true).start();
        assertThat(new String(bash.getInputStream().readAllBytes())).isEmpty();
        assertThat(bash.waitFor()).isZero();
    }

    @Test
    void zshGetsTheSameThroughBashcompinit() {
        String script = new CliRunner(home).run("completion", "zsh").out();
        assertThat(script).startsWith("#compdef talkwatch\n").contains("bashcompinit").contains("complete -F _complete_talkwatch");
        assertThat(new CliRunner(home).run("completion", "fish").exitCode()).isEqualTo(Cli.USAGE);
    }

    @Test
    void theManualPageHasEveryCommandInRoff() {
        String page = new CliRunner(home).run("man").out();

        assertThat(page).startsWith(".TH TALKWATCH 1 ").contains(".SH NAME\ntalkwatch \\- Follow conference talk recordings")
                .contains(".SH EXIT STATUS");
        for (String command : TalkwatchCommand.COMMANDS.keySet()) {
            assertThat(page).as(command).contains(".SS talkwatch " + command + "\n");
        }
        assertThat(page).contains(".SS talkwatch queue add\n").contains(".B \\-\\-captured\\-at \\fIDATE\\fR");
        assertThat(page.lines().filter(line -> line.startsWith(".") || line.startsWith("'"))
                .map(line -> line.split(" ")[0]))
                .as("every line that starts with a dot is a request of man(7)")
                .allMatch(request -> java.util.Set.of(".TH", ".SH", ".SS", ".TP", ".PP", ".B", ".I", ".nf", ".fi").contains(request));
    }

    @Test
    void roffEscapesWhatItWouldReadAsItsOwn() {
        assertThat(ManPage.roff("a-b \\ c")).isEqualTo("a\\-b \\e c");
        assertThat(ManPage.roff(".dot\n'quote")).isEqualTo("\\&.dot\n\\&'quote");
    }
}
