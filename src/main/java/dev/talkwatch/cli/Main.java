package dev.talkwatch.cli;

/** The {@code talkwatch} executable. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Cli.run(CliEnvironment.system(), args));
    }
}
