package dev.talkwatch.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** A manual page in roff (man(7)), written from picocli's model of the commands: their help, in man's sections. */
final class ManPage {

    private ManPage() {
    }

    static String of(CommandLine root) {
        CommandSpec spec = root.getCommandSpec();
        StringBuilder page = new StringBuilder();
        page.append(".TH TALKWATCH 1 \"\" \"talkwatch ").append(roff(String.join(" ", VersionProvider.lines()).split(" ")[1]))
                .append("\" \"User Commands\"\n");
        page.append(".SH NAME\ntalkwatch \\- ").append(roff(String.join(" ", spec.usageMessage().description()))).append('\n');
        page.append(".SH SYNOPSIS\n.B talkwatch\n[\\fIOPTIONS\\fR] \\fICOMMAND\\fR [\\fIARGUMENTS\\fR]\n");
        page.append(".SH OPTIONS\n");
        options(spec, page);
        page.append(".SH COMMANDS\n");
        for (CommandLine command : root.getSubcommands().values()) {
            section(command, "talkwatch " + command.getCommandName(), page);
        }
        page.append(".SH FILES\n.TP\n.I ~/.local/share/talkwatch/talkwatch.db\nThe catalog (or $XDG_DATA_HOME/talkwatch/talkwatch.db).\n")
                .append(".TP\n.I ~/.config/talkwatch/config.properties\nThe configuration: db=, api_key=, author=, tags=, cutoff=.\n");
        page.append(".SH ENVIRONMENT\nTALKWATCH_DB, TALKWATCH_USER, YOUTUBE_API_KEY, TALKWATCH_REQUEST_TIMEOUT,"
                + " TALKWATCH_YOUTUBE_URL, PGPASSWORD, PGPASSFILE.\n");
        page.append(".SH EXIT STATUS\n0 done, 1 bad input or a failed operation (one line on standard error),"
                + " 2 a usage error, 3 a bug.\n");
        return page.toString();
    }

    private static void section(CommandLine command, String name, StringBuilder page) {
        CommandSpec spec = command.getCommandSpec();
        page.append(".SS ").append(roff(name)).append('\n');
        for (String line : spec.usageMessage().description()) {
            page.append(roff(String.format(line.replace("%n", "\n")))).append("\n.PP\n");
        }
        for (PositionalParamSpec positional : spec.positionalParameters()) {
            if (!positional.hidden()) {
                page.append(".TP\n.I ").append(roff(positional.paramLabel())).append('\n')
                        .append(roff(String.join(" ", positional.description()))).append('\n');
            }
        }
        options(spec, page);
        List<String> examples = List.of(spec.usageMessage().footer());
        if (!examples.isEmpty()) {
            page.append(".PP\nExamples:\n.nf\n");
            examples.forEach(example -> page.append(roff(example.strip())).append('\n'));
            page.append(".fi\n");
        }
        for (CommandLine sub : command.getSubcommands().values()) {
            section(sub, name + " " + sub.getCommandName(), page);
        }
    }

    private static void options(CommandSpec spec, StringBuilder page) {
        for (OptionSpec option : spec.options()) {
            if (option.hidden() || option.inherited()) {
                continue;
            }
            page.append(".TP\n.B ").append(roff(String.join(", ", option.names())));
            if (option.arity().max() > 0) {
                page.append(" \\fI").append(roff(option.paramLabel())).append("\\fR");
            }
            String description = String.join(" ", option.description()).replace("${DEFAULT-VALUE}",
                    String.valueOf(option.defaultValue()));
            page.append('\n').append(roff(String.format(description.replace("%n", "\n")).replaceAll("\\s+", " "))).append('\n');
        }
    }

    // Text as roff reads it literally: backslashes and dashes escaped, no line starting a request.
    static String roff(String text) {
        String escaped = text.replace("\\", "\\e").replace("-", "\\-");
        StringBuilder out = new StringBuilder();
        for (String line : escaped.split("\n", -1)) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(line.startsWith(".") || line.startsWith("'") ? "\\&" + line : line);
        }
        return out.toString();
    }
}
