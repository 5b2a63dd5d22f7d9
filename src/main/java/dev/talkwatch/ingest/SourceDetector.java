package dev.talkwatch.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a source's format from the first bytes of its content, never from its name. Throws
 * {@link UnreadableSourceException} naming the formats talkwatch knows when none fits.
 */
public final class SourceDetector {

    static final int PREFIX_BYTES = 64 * 1024;

    // Top-level keys of a youtubei/v1/browse response (the NewPipe 2026 flow asks for only some).
    private static final Set<String> BROWSE_KEYS = Set.of(
            "responseContext", "onResponseReceivedActions", "contents", "microformat", "sidebar");

    private static final JsonFactory JSON = new JsonFactory();

    public SourceFormat detect(Source source) {
        if (source.folder() != null) {
            if (java.nio.file.Files.isDirectory(source.folder().resolve("videos"))
                    || java.nio.file.Files.isRegularFile(source.folder().resolve("category.json"))) {
                return SourceFormat.PYVIDEO;
            }
            throw new UnreadableSourceException(source.name(),
                    "it is a folder; the only folders talkwatch imports are pyvideo events (category.json and videos/)");
        }
        String prefix = prefix(source);
        String start = prefix.stripLeading();
        if (start.isEmpty()) {
            throw new UnreadableSourceException(source.name(), "the file is empty");
        }
        char first = start.charAt(0);
        if (first == '{') {
            return json(source, topLevelFields(start));
        }
        if (first == '[') {
            Map<String, String> firstItem = topLevelFields(start.substring(1).stripLeading());
            if (firstItem.containsKey("titleUrl") || firstItem.containsKey("header") && firstItem.containsKey("time")) {
                return SourceFormat.TAKEOUT;
            }
            throw unknown(source, "it is a JSON array, but not a watch history talkwatch knows");
        }
        String lower = start.toLowerCase(Locale.ROOT);
        if (first == '<' || lower.contains("<html") || prefix.contains("ytInitialData")) {
            return containsRenderedVideos(source) ? SourceFormat.RENDERED_PAGE : SourceFormat.YOUTUBE_PAGE;
        }
        if (PostReader.looksLikePost(prefix)) {
            return SourceFormat.POST;
        }
        if (SnippetReader.looksLikeSnippetOutput(prefix)) {
            return SourceFormat.SNIPPET;
        }
        throw unknown(source, "it is in no format talkwatch knows");
    }

    private static SourceFormat json(Source source, Map<String, String> fields) {
        Set<String> keys = fields.keySet();
        if (keys.contains("log")) {
            return SourceFormat.HAR;
        }
        if (fields.getOrDefault("kind", "").startsWith("youtube#")) {
            return SourceFormat.DATA_API;
        }
        if (keys.contains("_type") || keys.contains("ie_key") || keys.contains("extractor_key")
                || keys.contains("playlist_count") || keys.contains("webpage_url") && keys.contains("entries")) {
            return SourceFormat.YTDLP;
        }
        if (keys.stream().anyMatch(BROWSE_KEYS::contains)) {
            return SourceFormat.YOUTUBE_BROWSE;
        }
        throw unknown(source, "it is JSON, but not a YouTube response talkwatch knows");
    }

    // The rendered elements sit deep in a "Web page, complete" save, after megabytes of styles and scripts.
    private static boolean containsRenderedVideos(Source source) {
        char[] marker = "<ytd-playlist-video-renderer".toCharArray();
        char[] lockup = "<yt-lockup-view-model".toCharArray();
        try (java.io.Reader page = new java.io.BufferedReader(
                new java.io.InputStreamReader(source.open(), java.nio.charset.StandardCharsets.UTF_8), 1 << 16)) {
            int matched = 0;
            int matchedLockup = 0;
            int c;
            while ((c = page.read()) >= 0) {
                matched = c == marker[matched] ? matched + 1 : (c == marker[0] ? 1 : 0);
                matchedLockup = c == lockup[matchedLockup] ? matchedLockup + 1 : (c == lockup[0] ? 1 : 0);
                if (matched == marker.length || matchedLockup == lockup.length) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UnreadableSourceException(source.name(), e.getMessage(), e);
        }
    }

    private static UnreadableSourceException unknown(Source source, String what) {
        return new UnreadableSourceException(source.name(), what + "; talkwatch reads: " + SourceFormat.known());
    }

    private static String prefix(Source source) {
        byte[] bytes;
        try (InputStream in = source.open()) {
            bytes = in.readNBytes(PREFIX_BYTES);
        } catch (IOException e) {
            throw new UnreadableSourceException(source.name(), e.getMessage(), e);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
            throw new UnreadableSourceException(source.name(), "it is gzip-compressed; unpack it first (gunzip)");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new UnreadableSourceException(source.name(), "it is a binary file, not text");
            }
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    // Fields seen at depth 1 before the prefix ends, each with its value when that is a string.
    private static Map<String, String> topLevelFields(String json) {
        Map<String, String> fields = new HashMap<>();
        try (JsonParser parser = JSON.createParser(json)) {
            int depth = 0;
            String field = null;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                switch (token) {
                    case START_OBJECT, START_ARRAY -> depth++;
                    case END_OBJECT, END_ARRAY -> depth--;
                    case FIELD_NAME -> {
                        if (depth == 1) {
                            field = parser.currentName();
                            fields.put(field, "");
                        }
                    }
                    case VALUE_STRING -> {
                        if (depth == 1 && field != null) {
                            fields.put(field, parser.getText());
                        }
                    }
                    default -> { }
                }
                if (depth == 0) {
                    break;
                }
            }
        } catch (IOException endOfPrefix) {
            // the fields read so far are all the detector needs
        }
        return fields;
    }
}
