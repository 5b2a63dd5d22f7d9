package dev.talkwatch.fetch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.talkwatch.ingest.BrowsePage;
import dev.talkwatch.ingest.SourceFormat;
import dev.talkwatch.ingest.UnreadableSourceException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Fetches a playlist without a key, as YouTube's own web client does, through InnerTube's
 * {@code youtubei/v1/browse}: first the playlist's metadata (title, size, alerts), then its first
 * page of videos by a continuation token built from the id, then every further page by the token
 * each page ends with. If the first page comes back empty, it falls back to browsing the playlist
 * whole, which holds the first page too. Language and region are pinned to en/US so the texts
 * (view counts, ages) are the English ones talkwatch reads.
 */
final class InnertubeClient implements PlaylistFetcher {

    // YouTube stops at 5,000 videos a playlist, 100 a page; this bounds a server that never ends.
    private static final int MAX_PAGES = 500;
    private static final String PLAYLIST_PARAMS = "wgYCCAA%3D";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String youtubeUrl;
    private final String clientVersion;
    private final HttpTransport transport;
    private final FetchProgress progress;
    private final Clock clock;

    InnertubeClient(String youtubeUrl, String clientVersion, HttpTransport transport, FetchProgress progress,
            Clock clock) {
        this.youtubeUrl = youtubeUrl;
        this.clientVersion = clientVersion;
        this.transport = transport;
        this.progress = progress;
        this.clock = clock;
    }

    @Override
    public FetchedPlaylist fetch(String playlistId) {
        Run run = new Run(playlistId, clock.instant());
        BrowsePage metadata = run.browse("the metadata", browseUrl(true), browse(playlistId));
        if (metadata.playlistId() == null) {
            throw new FetchException("YouTube has no playlist " + playlistId + ": " + String.join(" ", run.errors)
                    + " Check the id, and that the playlist is public or unlisted.");
        }
        run.expected = metadata.reportedVideoCount();
        BrowsePage page = run.page(continuation(ContinuationToken.firstPage(playlistId)), true);
        if (page.videos() == 0 && !Integer.valueOf(0).equals(run.expected)) {
            // The token form changed, or the server predates it: the whole browse response has page 1 as well.
            page = run.page(browse(playlistId), false);
        }
        Set<String> seen = new HashSet<>();
        while (page.nextToken().isPresent()) {
            String token = page.nextToken().get();
            if (!seen.add(token)) {
                throw run.failure("YouTube sent the same continuation twice");
            }
            if (run.pages >= MAX_PAGES) {
                throw run.failure("the playlist did not end after " + MAX_PAGES + " pages");
            }
            page = run.page(continuation(token), false);
        }
        return run.result(SourceFormat.YOUTUBE_BROWSE, 0);
    }

    /** One fetch's state, and the error alerts YouTube put in its answers. */
    private final class Run extends FetchTally {
        final List<String> errors = new ArrayList<>();

        Run(String playlistId, Instant fetchedAt) {
            super(playlistId, fetchedAt);
        }

        /** The next page; an empty answer is an error unless {@code mayBeEmpty}, and is then not counted. */
        BrowsePage page(ObjectNode body, boolean mayBeEmpty) {
            String what = "page " + (pages + 1);
            BrowsePage page = browse(what, browseUrl(false), body);
            if (!errors.isEmpty()) {
                throw failure("YouTube says: " + String.join(" ", errors));
            }
            if (page.isEmpty()) {
                if (mayBeEmpty) {
                    return page;
                }
                throw failure("YouTube's answer to " + what + " holds no videos");
            }
            pages++;
            videos += page.videos();
            progress.page(pages, videos, expected);
            return page;
        }

        BrowsePage browse(String what, URI url, ObjectNode body) {
            HttpTransport.Response response;
            try {
                response = transport.send(request(url, body), what + " of playlist " + playlistId);
            } catch (FetchException e) {
                throw failure(e.getMessage());
            }
            Optional<Interstitial> interstitial = Interstitial.of(response.body(), response.contentType());
            if (interstitial.isPresent()) {
                throw new FetchException(interstitial.get().explain("while fetching playlist " + playlistId + " ("
                        + soFar("fetched") + ")"));
            }
            if (response.status() != 200) {
                throw failure("YouTube answered " + what + " with HTTP " + response.status() + detail(response.body()));
            }
            String name = sourceName(what);
            BrowsePage page;
            try {
                page = BrowsePage.read(name, response.body());
            } catch (UnreadableSourceException e) {
                throw failure("YouTube's answer to " + what + " is no playlist data: " + e.getMessage());
            }
            errors.addAll(page.errors());
            if (!page.isEmpty()) {
                keep(name, response.body());
            }
            return page;
        }

        FetchException failure(String reason) {
            return stopped("", soFar("fetched"), reason);
        }

        private String sourceName(String what) {
            return youtubeUrl + "/playlist?list=" + playlistId + " (" + what + ")";
        }
    }

    private HttpRequest.Builder request(URI url, ObjectNode body) {
        return HttpRequest.newBuilder(url)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en-US,en;q=0.9")
                .header("Origin", youtubeUrl)
                .header("Referer", youtubeUrl + "/")
                .header("X-YouTube-Client-Name", "1")
                .header("X-YouTube-Client-Version", clientVersion)
                // consent already given (to no tracking), so YouTube does not answer with its consent page
                .header("Cookie", "SOCS=CAE=");
    }

    private URI browseUrl(boolean metadataOnly) {
        return URI.create(youtubeUrl + "/youtubei/v1/browse?"
                + (metadataOnly ? "$fields=sidebar,header,microformat,alerts&" : "") + "prettyPrint=false");
    }

    private ObjectNode browse(String playlistId) {
        ObjectNode body = context();
        body.put("browseId", "VL" + playlistId);
        body.put("params", PLAYLIST_PARAMS);
        return body;
    }

    private ObjectNode continuation(String token) {
        ObjectNode body = context();
        body.put("continuation", token);
        return body;
    }

    private ObjectNode context() {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode client = body.putObject("context").putObject("client");
        client.put("hl", "en");
        client.put("gl", "US");
        client.put("clientName", "WEB");
        client.put("clientVersion", clientVersion);
        client.put("originalUrl", youtubeUrl);
        client.put("platform", "DESKTOP");
        client.put("utcOffsetMinutes", 0);
        return body;
    }

    // YouTube's JSON errors say {"error": {"message": ...}}; anything else is left out.
    private static String detail(byte[] body) {
        try {
            String message = JSON.readTree(body).path("error").path("message").asText("");
            return message.isBlank() ? "" : " (" + message + ")";
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
