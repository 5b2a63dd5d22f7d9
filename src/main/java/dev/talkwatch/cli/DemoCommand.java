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

/**
 * {@code talkwatch demo}: the whole job on a bundled sample. A catalog that is new, or holds nothing
 * but the sample, gets the sample, so the next commands a newcomer types work on it; a catalog with
 * anything else in it is never touched, and the demo gets a database of its own.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Import a sample playlist page that ships with talkwatch (the 33 PyCon US 2024 recordings that had"
                    + " 500+ views on 6 August 2024) and print its recap post. Works offline.",
            "A new catalog (or one that holds only the sample) gets the sample, so list, rate, publish and serve"
                    + " work on it next; a catalog with anything else in it is never touched: then the demo uses"
                    + " demo.db in the data folder, recreated on every run."},
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
        Source sample = Source.resource(DemoCommand.class, SAMPLE, CAPTURED);
        String catalog = environment.databaseLocation(root.databaseLocation);
        boolean ownCatalog = !holdsOnly(catalog, sample.digest(), environment);
        String file = ownCatalog ? environment.dataDirectory().resolve("demo.db").toString() : catalog;
        if (ownCatalog) {
            deleteDatabase(Path.of(file));
        }
        Database opened = Database.open(file, environment.variables());
        Database database = opened.as(environment.user(root.user, opened.isPostgresql()));
        CatalogStore store = new CatalogStore(database);

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
        if (ownCatalog) {
            environment.err().println("Your catalog " + catalog + " holds other playlists, so the demo went into "
                    + file + "; look around in it with:");
            environment.err().println("  ./talkwatch --db '" + file + "' list --sort views");
        } else {
            environment.err().println("The sample is in your catalog " + file + "; next, try:");
            environment.err().println("  ./talkwatch list --sort views --limit 10");
            environment.err().println("  ./talkwatch rate 'Parallel Universe' 4");
            environment.err().println("  ./talkwatch serve --open");
        }
        return 0;
    }

    // Whether the catalog is new, or every source it ever imported is the sample.
    private static boolean holdsOnly(String catalog, String sampleDigest, CliEnvironment environment) {
        if (!Database.isServer(catalog) && !Files.exists(Path.of(catalog))) {
            return true;
        }
        return new CatalogStore(Database.open(catalog, environment.variables())).importedDigests().stream()
                .allMatch(sampleDigest::equals);
    }

    static void deleteDatabase(Path database) {
        try {
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(database.resolveSibling(database.getFileName() + suffix));
            }
        } catch (IOException e) {
            throw new TalkwatchException("cannot reset the demo database '" + database + "': " + e.getMessage(), e);
        }
    }
}
