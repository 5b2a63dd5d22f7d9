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
        TalkwatchCommand root = new TalkwatchCommand(environment);
        CommandLine commandLine = new CommandLine(root);
        String named = commandName(args);
        if (TalkwatchCommand.COMMANDS.containsKey(named)) {
            commandLine.addSubcommand(named, TalkwatchCommand.COMMANDS.get(named).get());
        } else if (!asksVersion(args)) {
            TalkwatchCommand.COMMANDS.forEach((name, command) -> commandLine.addSubcommand(name, command.get()));
        }
        commandLine
                .setOut(environment.out())
                .setErr(environment.err())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cmd, parseResult) -> handle(e, root, environment))
                .setParameterExceptionHandler((e, arguments) -> usage(e, environment));
        try {
            return commandLine.execute(args);
        } finally {
            environment.out().flush();
            environment.err().flush();
        }
    }

    /**
     * The command the arguments name: the first that is neither an option nor the value of the root's
     * {@code --db}. Null when there is none ({@code --help}, {@code --version}, no arguments).
     */
    static String commandName(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--db")) {
                i++;
            } else if (arg.equals("--")) {
                return null;
            } else if (!arg.startsWith("-")) {
                return arg;
            }
        }
        return null;
    }

    private static boolean asksVersion(String... args) {
        return java.util.Arrays.stream(args).anyMatch(arg -> arg.equals("--version") || arg.equals("-V"));
    }

    // One line, as for every other error, pointing at the help instead of printing it.
    private static int usage(picocli.CommandLine.ParameterException e, CliEnvironment environment) {
        String command = e.getCommandLine().getCommandSpec().qualifiedName();
        String message = e.getMessage().lines().findFirst().orElse("");
        environment.err().println(command + ": " + message + " (see " + command + " --help)");
        return USAGE;
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
