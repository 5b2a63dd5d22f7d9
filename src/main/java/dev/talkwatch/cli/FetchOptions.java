package dev.talkwatch.cli;

import dev.talkwatch.fetch.FetchProgress;
import dev.talkwatch.fetch.FetchSettings;
import dev.talkwatch.fetch.RetryPolicy;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options of commands that fetch from YouTube: the Data API key, and --quiet. */
final class FetchOptions {

    @Option(names = "--api-key", paramLabel = "KEY", description = "A YouTube Data API v3 key: fetch with the API,"
            + " exact counts, 1 quota unit per 50 videos and call (default: $YOUTUBE_API_KEY, or api_key= in the"
            + " configuration; without one, talkwatch fetches as YouTube's web client does).")
    String apiKey;

    @Option(names = {"-q", "--quiet"}, description = "Print no progress and no summary; errors still go to standard error.")
    boolean quiet;

    /** Where and how to fetch, from the options, the environment and the configuration. */
    FetchSettings settings(CliEnvironment environment, FetchProgress progress) {
        Optional<String> key = Optional.ofNullable(apiKey)
                .or(() -> environment.variable("YOUTUBE_API_KEY"))
                .or(() -> Config.load(environment).apiKey());
        RetryPolicy standard = RetryPolicy.standard();
        RetryPolicy retries = new RetryPolicy(standard.attempts(), standard.base(), standard.cap(),
                standard.maxRetryAfter(), environment.sleeper(), standard.jitter());
        return new FetchSettings(
                environment.variable("TALKWATCH_YOUTUBE_URL").orElse(FetchSettings.YOUTUBE_URL),
                environment.variable("TALKWATCH_YOUTUBE_API_URL").orElse(FetchSettings.API_URL),
                key,
                environment.variable("TALKWATCH_YOUTUBE_CLIENT_VERSION").orElse(FetchSettings.CLIENT_VERSION),
                retries, progress, environment.clock(), requestTimeout(environment));
    }

    // TALKWATCH_REQUEST_TIMEOUT: seconds to wait for each answer, for a slow line (default 30)
    private static java.time.Duration requestTimeout(CliEnvironment environment) {
        String seconds = environment.variable("TALKWATCH_REQUEST_TIMEOUT").orElse("").strip();
        if (seconds.isEmpty()) {
            return dev.talkwatch.fetch.FetchSettings.REQUEST_TIMEOUT;
        }
        if (!seconds.matches("\\d{1,5}") || Integer.parseInt(seconds) == 0) {
            throw new dev.talkwatch.catalog.TalkwatchException("TALKWATCH_REQUEST_TIMEOUT is '" + seconds
                    + "'; give the seconds to wait for each answer, such as 30");
        }
        return java.time.Duration.ofSeconds(Integer.parseInt(seconds));
    }
}
