package dev.talkwatch.cli;

import java.io.Console;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The terminal's width in columns: {@code $COLUMNS}, else what {@code stty} says of the terminal. */
final class TerminalWidth {

    private TerminalWidth() {
    }

    /** {@link #detect} on first use, once: only a command that prints a table waits for {@code stty}. */
    static java.util.function.Supplier<Optional<Integer>> probe(Map<String, String> environment) {
        return new java.util.function.Supplier<>() {
            private Optional<Integer> columns;

            @Override
            public synchronized Optional<Integer> get() {
                if (columns == null) {
                    columns = detect(environment);
                }
                return columns;
            }
        };
    }

    static Optional<Integer> detect(Map<String, String> environment) {
        Optional<Integer> fromVariable = parse(environment.get("COLUMNS"));
        if (fromVariable.isPresent() || !isTerminal() || !new File("/dev/tty").canRead()) {
            return fromVariable;
        }
        try {
            Process stty = new ProcessBuilder("stty", "size")
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/tty")))
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!stty.waitFor(1, TimeUnit.SECONDS)) {
                stty.destroy();
                return Optional.empty();
            }
            String[] size = new String(stty.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip().split("\\s+");
            return size.length == 2 ? parse(size[1]) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * Whether standard output (and input) is a terminal. Before JDK 22 only then is there a console;
     * from JDK 22 on there always is one, and {@code Console.isTerminal()} tells.
     */
    static boolean isTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    private static Optional<Integer> parse(String columns) {
        try {
            int value = columns == null ? 0 : Integer.parseInt(columns.strip());
            return value >= 20 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
