package dev.talkwatch.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.talkwatch.catalog.ViewCount;
import dev.talkwatch.catalog.YouTubeLinks;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what yt-dlp prints for a playlist: the single JSON document of {@code yt-dlp -J
 * --flat-playlist URL} (the playlist with its {@code entries}), or the JSON lines of {@code yt-dlp -j
 * --flat-playlist URL} (one entry per line, with {@code playlist_id} and {@code playlist_index}).
 * Both are streamed, one entry at a time. A flat listing's {@code view_count} is YouTube's
 * abbreviation parsed back ("51K views" gives 51000), so it is stored as rounded.
 */
final class YtDlpReader implements SourceReader {

    @Override
    public SourceContent read(Source source, ImportProblems problems) throws IOException {
        try (InputStream in = source.open(); JsonParser parser = JsonSources.MAPPER.createParser(in)) {
            PlaylistFields playlist = new PlaylistFields();
            List<VideoEntry> entries = new ArrayList<>();
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token != JsonToken.START_OBJECT) {
                    throw new UnreadableSourceException(source.name(), "expected yt-dlp's JSON objects, found " + token);
                }
                readObject(parser, playlist, entries, problems);
            }
            String playlistId = playlist.id != null ? playlist.id : VideoEntry.mostCommonPlaylist(entries);
            if (playlistId == null) {
                throw new UnreadableSourceException(source.name(),
                        "it names no playlist; run yt-dlp on a playlist URL (yt-dlp -J --flat-playlist URL)");
            }
            return SourceContent.of(new PlaylistCapture(playlistId, playlist.title, playlist.channel,
                    playlist.channelId, playlist.count, entries, false, SourceFormat.YTDLP, source.name()));
        } catch (JsonProcessingException e) {
            throw JsonSources.unreadable(source.name(), e);
        }
    }

    private static final class PlaylistFields {
        String id;
        String title;
        String channel;
        String channelId;
        Integer count;
    }

    /** One top-level object: a whole playlist (-J) or a single entry (-j). */
    private static void readObject(JsonParser parser, PlaylistFields playlist, List<VideoEntry> entries,
            ImportProblems problems) throws IOException {
        Map<String, JsonNode> fields = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("entries") && value == JsonToken.START_ARRAY) {
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    entry(parser.readValueAsTree(), entries.size() + 1, entries, problems);
                }
            } else if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                parser.skipChildren(); // thumbnails, formats, _version: nothing talkwatch keeps
            } else {
                fields.put(name, parser.readValueAsTree());
            }
        }
        JsonNode object = JsonSources.MAPPER.valueToTree(fields);
        if ("playlist".equals(Nodes.string(object, "/_type"))) {
            playlist.id = Nodes.string(object, "/id");
            playlist.title = TextRepair.clean(Nodes.string(object, "/title"));
            playlist.channel = TextRepair.clean(first(Nodes.string(object, "/channel"), Nodes.string(object, "/uploader")));
            playlist.channelId = first(Nodes.string(object, "/channel_id"), Nodes.string(object, "/uploader_id"));
            playlist.count = Nodes.integer(object, "/playlist_count");
        } else {
            Integer index = Nodes.integer(object, "/playlist_index");
            entry(object, index != null ? index : entries.size() + 1, entries, problems);
            if (playlist.title == null) {
                playlist.title = TextRepair.clean(Nodes.string(object, "/playlist_title"));
                playlist.count = Nodes.integer(object, "/playlist_count");
            }
        }
    }

    private static void entry(JsonNode e, int position, List<VideoEntry> entries, ImportProblems problems) {
        String where = "entry " + position;
        String id = Nodes.string(e, "/id");
        if (!YouTubeLinks.isVideoId(id)) {
            problems.add(where, "an entry without a valid video id was skipped");
            return;
        }
        String title = TextRepair.clean(Nodes.string(e, "/title"));
        if (title == null) {
            problems.add(where, "video " + id + " has no title; it was skipped");
            return;
        }
        JsonNode viewCount = e.path("view_count");
        // a count below zero or past a long is no count (found by the fuzz tests: -1 threw out of the reader)
        ViewCount views = viewCount.isIntegralNumber() && viewCount.canConvertToLong() && viewCount.asLong() >= 0
                ? flatCount(viewCount.asLong()) : null;
        String channel = TextRepair.clean(first(Nodes.string(e, "/channel"), Nodes.string(e, "/uploader")));
        String list = Nodes.string(e, "/playlist_id");
        // yt-dlp's url names no playlist position; the post links the canonical watch URL instead
        entries.add(VideoEntry.listed(id, position, title, channel, Nodes.string(e, "/channel_id"),
                Durations.positive(Nodes.integer(e, "/duration")), views, null, list));
    }

    /**
     * yt-dlp's flat count is YouTube's abbreviation parsed back: 3,600 from "3.6K views" stands for
     * 3,600 to 3,699. A count that is no such abbreviation (3,674) came exact from elsewhere.
     */
    static ViewCount flatCount(long count) {
        ViewCount shown = ViewCount.parse(ViewCount.exact(count, "").abbreviated()).orElseThrow();
        String text = Long.toString(count);
        return shown.value() == count && !shown.exact() ? new ViewCount(count, text, shown.unit()) : ViewCount.exact(count, text);
    }


    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
