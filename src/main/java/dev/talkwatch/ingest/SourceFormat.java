package dev.talkwatch.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The formats talkwatch imports, each with the reader that understands it. */
public enum SourceFormat {
    /** A YouTube playlist page saved from the browser (HTML holding ytInitialData). */
    YOUTUBE_PAGE("page"),
    /** A playlist page saved as "Web page, complete" after scrolling (its rendered videos). */
    RENDERED_PAGE("rendered"),
    /** A youtubei/v1/browse JSON response (a playlist's first page or a continuation page). */
    YOUTUBE_BROWSE("browse"),
    /** A HAR file of the browser session (the playlist page and its browse responses). */
    HAR("har"),
    /** The output of the recap post's JavaScript snippet ("[title](url)",views per line). */
    SNIPPET("snippet"),
    /** yt-dlp's JSON for a playlist (yt-dlp -J --flat-playlist, or the JSON lines of -j). */
    YTDLP("yt-dlp"),
    /** YouTube Data API v3 responses (playlistItems.list and videos.list pages). */
    DATA_API("data-api"),
    /** A pyvideo.org event folder (category.json and videos/*.json). */
    PYVIDEO("pyvideo"),
    /** A recap post in Markdown (front matter, notes, enqueued talks, popular talks). */
    POST("post"),
    /** Google Takeout's YouTube watch history (watch-history.json). */
    TAKEOUT("takeout");

    private final String id;

    SourceFormat(String id) {
        this.id = id;
    }

    /** The short name used by {@code --format} and stored with each capture. */
    public String id() {
        return id;
    }

    public SourceReader reader() {
        return switch (this) {
            case YOUTUBE_PAGE -> new YouTubePageReader();
            case RENDERED_PAGE -> new RenderedPageReader();
            case YOUTUBE_BROWSE -> new BrowseResponseReader();
            case HAR -> new HarReader();
            case SNIPPET -> new SnippetReader();
            case YTDLP -> new YtDlpReader();
            case DATA_API -> new DataApiReader();
            case PYVIDEO -> new PyvideoReader();
            case POST -> new PostReader();
            case TAKEOUT -> new TakeoutReader();
        };
    }

    public static Optional<SourceFormat> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id.toLowerCase(Locale.ROOT))).findFirst();
    }

    /** "page, rendered, ... or takeout": the names {@code --format} takes, for error messages. */
    public static String known() {
        List<String> ids = Arrays.stream(values()).map(SourceFormat::id).toList();
        return String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.getLast();
    }
}
