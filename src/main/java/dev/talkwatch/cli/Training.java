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
 * The run the launcher records the JDK's ahead-of-time cache from (JDK 25 and newer,
 * {@code -XX:AOTCacheOutput}): the commands people run most, on a catalog in a temporary folder, so
 * that their classes are loaded and linked from the cache on every later start. Prints nothing; a
 * failing command only means a smaller cache.
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

    private Training() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Files.createTempDirectory("talkwatch-training");
        try {
            Path db = folder.resolve("training.db");
            String database = db.toString();
            run(folder, "--help");
            run(folder, "--version");
            run(folder, "--db", database, "demo");
            String playlist = "PL2Uw4_HvXqvYhjub9bw4uDAmNtprgAvlJ";
            String video = new dev.talkwatch.store.CatalogStore(dev.talkwatch.store.Database.openSqlite(db))
                    .items(playlist).getFirst().video().id();
            Path later = folder.resolve("later.json");
            Files.writeString(later, LATER_CAPTURE.formatted(playlist, video), StandardCharsets.UTF_8);
            run(folder, "--db", database, "import", later.toString(), "--captured-at", "2024-09-06");
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
        } finally {
            deleteAll(folder);
        }
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
