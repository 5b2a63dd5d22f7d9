package dev.talkwatch.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The formats talkwatch imports, each with the reader that understands it. */
public enum SourceFormat {
    YOUTUBE_PAGE("page", "a YouTube playlist page saved from the browser (HTML holding ytInitialData)"),
    YOUTUBE_BROWSE("browse", "a youtubei/v1/browse JSON response (a playlist's first page or a continuation page)"),
    SNIPPET("snippet", "the output of the recap post's JavaScript snippet (\"[title](url)\",views per line)");

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
            case YOUTUBE_BROWSE -> new BrowseResponseReader();
            case SNIPPET -> new SnippetReader();
        };
    }

    public static Optional<SourceFormat> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id.toLowerCase(Locale.ROOT))).findFirst();
    }

    /** "page (a YouTube playlist page ...), browse (...), snippet (...)", for error messages. */
    public static String known() {
        return Arrays.stream(values()).map(f -> f.id + " (" + f.description + ")").collect(Collectors.joining("; "));
    }
}
