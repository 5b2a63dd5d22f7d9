package dev.talkwatch.fetch;

import java.time.Clock;
import java.util.Optional;

/**
 * Where and how to fetch: YouTube's base URL (for InnerTube), the Data API's base URL, the API key
 * if the user has one (then the Data API is used), the InnerTube web client version to announce,
 * how to retry, whom to tell about progress, the clock that dates the capture, and how long to wait
 * for each answer.
 */
public record FetchSettings(String youtubeUrl, String apiUrl, Optional<String> apiKey, String clientVersion,
        RetryPolicy retries, FetchProgress progress, Clock clock, java.time.Duration requestTimeout) {

    /** How long to wait for each answer, unless told otherwise. */
    public static final java.time.Duration REQUEST_TIMEOUT = HttpTransport.REQUEST_TIMEOUT;

    public static final String YOUTUBE_URL = "https://www.youtube.com";
    public static final String API_URL = "https://www.googleapis.com/youtube/v3";
    /** The web client version the request flow was recorded with; YouTube accepts it for a long while. */
    public static final String CLIENT_VERSION = "2.20260123.01.00";

    public FetchSettings(String youtubeUrl, String apiUrl, Optional<String> apiKey, String clientVersion,
            RetryPolicy retries, FetchProgress progress, Clock clock) {
        this(youtubeUrl, apiUrl, apiKey, clientVersion, retries, progress, clock, HttpTransport.REQUEST_TIMEOUT);
    }

    public FetchSettings {
        youtubeUrl = withoutTrailingSlash(youtubeUrl);
        apiUrl = withoutTrailingSlash(apiUrl);
        apiKey = apiKey.map(String::strip).filter(key -> !key.isEmpty());
    }

    /** The client for these settings: the Data API with a key, InnerTube without. */
    public PlaylistFetcher fetcher() {
        HttpTransport transport = new HttpTransport(retries, progress, requestTimeout, clock);
        return apiKey.<PlaylistFetcher>map(key -> new DataApiClient(apiUrl, key, transport, progress, clock))
                .orElseGet(() -> new InnertubeClient(youtubeUrl, clientVersion, transport, progress, clock));
    }

    private static String withoutTrailingSlash(String url) {
        String stripped = url.strip();
        return stripped.endsWith("/") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }
}
