package dev.talkwatch.cli;

import dev.talkwatch.fetch.RetryPolicy;
import dev.talkwatch.store.Database;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * What the commands take from the outside world: environment variables, the clock, standard input
 * and output, the terminal's width, whether standard output is a terminal, and how to wait between
 * retries of a fetch. Tests pass their own.
 */
public record CliEnvironment(Map<String, String> variables, Clock clock, InputStream in, PrintWriter out,
        PrintWriter err, java.util.function.Supplier<Optional<Integer>> columns, boolean terminal, RetryPolicy.Sleeper sleeper) {

    public static CliEnvironment system() {
        return new CliEnvironment(System.getenv(), Clock.systemDefaultZone(), System.in,
                new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8),
                TerminalWidth.probe(System.getenv()), TerminalWidth.isTerminal(), RetryPolicy.standard().sleeper());
    }

    /** The terminal's width in columns, when it is known; asked of the terminal only when a table needs it. */
    Optional<Integer> terminalColumns() {
        return columns.get();
    }

    Optional<String> variable(String name) {
        return Optional.ofNullable(variables.get(name)).filter(value -> !value.isBlank());
    }

    /** {@code $XDG_DATA_HOME/talkwatch}, or {@code ~/.local/share/talkwatch} when that is unset. */
    Path dataDirectory() {
        return variable("XDG_DATA_HOME").map(Path::of)
                .orElseGet(() -> home().resolve(".local").resolve("share"))
                .resolve("talkwatch");
    }

    /**
     * The catalog, an SQLite file or a PostgreSQL URL: {@code --db}, else {@code TALKWATCH_DB}, else
     * {@code db=} in the configuration file, else talkwatch.db in the data folder.
     */
    String databaseLocation(String option) {
        if (option != null && !option.isBlank()) {
            return option;
        }
        return variable("TALKWATCH_DB").or(() -> Config.load(this).database().map(this::withHome))
                .orElseGet(() -> dataDirectory().resolve("talkwatch.db").toString());
    }

    /**
     * Whose curation a command reads and writes: {@code --user}, else {@code TALKWATCH_USER}, else on
     * a shared (PostgreSQL) catalog the login name, on an SQLite file the catalog's own user.
     */
    String user(String option, boolean shared) {
        if (option != null && !option.isBlank()) {
            return option.strip();
        }
        return variable("TALKWATCH_USER").map(String::strip)
                .orElseGet(() -> shared ? variable("USER").orElse(System.getProperty("user.name")) : Database.OWNER);
    }

    // ~/ at the start of a file named in the configuration is the home folder, as in a shell
    private String withHome(String location) {
        return location.startsWith("~/") ? home().resolve(location.substring(2)).toString() : location;
    }

    private Path home() {
        return Path.of(variable("HOME").orElse(System.getProperty("user.home")));
    }
}
