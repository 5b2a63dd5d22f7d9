package dev.talkwatch.cli;

/** The {@code talkwatch} executable. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (Cli.onlyVersion(args)) {
            Cli.printVersion(new java.io.PrintWriter(System.out, false, java.nio.charset.StandardCharsets.UTF_8));
            return; // before the environment is read: the version needs none of it
        }
        System.exit(Cli.run(CliEnvironment.system(), args));
    }
}
