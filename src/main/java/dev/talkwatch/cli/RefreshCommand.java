package dev.talkwatch.cli;

import dev.talkwatch.catalog.Playlist;
import dev.talkwatch.catalog.TalkwatchException;
import dev.talkwatch.fetch.FetchedPlaylist;
import dev.talkwatch.ingest.ImportOptions;
import dev.talkwatch.ingest.ImportResult;
import dev.talkwatch.ingest.Importer;
import dev.talkwatch.store.CatalogStore;
import dev.talkwatch.store.Database;
import dev.talkwatch.store.RefreshJobs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code talkwatch refresh [PLAYLIST|--all]}: fetches tracked playlists again, adding a snapshot each. */
@Command(
        name = "refresh",
        mixinStandardHelpOptions = true,
        description = {
            "Fetch playlists from YouTube again and add a dated snapshot of every video's views, so that trend and"
                    + " diff can tell what changed. Without PLAYLIST, every tracked playlist (all imported playlists,"
                    + " unless talkwatch track --stop left one out).",
            "Made for cron: one failing playlist does not stop the others; the exit code is 0 when all were"
                    + " refreshed and 1 when any failed, each failure told on standard error in one line.",
            "Every tracked playlist is a round of jobs that workers share: --workers N in one process, and"
                    + " processes on other machines against one PostgreSQL catalog. Each playlist of a round is"
                    + " refreshed once, by whichever worker claims it; the job of a worker that dies is taken over"
                    + " when its lease runs out."},
        footerHeading = "%nExamples:%n",
        footer = {"  talkwatch refresh",
            "  talkwatch refresh 'PyCon US 2024' --api-key \"$KEY\"",
            "  talkwatch refresh --all --workers 4",
            "  17 6 * * * talkwatch refresh --quiet     (a crontab line: every day at 06:17)"})
final class RefreshCommand implements Callable<Integer> {

    private static final int MOST_WORKERS = 64;

    @ParentCommand
    TalkwatchCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PLAYLIST", description = "A playlist id or a unique part of its title"
            + " (default: every tracked playlist).")
    String name;

    @Option(names = "--all", description = "Every tracked playlist (the default when no PLAYLIST is given).")
    boolean all;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "1",
            description = "Refresh N playlists at a time (default: ${DEFAULT-VALUE}); other processes may work on the same"
                    + " round.")
    int workers;

    @Option(names = "--lease", paramLabel = "SECONDS", defaultValue = "120",
            description = "How long a claimed playlist is a worker's without word from it, before another may take it"
                    + " over (default: ${DEFAULT-VALUE}); renewed every third of that while it works.")
    int leaseSeconds;

    @Mixin
    FetchOptions fetchOptions;

    @Override
    public Integer call() {
        if (workers < 1 || workers > MOST_WORKERS) {
            throw new ParameterException(spec.commandLine(), "--workers must be 1 to " + MOST_WORKERS + ", was " + workers);
        }
        if (leaseSeconds < 3) {
            throw new ParameterException(spec.commandLine(), "--lease must be at least 3 seconds, was " + leaseSeconds);
        }
        CatalogStore store = root.store();
        List<Playlist> playlists = name == null || all ? store.playlists().stream().filter(Playlist::tracked).toList()
                : List.of(store.requirePlaylist(name));
        if (playlists.isEmpty()) {
            throw new TalkwatchException(store.playlists().isEmpty()
                    ? "the catalog has no playlists to refresh; import one first (talkwatch import URL)"
                    : "no playlist is tracked; talkwatch track PLAYLIST tracks one again");
        }
        if (name != null && !all) {
            return refreshOne(store, playlists.getFirst());
        }
        return refreshRound(playlists);
    }

    private int refreshOne(CatalogStore store, Playlist playlist) {
        Fetching fetching = new Fetching(root, fetchOptions);
        try {
            FetchedPlaylist fetch = fetching.fetch(playlist.id());
            imported(store, fetch, writer -> { });
            if (!fetchOptions.quiet) {
                fetching.printQuota(List.of(fetch));
            }
            return 0;
        } catch (TalkwatchException e) {
            failure(playlist.id(), e);
            return Cli.FAILED;
        }
    }

    // Works on the round of every tracked playlist with this many workers, until each job is done.
    private int refreshRound(List<Playlist> playlists) {
        CliEnvironment environment = root.environment();
        Database database = workers > 1 ? root.database().pooled(workers + 1) : root.database();
        CatalogStore store = new CatalogStore(database);
        RefreshJobs jobs = new RefreshJobs(database);
        long round = jobs.round(playlists.stream().map(Playlist::id).toList(), environment.clock().instant());
        List<FetchedPlaylist> fetched = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failed = new AtomicInteger();
        String process = ProcessHandle.current().pid() + "@" + host();
        List<Thread> threads = new ArrayList<>();
        for (int i = 1; i <= workers; i++) {
            String worker = process + "/" + i;
            threads.add(Thread.ofPlatform().name("talkwatch-refresh-" + i).start(
                    () -> work(store, jobs, round, worker, fetched, failed)));
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TalkwatchException("refresh interrupted; the playlists it held are taken over when their leases end");
            }
        }
        if (!fetchOptions.quiet) {
            new Fetching(root, fetchOptions).printQuota(fetched);
            int mine = fetched.size() + failed.get();
            if (playlists.size() > 1 || mine < playlists.size()) {
                environment.out().println("refreshed " + fetched.size() + " of " + playlists.size() + " playlists"
                        + (mine < playlists.size() ? " (the other " + (playlists.size() - mine) + " by other workers)" : ""));
            }
        }
        return failed.get() == 0 ? 0 : Cli.FAILED;
    }

    private void work(CatalogStore store, RefreshJobs jobs, long round, String worker, List<FetchedPlaylist> fetched,
            AtomicInteger failed) {
        Duration lease = Duration.ofSeconds(leaseSeconds);
        Fetching fetching = new Fetching(root, fetchOptions);
        while (true) {
            java.time.Instant now = root.environment().clock().instant();
            Optional<RefreshJobs.Job> claimed = jobs.claim(round, worker, now, lease);
            if (claimed.isEmpty()) {
                if (jobs.open(round, now) == 0) {
                    return;
                }
                // jobs others hold: done soon, or free when their leases run out
                pause(Duration.ofMillis(Math.min(lease.toMillis() / 6, 500)));
                continue;
            }
            RefreshJobs.Job job = claimed.get();
            Thread renewing = Thread.ofPlatform().daemon().name(Thread.currentThread().getName() + "-lease").start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    pause(lease.dividedBy(3));
                    if (!Thread.currentThread().isInterrupted()) {
                        jobs.renew(job, root.environment().clock().instant(), lease);
                    }
                }
            });
            try {
                FetchedPlaylist fetch = fetching.fetch(job.playlistId());
                imported(store, fetch, writer -> RefreshJobs.finish(writer, job, root.environment().clock().instant()));
                fetched.add(fetch);
            } catch (TalkwatchException e) {
                failed.incrementAndGet();
                jobs.fail(job, e.getMessage(), root.environment().clock().instant());
                failure(job.playlistId(), e);
            } finally {
                renewing.interrupt();
            }
        }
    }

    // Stores the fetch (with what must land with it), notes the refresh, and says what it found.
    private void imported(CatalogStore store, FetchedPlaylist fetch,
            java.util.function.Consumer<dev.talkwatch.store.CatalogWriter> alongside) {
        CliEnvironment environment = root.environment();
        ImportResult result = new Importer(store, environment.clock())
                .importSources(List.of(), List.of(fetch.sources()), ImportOptions.defaults(), alongside);
        result.playlists().forEach(p -> store.markRefreshed(p.playlistId(), fetch.sources().fetchedAt()));
        if (!fetchOptions.quiet) {
            synchronized (environment.out()) {
                result.playlists().forEach(p -> environment.out().println(ImportCommand.summary(p)
                        .replaceFirst("^imported ", "refreshed ")));
                ImportCommand.printProblems(result.problems(), environment.err());
            }
        }
    }

    private void failure(String playlistId, TalkwatchException e) {
        CatalogStore store = root.store();
        String shown = store.findPlaylist(playlistId).map(Playlist::displayName).orElse(playlistId);
        synchronized (root.environment().out()) {
            root.environment().err().println("talkwatch: refresh of '" + shown + "' (" + playlistId + ") failed: "
                    + e.getMessage());
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String host() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "localhost";
        }
    }
}
