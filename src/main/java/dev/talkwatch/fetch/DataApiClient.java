package dev.talkwatch.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talkwatch.ingest.SourceFormat;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Fetches a playlist with the YouTube Data API v3 and the user's key: {@code playlists.list} for
 * its title and size, {@code playlistItems.list} 50 entries a page, then {@code videos.list} for 50
 * ids a call, which gives exact view and like counts. Each call costs one quota unit; the result
 * says how many were used. The key goes only into request URLs, never into names or messages.
 */
final class DataApiClient implements PlaylistFetcher {

    static final int PAGE_SIZE = 50;
    private static final int MAX_PAGES = 200;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String apiUrl;
    private final String key;
    private final HttpTransport transport;
    private final FetchProgress progress;
    private final Clock clock;

    DataApiClient(String apiUrl, String key, HttpTransport transport, FetchProgress progress, Clock clock) {
        this.apiUrl = apiUrl;
        this.key = key;
        this.transport = transport;
        this.progress = progress;
        this.clock = clock;
    }

    @Override
    public FetchedPlaylist fetch(String playlistId) {
        Run run = new Run(playlistId, clock.instant());
        JsonNode playlists = run.call("playlists.list", "playlists?part=snippet,contentDetails&id=" + encode(playlistId));
        if (playlists.path("items").isEmpty()) {
            throw new FetchException("the Data API has no playlist " + playlistId
                    + "; check the id, and that the playlist is public or unlisted (" + run.quotaUsed() + ")");
        }
        JsonNode size = playlists.at("/items/0/contentDetails/itemCount");
        run.expected = size.isIntegralNumber() ? size.asInt() : null;
        Set<String> videoIds = new LinkedHashSet<>();
        Set<String> tokens = new HashSet<>();
        String token = null;
        do {
            if (run.pages >= MAX_PAGES) {
                throw run.failure("the playlist did not end after " + MAX_PAGES + " pages");
            }
            JsonNode page = run.call("playlistItems.list page " + (run.pages + 1),
                    "playlistItems?part=snippet,contentDetails,status&maxResults=" + PAGE_SIZE + "&playlistId="
                            + encode(playlistId) + (token == null ? "" : "&pageToken=" + encode(token)));
            for (JsonNode item : page.path("items")) {
                String id = item.at("/contentDetails/videoId").asText(item.at("/snippet/resourceId/videoId").asText(""));
                if (!id.isEmpty()) {
                    videoIds.add(id);
                }
            }
            run.pages++;
            run.videos = videoIds.size();
            progress.page(run.pages, run.videos, run.expected);
            token = page.path("nextPageToken").asText(null);
            if (token != null && !tokens.add(token)) {
                throw run.failure("the Data API sent the same page token twice");
            }
        } while (token != null);
        List<String> ids = new ArrayList<>(videoIds);
        for (int from = 0; from < ids.size(); from += PAGE_SIZE) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + PAGE_SIZE));
            run.call("videos.list " + (from / PAGE_SIZE + 1), "videos?part=snippet,contentDetails,statistics&maxResults="
                    + PAGE_SIZE + "&id=" + encode(String.join(",", batch)));
        }
        return run.result(SourceFormat.DATA_API, run.calls);
    }

    /** One fetch's state, and the quota it cost. */
    private final class Run extends FetchTally {
        int calls;

        Run(String playlistId, Instant fetchedAt) {
            super(playlistId, fetchedAt);
        }

        JsonNode call(String what, String pathAndQuery) {
            URI uri = URI.create(apiUrl + "/" + pathAndQuery + "&key=" + encode(key));
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET()
                    .header("Accept", "application/json")
                    .header("Accept-Language", "en-US,en;q=0.9");
            HttpTransport.Response response;
            try {
                response = transport.send(request, "Data API " + what + " for playlist " + playlistId);
            } catch (FetchException e) {
                throw failure(e.getMessage());
            } finally {
                calls++;
            }
            JsonNode body;
            try {
                body = JSON.readTree(response.body());
            } catch (IOException e) {
                throw failure("the Data API's answer to " + what + " (HTTP " + response.status() + ") is not JSON");
            }
            if (response.status() != 200 || body.has("error")) {
                throw failure(ApiError.of(response.status(), body).explain());
            }
            keep("Data API " + what + " of playlist " + playlistId, response.body());
            return body;
        }

        FetchException failure(String reason) {
            return stopped(" with the Data API", soFar("listed") + ", " + quotaUsed(), reason);
        }

        String quotaUsed() {
            return calls + (calls == 1 ? " quota unit used" : " quota units used");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
