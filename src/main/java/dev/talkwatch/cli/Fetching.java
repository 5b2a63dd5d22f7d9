package dev.talkwatch.cli;

import dev.talkwatch.fetch.FetchSettings;
import dev.talkwatch.fetch.FetchedPlaylist;
import java.util.List;

/** Fetches playlists for a command, showing progress as its options ask, and says what the Data API cost. */
final class Fetching {

    private final CliEnvironment environment;
    private final FetchOptions options;

    Fetching(TalkwatchCommand root, FetchOptions options) {
        this.environment = root.environment();
        this.options = options;
    }

    FetchedPlaylist fetch(String playlistId) {
        ProgressPrinter progress = new ProgressPrinter(environment, options.quiet, "fetching " + playlistId);
        FetchSettings settings = options.settings(environment, progress);
        try {
            return settings.fetcher().fetch(playlistId);
        } finally {
            progress.finish();
        }
    }

    /** "used 7 quota units of the Data API", when any were. */
    void printQuota(List<FetchedPlaylist> fetched) {
        int units = fetched.stream().mapToInt(FetchedPlaylist::quotaUnits).sum();
        if (units > 0) {
            environment.out().println("used " + units + (units == 1 ? " quota unit" : " quota units")
                    + " of the Data API (a key has 10,000 a day unless Google granted more)");
        }
    }
}
