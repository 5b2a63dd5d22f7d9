package dev.talkwatch.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
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
        String prefix = prefix(source);
        String start = prefix.stripLeading();
        if (start.isEmpty()) {
            throw new UnreadableSourceException(source.name(), "the file is empty");
        }
        char first = start.charAt(0);
        if (first == '{') {
            Set<String> keys = topLevelKeys(start);
            if (keys.stream().anyMatch(BROWSE_KEYS::contains)) {
                return SourceFormat.YOUTUBE_BROWSE;
            }
            throw unknown(source, "it is JSON, but not a YouTube response talkwatch knows");
        }
        String lower = start.toLowerCase(Locale.ROOT);
        if (first == '<' || lower.contains("<html") || prefix.contains("ytInitialData")) {
            return SourceFormat.YOUTUBE_PAGE;
        }
        if (SnippetReader.looksLikeSnippetOutput(prefix)) {
            return SourceFormat.SNIPPET;
        }
        throw unknown(source, "it is in no format talkwatch knows");
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

    // Keys seen at depth 1 before the prefix ends; a prefix cut mid-document is expected.
    private static Set<String> topLevelKeys(String json) {
        Set<String> keys = new HashSet<>();
        try (JsonParser parser = JSON.createParser(json)) {
            int depth = 0;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                switch (token) {
                    case START_OBJECT, START_ARRAY -> depth++;
                    case END_OBJECT, END_ARRAY -> depth--;
                    case FIELD_NAME -> {
                        if (depth == 1) {
                            keys.add(parser.currentName());
                        }
                    }
                    default -> { }
                }
                if (depth == 0) {
                    break;
                }
            }
        } catch (IOException endOfPrefix) {
            // the keys read so far are all the detector needs
        }
        return keys;
    }
}
