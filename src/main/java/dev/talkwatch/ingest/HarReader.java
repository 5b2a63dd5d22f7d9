package dev.talkwatch.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Reads a HAR file (the browser's "Save all as HAR with content"): the playlist page and every
 * {@code youtubei/v1/browse} response in it, in order, each read as a saved page or a browse
 * response would be. This is how a whole long playlist is captured offline: open it, scroll to
 * the end, save the HAR. The file is streamed entry by entry; only the bodies of the requests that
 * matter are ever held, so a HAR of hundreds of megabytes needs little memory.
 */
final class HarReader implements SourceReader {

    @Override
    public SourceContent read(Source source, ImportProblems problems) throws IOException {
        List<PlaylistCapture> captures = new ArrayList<>();
        int[] counts = new int[2]; // entries seen, YouTube bodies found
        try (InputStream in = source.open(); JsonParser parser = JsonSources.MAPPER.createParser(in)) {
            if (!seekEntries(parser)) {
                throw new UnreadableSourceException(source.name(), "it is no HAR file: it has no log.entries");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                counts[0]++;
                entry(parser, source, counts, captures, problems);
            }
        } catch (JsonProcessingException e) {
            throw JsonSources.unreadable(source.name(), e);
        }
        if (captures.isEmpty()) {
            throw new UnreadableSourceException(source.name(), counts[1] == 0
                    ? "none of its " + counts[0] + " requests is a YouTube playlist page or browse response with"
                            + " its content; open the playlist, scroll to its end, then save all as HAR with content"
                    : "its YouTube responses hold no playlist");
        }
        return new SourceContent(captures, List.of());
    }

    /** Moves the parser into the {@code log.entries} array; false when the document has none. */
    private static boolean seekEntries(JsonParser parser) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return false;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (name.equals("log") && parser.currentToken() == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    if (parser.nextToken() == JsonToken.START_ARRAY && field.equals("entries")) {
                        return true;
                    }
                    parser.skipChildren();
                }
                return false;
            }
            parser.skipChildren();
        }
        return false;
    }

    private static void entry(JsonParser parser, Source source, int[] counts, List<PlaylistCapture> captures,
            ImportProblems problems) throws IOException {
        String url = null;
        JsonNode content = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (name.equals("request")) {
                JsonNode request = parser.readValueAsTree();
                url = Nodes.string(request, "/url");
            } else if (name.equals("response") && (url == null || wanted(url))) {
                content = responseContent(parser);
            } else {
                parser.skipChildren(); // timings, cache, bodies of every other request
            }
        }
        if (url == null || !wanted(url) || content == null) {
            return;
        }
        String body = body(content);
        if (body == null) {
            return;
        }
        counts[1]++;
        String where = "request " + counts[0] + " (" + shortUrl(url) + ")";
        boolean page = url.contains("/playlist?");
        Source part = Source.bytes(source.name() + ", " + where, body.getBytes(StandardCharsets.UTF_8), source.modifiedAt());
        SourceReader reader = page ? new YouTubePageReader() : new BrowseResponseReader();
        ImportProblems partProblems = new ImportProblems(part.name());
        try {
            captures.addAll(reader.read(part, partProblems).captures());
            partProblems.list().forEach(p -> problems.add(where + (p.where().isEmpty() ? "" : ", " + p.where()), p.message()));
        } catch (UnreadableSourceException e) {
            // a browse response of the home page or a channel is no playlist: not a problem of this HAR
            if (page) {
                problems.add(where, e.getMessage());
            }
        }
    }

    /** The response's {@code content} object, its text kept only for HTML or JSON bodies. */
    private static JsonNode responseContent(JsonParser parser) throws IOException {
        JsonNode content = null;
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return null;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (name.equals("content")) {
                content = parser.readValueAsTree();
            } else {
                parser.skipChildren();
            }
        }
        return content;
    }

    private static boolean wanted(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.contains("youtube.com/youtubei/v1/browse") || lower.matches("https?://(www\\.|m\\.)?youtube\\.com/playlist\\?.*");
    }

    private static String body(JsonNode content) {
        String text = Nodes.string(content, "/text");
        if (text == null) {
            return null;
        }
        if ("base64".equalsIgnoreCase(Nodes.string(content, "/encoding"))) {
            try {
                return new String(Base64.getMimeDecoder().decode(text), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return text;
    }

    private static String shortUrl(String url) {
        String path = url.replaceFirst("^https?://[^/]+", "");
        return path.length() > 60 ? path.substring(0, 60) + "..." : path;
    }
}
