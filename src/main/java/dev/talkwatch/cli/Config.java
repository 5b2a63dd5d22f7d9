package dev.talkwatch.cli;

import dev.talkwatch.catalog.TalkwatchException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The user's defaults, in {@code $XDG_CONFIG_HOME/talkwatch/config.properties} (or
 * {@code ~/.config/talkwatch/config.properties}): {@code db}, the catalog; {@code author}, {@code tags}
 * (comma-separated) and {@code cutoff} for publish, {@code api_key} for fetching. Options on the
 * command line win.
 */
record Config(Properties properties, Path file) {

    static Config load(CliEnvironment environment) {
        Path file = environment.variable("XDG_CONFIG_HOME").map(Path::of)
                .orElseGet(() -> Path.of(environment.variable("HOME").orElse(System.getProperty("user.home")), ".config"))
                .resolve("talkwatch").resolve("config.properties");
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            } catch (IOException | IllegalArgumentException e) {
                throw new TalkwatchException("cannot read the configuration '" + file + "': " + e.getMessage(), e);
            }
        }
        return new Config(properties, file);
    }

    /** The catalog, {@code db}: an SQLite file (a leading {@code ~/} is the home folder) or a PostgreSQL URL. */
    Optional<String> database() {
        return value("db");
    }

    /** The YouTube Data API key, {@code api_key}. */
    Optional<String> apiKey() {
        return value("api_key");
    }

    Optional<String> author() {
        return value("author");
    }

    List<String> tags() {
        return value("tags").map(t -> Arrays.stream(t.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(List.of());
    }

    Optional<Long> cutoff() {
        return value("cutoff").map(text -> {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new TalkwatchException("the configuration '" + file + "' has cutoff=" + text + "; it must be a number");
            }
        });
    }

    private Optional<String> value(String key) {
        return Optional.ofNullable(properties.getProperty(key)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
