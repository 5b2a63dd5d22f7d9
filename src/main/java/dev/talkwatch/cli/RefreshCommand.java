package dev.talkwatch.cli;

import dev.talkwatch.catalog.Playlist;
import dev.talkwatch.catalog.TalkwatchException;
import dev.talkwatch.fetch.FetchedPlaylist;
import dev.talkwatch.ingest.ImportOptions;
import dev.talkwatch.ingest.ImportResult;
import dev.talkwatch.ingest.Importer;
import dev.talkwatch.store.CatalogStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code talkwatch refresh [PLAYLIST|--all]}: fetches tracked playlists again, adding a snapshot each. */
@Command(
        name = "refresh",
        mixinStandardHelpOptions = true,
        description = {
            "Fetch playlists from YouTube again and add a dated snapshot of every video's views, so that trend and"
                    + " diff can tell what changed. Without PLAYLIST, every tracked playlist (all imported playlists,"
                    + " unless talkwatch track --stop left one out).",
            "Made for cron: one failing playlist does not stop the others; the exit code is 0 when all were"
                    + " refreshed and 1 when any failed, each failure told on standard error in one line."},
        footerHeading = "%nExamples:%n",
        footer = {"  talkwatch refresh",
            "  talkwatch refresh 'PyCon US 2024' --api-key \"$KEY\"",
            "  17 6 * * * talkwatch refresh --quiet     (a crontab line: every day at 06:17)"})
final class RefreshCommand implements Callable<Integer> {

    @ParentCommand
    TalkwatchCommand root;

    @Parameters(arity = "0..1", paramLabel = "PLAYLIST", description = "A playlist id or a unique part of its title"
            + " (default: every tracked playlist).")
    String name;

    @Option(names = "--all", description = "Every tracked playlist (the default when no PLAYLIST is given).")
    boolean all;

    @Mixin
    FetchOptions fetchOptions;

    @Override
    public Integer call() {
        CatalogStore store = root.store();
        List<Playlist> playlists = name == null || all ? store.playlists().stream().filter(Playlist::tracked).toList()
                : List.of(store.requirePlaylist(name));
        CliEnvironment environment = root.environment();
        if (playlists.isEmpty()) {
            throw new TalkwatchException(store.playlists().isEmpty()
                    ? "the catalog has no playlists to refresh; import one first (talkwatch import URL)"
                    : "no playlist is tracked; talkwatch track PLAYLIST tracks one again");
        }
        Fetching fetching = new Fetching(root, fetchOptions);
        List<FetchedPlaylist> fetched = new ArrayList<>();
        int failed = 0;
        for (Playlist playlist : playlists) {
            try {
                FetchedPlaylist fetch = fetching.fetch(playlist.id());
                ImportResult result = new Importer(store, environment.clock())
                        .importSources(List.of(), List.of(fetch.sources()), ImportOptions.defaults());
                store.markRefreshed(playlist.id(), fetch.sources().fetchedAt());
                fetched.add(fetch);
                if (!fetchOptions.quiet) {
                    result.playlists().forEach(p -> environment.out().println(ImportCommand.summary(p)
                            .replaceFirst("^imported ", "refreshed ")));
                    ImportCommand.printProblems(result.problems(), environment.err());
                }
            } catch (TalkwatchException e) {
                failed++;
                environment.err().println("talkwatch: refresh of '" + playlist.displayName() + "' (" + playlist.id()
                        + ") failed: " + e.getMessage());
            }
        }
        if (!fetchOptions.quiet) {
            fetching.printQuota(fetched);
            if (playlists.size() > 1) {
                environment.out().println("refreshed " + fetched.size() + " of " + playlists.size() + " playlists");
            }
        }
        return failed == 0 ? 0 : Cli.FAILED;
    }
}
