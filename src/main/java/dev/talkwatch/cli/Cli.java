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
        CommandLine commandLine = new CommandLine(root)
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
