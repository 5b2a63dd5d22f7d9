package dev.talkwatch.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.talkwatch.catalog.ViewCount;
import dev.talkwatch.catalog.YouTubeLinks;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads YouTube Data API v3 responses: {@code playlistItems.list} pages (a playlist's entries, with
 * {@code snippet.position} and, with {@code part=contentDetails}, the video's own publish time
 * {@code contentDetails.videoPublishedAt}) and {@code videos.list} pages (exact
 * {@code statistics.viewCount}, likes, ISO 8601 {@code contentDetails.duration}), a single
 * {@code youtube#playlistItem} or {@code youtube#video}, and {@code playlists.list} pages, which name
 * playlists. The importer joins them by video and playlist id.
 */
final class DataApiReader implements SourceReader {

    @Override
    public SourceContent read(Source source, ImportProblems problems) throws IOException {
        JsonNode root;
        try (InputStream in = source.open()) {
            root = JsonSources.MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw JsonSources.unreadable(source.name(), e);
        }
        String kind = root.path("kind").asText("");
        List<JsonNode> items = new ArrayList<>();
        if (kind.endsWith("ListResponse")) {
            root.path("items").forEach(items::add);
        } else {
            items.add(root);
        }
        Map<String, List<VideoEntry>> byPlaylist = new LinkedHashMap<>();
        List<PlaylistCapture> captures = new ArrayList<>();
        List<VideoFacts> facts = new ArrayList<>();
        int index = 0;
        for (JsonNode item : items) {
            index++;
            String where = "item " + index;
            switch (item.path("kind").asText("")) {
                case "youtube#playlistItem" -> playlistItem(item, where, problems)
                        .ifPresent(e -> byPlaylist.computeIfAbsent(e.playlistId(), k -> new ArrayList<>()).add(e));
                case "youtube#video" -> video(item, where, source.name(), problems).ifPresent(facts::add);
                case "youtube#playlist" -> playlist(item, source.name()).ifPresent(captures::add);
                default -> problems.add(where, "a '" + item.path("kind").asText("?")
                        + "' is neither a playlist item nor a video; it was skipped");
            }
        }
        // a page says whether more follow; a single item leaves the rest of its playlist unknown
        boolean morePages = root.hasNonNull("nextPageToken") || !kind.endsWith("ListResponse");
        Integer total = Nodes.integer(root, "/pageInfo/totalResults");
        byPlaylist.forEach((playlistId, entries) -> captures.add(new PlaylistCapture(playlistId, null, null, null,
                total, entries, morePages, SourceFormat.DATA_API, source.name())));
        return new SourceContent(captures, facts);
    }

    /** A {@code playlists.list} item: a playlist's title and owner, and no entries. */
    private static Optional<PlaylistCapture> playlist(JsonNode item, String origin) {
        String id = Nodes.string(item, "/id");
        if (!YouTubeLinks.isPlaylistId(id)) {
            return Optional.empty();
        }
        JsonNode snippet = item.path("snippet");
        return Optional.of(new PlaylistCapture(id, TextRepair.clean(Nodes.string(snippet, "/title")),
                TextRepair.clean(Nodes.string(snippet, "/channelTitle")), Nodes.string(snippet, "/channelId"),
                Nodes.integer(item, "/contentDetails/itemCount"), List.of(), false, SourceFormat.DATA_API, origin));
    }

    private static Optional<VideoEntry> playlistItem(JsonNode item, String where, ImportProblems problems) {
        JsonNode snippet = item.path("snippet");
        String videoId = first(Nodes.string(snippet, "/resourceId/videoId"), Nodes.string(item, "/contentDetails/videoId"));
        String playlistId = Nodes.string(snippet, "/playlistId");
        if (!YouTubeLinks.isVideoId(videoId) || playlistId == null) {
            problems.add(where, "a playlist item without a video id or playlist id was skipped");
            return Optional.empty();
        }
        String title = TextRepair.clean(Nodes.string(snippet, "/title"));
        if (title == null) {
            problems.add(where, "video " + videoId + " has no title; it was skipped");
            return Optional.empty();
        }
        Integer position = Nodes.integer(snippet, "/position");
        // snippet.channelTitle is the playlist's owner; the video's own channel is videoOwnerChannelTitle
        VideoEntry listed = VideoEntry.listed(videoId, position == null ? null : position + 1, title,
                TextRepair.clean(Nodes.string(snippet, "/videoOwnerChannelTitle")),
                Nodes.string(snippet, "/videoOwnerChannelId"), null, null, null, playlistId);
        Instant published = instant(Nodes.string(item, "/contentDetails/videoPublishedAt"));
        return Optional.of(new VideoEntry(listed.videoId(), listed.position(), listed.title(), listed.status(),
                listed.channel(), listed.channelId(), null, null, published, null, playlistId, null, null));
    }

    private static Optional<VideoFacts> video(JsonNode item, String where, String origin,
            ImportProblems problems) {
        String id = Nodes.string(item, "/id");
        if (!YouTubeLinks.isVideoId(id)) {
            problems.add(where, "a video without a valid id was skipped");
            return Optional.empty();
        }
        JsonNode statistics = item.path("statistics");
        String viewText = Nodes.string(statistics, "/viewCount");
        ViewCount views = viewText == null || !viewText.matches("\\d{1,18}") ? null
                : ViewCount.exact(Long.parseLong(viewText), viewText);
        String likeText = Nodes.string(statistics, "/likeCount");
        Long likes = likeText == null || !likeText.matches("\\d{1,18}") ? null : Long.parseLong(likeText);
        JsonNode snippet = item.path("snippet");
        return Optional.of(new VideoFacts(id, TextRepair.clean(Nodes.string(snippet, "/title")),
                TextRepair.clean(Nodes.string(snippet, "/channelTitle")), Nodes.string(snippet, "/channelId"),
                duration(Nodes.string(item, "/contentDetails/duration")), views, likes,
                instant(Nodes.string(snippet, "/publishedAt")), null, List.of(), null,
                Nodes.string(snippet, "/description"), origin));
    }

    /** ISO 8601 durations as the API writes them: PT21M7S, PT1H2M, P1DT2H. */
    static Integer duration(String text) {
        if (text == null) {
            return null;
        }
        try {
            long seconds = Duration.parse(text).getSeconds();
            return seconds >= 0 && seconds <= Integer.MAX_VALUE ? (int) seconds : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
