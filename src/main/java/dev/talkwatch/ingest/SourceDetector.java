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

    private static final JsonFactory JSON = JsonSources.MAPPER.getFactory();

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
            return json(source, fields(source, start, false));
        }
        if (first == '[') {
            Map<String, String> firstItem = fields(source, start, true);
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
        return new UnreadableSourceException(source.name(), what + "; talkwatch reads " + SourceFormat.known()
                + " (talkwatch import --help says what each is)");
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
        int[] zeros = new int[2]; // at even and at odd offsets: text in UTF-16 has one of them at every other byte
        for (int i = 0; i < bytes.length; i++) {
            zeros[i & 1] += bytes[i] == 0 ? 1 : 0;
        }
        if (zeros[0] + zeros[1] > 0) {
            boolean wide = Math.max(zeros[0], zeros[1]) * 10L >= bytes.length * 4L;
            throw new UnreadableSourceException(source.name(), wide
                    ? "it looks like UTF-16 text without a byte-order mark; save it as UTF-8"
                    : "it is a binary file, not text");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * The fields of the top-level object (or of an array's first item) with the values that are
     * strings. They are read from the prefix when it holds them all; else, as when a huge string cuts
     * the prefix short, from the whole source, skipping what is not a field of that object.
     */
    private static Map<String, String> fields(Source source, String prefix, boolean firstItem) {
        Fields fromPrefix = new Fields();
        try (JsonParser parser = JSON.createParser(prefix)) {
            fromPrefix.read(parser, firstItem);
            return fromPrefix.values;
        } catch (IOException endOfPrefix) {
            if (decided(fromPrefix.values)) {
                return fromPrefix.values; // the rest is the reader's to read
            }
            // a prefix cut short before the fields that tell the format, or a problem the whole source shows with its place
        }
        Fields whole = new Fields();
        try (JsonParser parser = JSON.createParser(source.open())) {
            whole.read(parser, firstItem);
            return whole.values;
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            throw new UnreadableSourceException(source.name(), JsonSources.constraint(e), e);
        } catch (com.fasterxml.jackson.core.io.JsonEOFException e) {
            if (decided(whole.values)) {
                return whole.values; // the reader says where it is cut
            }
            throw new UnreadableSourceException(source.name(), "the JSON ends early, at byte "
                    + String.format(Locale.ROOT, "%,d", e.getLocation().getByteOffset())
                    + "; the file looks truncated, save or download it again", e);
        } catch (IOException e) {
            return whole.values; // malformed after the fields that tell the format: its reader says where
        }
    }

    /** Whether the fields read so far already name a format, so that a cut later on is the reader's to report. */
    private static boolean decided(Map<String, String> fields) {
        return fields.containsKey("log") || fields.containsKey("titleUrl") || fields.getOrDefault("kind", "").startsWith("youtube#")
                || fields.containsKey("_type") || fields.containsKey("ie_key") || fields.containsKey("extractor_key")
                || fields.containsKey("playlist_count") || fields.keySet().stream().anyMatch(BROWSE_KEYS::contains);
    }

    /** The fields of one object read from a parser, skipping every value that is not a string. */
    private static final class Fields {
        final Map<String, String> values = new HashMap<>();

        void read(JsonParser parser, boolean firstItem) throws IOException {
            JsonToken token = parser.nextToken();
            if (firstItem) {
                if (token != JsonToken.START_ARRAY) {
                    return;
                }
                token = parser.nextToken();
            }
            if (token != JsonToken.START_OBJECT) {
                return;
            }
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                values.put(field, "");
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_STRING && (field.equals("kind") || field.equals("header"))) {
                    values.put(field, parser.getText());
                } else {
                    parser.skipChildren(); // a string's text is never decoded unless asked for
                }
            }
        }
    }
}
