package dev.talkwatch.cli;

import dev.talkwatch.catalog.TalkwatchException;
import picocli.CommandLine;

/** Builds the command line and runs it: the one place where failures become messages and exit codes. */
public final class Cli {

    /** Exit code for bad input or a failed operation, reported in one line. */
    public static final int FAILED = 1;
    /** Exit code for a command line that does not parse. */
    public static final int USAGE = 2;
    /** Exit code for a failure talkwatch did not expect: a bug. */
    public static final int INTERNAL = 3;

    private Cli() {
    }

    public static int run(CliEnvironment environment, String... args) {
        if (onlyVersion(args)) {
            printVersion(environment.out()); // at once: building the command line takes longer than the answer
            return 0;
        }
        TalkwatchCommand root = new TalkwatchCommand(environment);
        CommandLine commandLine = new CommandLine(root);
        String named = commandName(args);
        if (TalkwatchCommand.COMMANDS.containsKey(named)) {
            commandLine.addSubcommand(named, TalkwatchCommand.COMMANDS.get(named).make().get());
        } else if (!asksVersion(args)) {
            TalkwatchCommand.COMMANDS.forEach((name, command) -> commandLine.addSubcommand(name, outline(name, command.type())));
        }
        examplesAsWritten(commandLine);
        commandLine
                .setOut(environment.out())
                .setErr(environment.err())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cmd, parseResult) -> handle(e, root, environment))
                .setParameterExceptionHandler((e, arguments) -> usage(e, named, environment));
        try {
            return commandLine.execute(args);
        } finally {
            environment.out().flush();
            environment.err().flush();
        }
    }

    /**
     * The command the arguments name: the first that is neither an option nor the value of the root's
     * {@code --db} or {@code --user}. Null when there is none ({@code --help}, {@code --version}, no arguments).
     */
    static String commandName(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--db") || arg.equals("--user")) {
                i++;
            } else if (arg.equals("--")) {
                return null;
            } else if (!arg.startsWith("-")) {
                return arg;
            }
        }
        return null;
    }

    /**
     * What the root's help and its usage errors need of a command: its name and the lines that
     * describe it, read from its annotation without building its options (which loads their classes).
     */
    static CommandLine.Model.CommandSpec outline(String name, Class<?> type) {
        CommandLine.Command command = type.getAnnotation(CommandLine.Command.class);
        CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create().name(name).aliases(command.aliases());
        spec.usageMessage().header(command.header()).description(command.description()).hidden(command.hidden());
        return spec;
    }

    /** The whole command line, every command built: what completion and the manual page describe. */
    static CommandLine full(CliEnvironment environment) {
        CommandLine commandLine = new CommandLine(new TalkwatchCommand(environment));
        TalkwatchCommand.COMMANDS.forEach((name, command) -> commandLine.addSubcommand(name, command.make().get()));
        return commandLine;
    }

    // The examples under "Examples:" are printed line by line as written: wrapped at the help's width,
    // a URL broke across two lines and could not be pasted.
    private static void examplesAsWritten(CommandLine commandLine) {
        commandLine.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, help -> {
            StringBuilder footer = new StringBuilder();
            for (String line : help.commandSpec().usageMessage().footer()) {
                footer.append(line).append(System.lineSeparator());
            }
            return footer.toString();
        });
        commandLine.getSubcommands().values().forEach(Cli::examplesAsWritten);
    }

    /** Whether the arguments ask for the version and nothing else. */
    static boolean onlyVersion(String... args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }

    static void printVersion(java.io.PrintWriter out) {
        for (String line : VersionProvider.lines()) {
            out.println(line);
        }
        out.flush();
    }

    private static boolean asksVersion(String... args) {
        return java.util.Arrays.stream(args).anyMatch(arg -> arg.equals("--version") || arg.equals("-V"));
    }

    // One line, as for every other error, pointing at the help instead of printing it.
    private static int usage(picocli.CommandLine.ParameterException e, String named, CliEnvironment environment) {
        String command = e.getCommandLine().getCommandSpec().qualifiedName();
        if (e instanceof CommandLine.UnmatchedArgumentException && e.getCommandLine().getParent() == null && named != null
                && !TalkwatchCommand.COMMANDS.containsKey(named)) {
            java.util.List<String> near = nearest(named, TalkwatchCommand.COMMANDS.keySet());
            environment.err().println(command + ": '" + named + "' is no talkwatch command"
                    + (near.isEmpty() ? "" : "; did you mean " + String.join(" or ", near.stream().map(n -> "'" + n + "'").toList()) + "?")
                    + " (see " + command + " --help)");
            return USAGE;
        }
        String message = e.getMessage().lines().findFirst().orElse("");
        environment.err().println(command + ": " + message + " (see " + command + " --help)");
        return USAGE;
    }

    /**
     * The names closest to {@code typed}, as git suggests a command: those a letter or two away (a
     * letter left out, added, changed, or two swapped), the nearest of them, else those it begins; at most three.
     */
    static java.util.List<String> nearest(String typed, java.util.Collection<String> names) {
        String lower = typed.toLowerCase(java.util.Locale.ROOT);
        int allowed = Math.max(1, Math.min(2, lower.length() / 3));
        java.util.Map<String, Integer> distances = new java.util.TreeMap<>();
        for (String name : names) {
            int distance = distance(lower, name);
            if (distance <= allowed) {
                distances.put(name, distance);
            }
        }
        if (distances.isEmpty() && lower.length() >= 2) {
            names.stream().filter(name -> name.startsWith(lower)).forEach(name -> distances.put(name, 0));
        }
        int best = distances.values().stream().min(Integer::compare).orElse(0);
        return distances.entrySet().stream().filter(e -> e.getValue() == best).limit(3).map(java.util.Map.Entry::getKey).toList();
    }

    // Edits from a to b: insertions, deletions, substitutions and swaps of neighbours (optimal string alignment).
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static int handle(Exception e, TalkwatchCommand root, CliEnvironment environment) {
        boolean expected = e instanceof TalkwatchException;
        String message = expected ? e.getMessage()
                : "talkwatch failed unexpectedly (" + e + "); rerun with --debug and report the trace";
        environment.err().println("talkwatch: " + message);
        if (root.debug()) {
            e.printStackTrace(environment.err());
        }
        return expected ? FAILED : INTERNAL;
    }
}
