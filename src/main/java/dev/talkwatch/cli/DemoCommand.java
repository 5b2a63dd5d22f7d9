package dev.talkwatch.cli;

import dev.talkwatch.catalog.Playlist;
import dev.talkwatch.ingest.ImportOptions;
import dev.talkwatch.ingest.Importer;
import dev.talkwatch.ingest.ImportResult;
import dev.talkwatch.ingest.Source;
import dev.talkwatch.publish.RecapOptions;
import dev.talkwatch.publish.RecapPublisher;
import dev.talkwatch.publish.RecapSource;
import dev.talkwatch.store.CurationStore;
import dev.talkwatch.store.HistoryStore;
import dev.talkwatch.store.CatalogStore;
import dev.talkwatch.store.Database;
import dev.talkwatch.catalog.TalkwatchException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code talkwatch demo}: the whole job on a bundled sample, in a database of its own. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Import a sample playlist page that ships with talkwatch (the 33 PyCon US 2024 recordings that had"
                    + " 500+ views on 6 August 2024) into a demo database, and print its recap post.",
            "Works offline. It never touches your catalog: the demo database is demo.db in the data folder,"
                    + " recreated on every run."},
        footerHeading = "%nExample:%n",
        footer = {"  talkwatch demo > recap.md"})
final class DemoCommand implements Callable<Integer> {

    static final String SAMPLE = "demo/pycon-us-2024.html";
    static final Instant CAPTURED = Instant.parse("2024-08-06T07:00:00Z");
    static final OffsetDateTime POST_DATE = OffsetDateTime.parse("2024-08-06T00:00:00-07:00");

    @ParentCommand
    TalkwatchCommand root;

    @Override
    public Integer call() {
        CliEnvironment environment = root.environment();
        Path demoDatabase = environment.dataDirectory().resolve("demo.db");
        deleteDatabase(demoDatabase);
        Database database = Database.openSqlite(demoDatabase);
        CatalogStore store = new CatalogStore(database);

        Source sample = Source.resource(DemoCommand.class, SAMPLE, CAPTURED);
        ImportResult result = new Importer(store, environment.clock())
                .importSources(List.of(sample), new ImportOptions(Optional.empty(), Optional.of(CAPTURED)));
        result.playlists().forEach(playlist -> environment.err().println(ImportCommand.summary(playlist)));

        Playlist playlist = store.requirePlaylist(null);
        RecapOptions options = new RecapOptions(null, null, POST_DATE, List.of("python"), RecapOptions.DEFAULT_CUTOFF,
                null, null, null);
        RecapSource source = RecapSource.load(store, new CurationStore(database), new HistoryStore(database), playlist,
                null, OffsetDateTime.now(environment.clock()), false);
        environment.out().print(new RecapPublisher().markdown(source, options));
        environment.out().flush();
        environment.err().println();
        environment.err().println("The demo catalog is " + demoDatabase + "; look around in it with:");
        environment.err().println("  ./talkwatch --db '" + demoDatabase + "' list --sort views");
        return 0;
    }

    private static void deleteDatabase(Path database) {
        try {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(database.resolveSibling(database.getFileName() + suffix));
            }
        } catch (IOException e) {
            throw new TalkwatchException("cannot reset the demo database '" + database + "': " + e.getMessage(), e);
        }
    }
}
