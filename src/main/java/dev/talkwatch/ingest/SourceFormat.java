package dev.talkwatch.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats talkwatch imports, each with the reader that understands it. */
public enum SourceFormat {
    YOUTUBE_PAGE("page", "a YouTube playlist page saved from the browser (HTML holding ytInitialData)"),
    RENDERED_PAGE("rendered", "a playlist page saved as \"Web page, complete\" after scrolling (its rendered videos)"),
    YOUTUBE_BROWSE("browse", "a youtubei/v1/browse JSON response (a playlist's first page or a continuation page)"),
    HAR("har", "a HAR file of the browser session (the playlist page and its browse responses)"),
    SNIPPET("snippet", "the output of the recap post's JavaScript snippet (\"[title](url)\",views per line)"),
    YTDLP("yt-dlp", "yt-dlp's JSON for a playlist (yt-dlp -J --flat-playlist, or the JSON lines of -j)"),
    DATA_API("data-api", "YouTube Data API v3 responses (playlistItems.list and videos.list pages)"),
    PYVIDEO("pyvideo", "a pyvideo.org event folder (category.json and videos/*.json)"),
    POST("post", "a recap post in Markdown (front matter, notes, enqueued talks, popular talks)"),
    TAKEOUT("takeout", "Google Takeout's YouTube watch history (watch-history.json)");

    private final String id;
    private final String description;

    SourceFormat(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The short name used by {@code --format} and stored with each capture. */
    public String id() {
        return id;
    }

    public String description() {
        return description;
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

    /** "page (a YouTube playlist page ...); browse (...); ...", for error messages. */
    public static String known() {
        return Arrays.stream(values()).map(f -> f.id + " (" + f.description + ")").collect(Collectors.joining("; "));
    }
}
