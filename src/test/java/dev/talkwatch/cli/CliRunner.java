package dev.talkwatch.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs talkwatch in-process with its own data folder, a fixed clock and captured output. */
final class CliRunner {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    record Result(int exitCode, String out, String err) {
    }

    private final Map<String, String> variables = new HashMap<>();
    private Integer columns = 100;

    CliRunner(Path home) {
        variables.put("HOME", home.toString());
        variables.put("XDG_DATA_HOME", home.resolve("data").toString());
    }

    CliRunner with(String variable, String value) {
        variables.put(variable, value);
        return this;
    }

    CliRunner columns(Integer width) {
        columns = width;
        return this;
    }

    Path defaultDatabase() {
        return Path.of(variables.get("XDG_DATA_HOME"), "talkwatch", "talkwatch.db");
    }

    private String input = "";
    private Instant now = NOW;
    private boolean terminal;
    private final List<Duration> sleeps = new ArrayList<>();

    /** Runs the next commands with the clock at {@code instant}. */
    CliRunner at(Instant instant) {
        now = instant;
        return this;
    }

    /** Runs the next commands as if standard output were a terminal. */
    CliRunner terminal(boolean isTerminal) {
        terminal = isTerminal;
        return this;
    }

    /** How long fetches would have waited before their retries; the runner does not wait. */
    List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    CliRunner input(String text) {
        input = text;
        return this;
    }

    Result run(String... args) {
        return run(new StringWriter(), new StringWriter(), args);
    }

    /** A command running in its own thread (serve), whose output can be read as it comes. */
    final class Background {
        private final StringWriter out = new StringWriter();
        private final StringWriter err = new StringWriter();
        private final Thread thread;
        private volatile Result result;

        Background(String... args) {
            thread = new Thread(() -> result = run(out, err, args), "talkwatch-background");
            thread.start();
        }

        String out() {
            return out.toString();
        }

        String err() {
            return err.toString();
        }

        /** Interrupts the command as Ctrl+C would end it, and waits for its result. */
        Result stop() throws InterruptedException {
            thread.interrupt();
            thread.join(10_000);
            return result;
        }
    }

    Background start(String... args) {
        return new Background(args);
    }

    private Result run(StringWriter out, StringWriter err, String... args) {
        CliEnvironment environment = new CliEnvironment(Map.copyOf(variables),
                Clock.fixed(now, ZoneId.of("America/Los_Angeles")),
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out, true),
                new PrintWriter(err, true), () -> Optional.ofNullable(columns), terminal, sleeps::add);
        int exitCode = Cli.run(environment, args);
        return new Result(exitCode, out.toString(), err.toString());
    }
}
