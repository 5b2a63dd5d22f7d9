package dev.talkwatch.cli;

import dev.talkwatch.fetch.RetryPolicy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The runs the launcher records the JDK's ahead-of-time caches from (JDK 25 and newer,
 * {@code -XX:AOTCacheOutput}), one cache for each kind of command, so that a start loads only the
 * classes of its kind: {@code start} (help), {@code read} (the commands that read and curate the
 * catalog, and the server), {@code import} (what fills the catalog). {@code prepare FOLDER} makes
 * the catalog that {@code read FOLDER} reads, in a run of its own, so that the import's classes stay
 * out of the read cache. Prints nothing; a failing command only means a smaller cache.
 */
public final class Training {

    private static final String LATER_CAPTURE = """
            {"contents":{"twoColumnBrowseResultsRenderer":{"tabs":[{"tabRenderer":{"content":{"sectionListRenderer":
            {"contents":[{"itemSectionRenderer":{"contents":[{"playlistVideoListRenderer":{"playlistId":"%1$s","contents":[
            {"playlistVideoRenderer":{"videoId":"%2$s","title":{"runs":[{"text":"Talks - Ada Lovelace: Training the cache"}]},
            "index":{"simpleText":"1"},"lengthSeconds":"1805","videoInfo":{"runs":[{"text":"1,234 views"},{"text":" • "},
            {"text":"3 months ago"}]},"navigationEndpoint":{"watchEndpoint":{"videoId":"%2$s","playlistId":"%1$s","index":0}}}}
            ]}}]}}]}}}}]}},"metadata":{"playlistMetadataRenderer":{"title":"PyCon US 2024"}}}
            """;
    private static final String PLAYLIST = "PL2Uw4_HvXqvYhjub9bw4uDAmNtprgAvlJ";

    private Training() {
    }

    /** {@code start}, {@code import}, {@code prepare FOLDER} or {@code read FOLDER}. */
    public static void main(String[] args) throws IOException {
        switch (args.length == 0 ? "" : args[0]) {
            case "start" -> {
                run(Path.of("."), "--help");
                run(Path.of("."), "list", "--help");
                run(Path.of("."), "--db");
            }
            case "import" -> {
                Path folder = Files.createTempDirectory("talkwatch-training");
                try {
                    fill(folder);
                } finally {
                    deleteAll(folder);
                }
            }
            case "prepare" -> fill(Path.of(args[1]));
            case "read" -> read(Path.of(args[1]));
            default -> throw new IllegalArgumentException("start, import, prepare FOLDER or read FOLDER");
        }
    }

    private static void fill(Path folder) throws IOException {
        String database = folder.resolve("training.db").toString();
        run(folder, "--db", database, "demo");
        Path later = folder.resolve("later.json");
        Files.writeString(later, LATER_CAPTURE.formatted(PLAYLIST, firstVideo(folder)), StandardCharsets.UTF_8);
        run(folder, "--db", database, "import", later.toString(), "--captured-at", "2024-09-06");
    }

    private static String firstVideo(Path folder) {
        return new dev.talkwatch.store.CatalogStore(dev.talkwatch.store.Database.openSqlite(folder.resolve("training.db")))
                .items(PLAYLIST).getFirst().video().id();
    }

    private static void read(Path folder) {
        String database = folder.resolve("training.db").toString();
        String video = firstVideo(folder);
        for (String format : List.of("table", "json", "csv")) {
            run(folder, "--db", database, "list", "--sort", "views", "--limit", "20", "--format", format);
            run(folder, "--db", database, "playlists", "--format", format.equals("csv") ? "table" : format);
        }
        run(folder, "--db", database, "show", video);
        run(folder, "--db", database, "trend");
        run(folder, "--db", database, "diff");
        run(folder, "--db", database, "search", "python");
        run(folder, "--db", database, "rate", video, "4");
        run(folder, "--db", database, "queue", "list");
        run(folder, "--db", database, "publish");
        run(folder, "--db", database, "publish", "--format", "html");
        run(folder, "--db", database, "list", "--help");
        // a PostgreSQL catalog's classes, as far as opening one goes without a server: no one
        // listens on port 1, so the connection is refused at once
        run(folder, "--db", "postgresql://training@127.0.0.1:1/training", "list");
    }

    private static void run(Path folder, String... args) {
        PrintWriter discard = new PrintWriter(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        CliEnvironment environment = new CliEnvironment(Map.of("XDG_DATA_HOME", folder.toString(), "HOME", folder.toString()),
                Clock.fixed(Instant.parse("2024-09-07T12:00:00Z"), ZoneOffset.UTC), new ByteArrayInputStream(new byte[0]),
                discard, discard, Optional::empty, false, RetryPolicy.standard().sleeper());
        Cli.run(environment, args);
    }

    private static void deleteAll(Path folder) {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
