package dev.talkwatch.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code talkwatch completion bash|zsh} and {@code talkwatch man}: what a shell and man need to know of talkwatch. */
@Command(
        name = "completion",
        mixinStandardHelpOptions = true,
        description = "Print the shell completion script for bash or zsh: every command, option and option value.",
        footerHeading = "%nExamples:%n",
        footer = {"  talkwatch completion bash > ~/.local/share/bash-completion/completions/talkwatch",
            "  talkwatch completion zsh > \"${fpath[1]}/_talkwatch\"",
            "  source <(talkwatch completion bash)"})
final class CompletionCommand implements Callable<Integer> {

    enum Shell { BASH, ZSH }

    @ParentCommand
    TalkwatchCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
    Shell shell;

    @Override
    public Integer call() {
        String script = AutoComplete.bash("talkwatch", Cli.full(root.environment()));
        if (shell == Shell.ZSH) {
            // picocli's script runs in zsh through its bash completion layer
            script = "#compdef talkwatch\nautoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n"
                    + script;
        }
        root.environment().out().print(script);
        return 0;
    }

    /** {@code talkwatch man}: the manual page, in roff, from the same model as the help. */
    @Command(
            name = "man",
            mixinStandardHelpOptions = true,
            description = "Print talkwatch's manual page (roff), made from the same text as --help.",
            footerHeading = "%nExamples:%n",
            footer = {"  talkwatch man > ~/.local/share/man/man1/talkwatch.1 && man talkwatch", "  talkwatch man | man -l -"})
    static final class Man implements Callable<Integer> {

        @ParentCommand
        TalkwatchCommand root;

        @Override
        public Integer call() {
            root.environment().out().print(ManPage.of(Cli.full(root.environment())));
            return 0;
        }
    }
}
