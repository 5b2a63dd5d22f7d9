package dev.talkwatch.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads a YouTube playlist page saved from the browser. The page carries the playlist as a script
 * assignment ({@code var ytInitialData = {...};} or {@code window["ytInitialData"] = {...};},
 * sometimes as an escaped string literal); the JSON value after it is decoded with a streaming
 * parser that stops where the value ends.
 */
final class YouTubePageReader implements SourceReader {

    private static final String MARKER = "ytInitialData";
    private static final int CONSENT_SCAN_CHARS = 4 * 1024 * 1024;

    @Override
    public SourceContent read(Source source, ImportProblems problems) throws IOException {
        try (PushbackReader page = new PushbackReader(
                new BufferedReader(new InputStreamReader(source.open(), StandardCharsets.UTF_8), 1 << 16), 1)) {
            int first = seekValue(page);
            if (first < 0) {
                throw new UnreadableSourceException(source.name(), whyNoData(source));
            }
            InitialDataScanner scanner = new InitialDataScanner(SourceFormat.YOUTUBE_PAGE, source.name(), problems);
            if (first == '{') {
                page.unread(first);
                try (JsonParser parser = JsonSources.MAPPER.createParser(page)) {
                    return SourceContent.of(scanner.scan(parser));
                }
            }
            String json = JsStrings.readLiteral(page, (char) first, source.name());
            try (JsonParser parser = JsonSources.MAPPER.createParser(json)) {
                return SourceContent.of(scanner.scan(parser));
            }
        } catch (JsonProcessingException e) {
            throw JsonSources.unreadable(source.name(), e);
        }
    }

    /**
     * Advances past an assignment to ytInitialData and returns the first character of the value
     * ('{' or a quote), or -1 when the page has no such assignment.
     */
    private static int seekValue(Reader page) throws IOException {
        int matched = 0;
        int c;
        while ((c = page.read()) >= 0) {
            if (c == MARKER.charAt(matched)) {
                matched++;
                if (matched == MARKER.length()) {
                    int value = afterMarker(page);
                    if (value >= 0) {
                        return value;
                    }
                    matched = 0;
                }
            } else {
                matched = c == MARKER.charAt(0) ? 1 : 0;
            }
        }
        return -1;
    }

    // After the name: an optional closing "] or '], then "=", then the value, possibly in JSON.parse(...).
    private static int afterMarker(Reader page) throws IOException {
        int c = skipSpaces(page, page.read());
        if (c == '"' || c == '\'') {
            c = page.read();
            if (c != ']') {
                return -1;
            }
            c = skipSpaces(page, page.read());
        }
        if (c != '=') {
            return -1;
        }
        c = skipSpaces(page, page.read());
        if (c == 'J') {
            for (char expected : "SON.parse(".toCharArray()) {
                if (page.read() != expected) {
                    return -1;
                }
            }
            c = skipSpaces(page, page.read());
        }
        return c == '{' || c == '\'' || c == '"' ? c : -1;
    }

    private static int skipSpaces(Reader page, int c) throws IOException {
        while (c >= 0 && Character.isWhitespace(c)) {
            c = page.read();
        }
        return c;
    }

    private static String whyNoData(Source source) {
        String text;
        try (Reader page = new InputStreamReader(source.open(), StandardCharsets.UTF_8)) {
            char[] buffer = new char[CONSENT_SCAN_CHARS];
            int length = page.read(buffer);
            text = length <= 0 ? "" : new String(buffer, 0, length).toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            text = "";
        }
        if (text.contains("consent.youtube.com") || text.contains("before you continue to youtube")) {
            return "this is YouTube's cookie consent page, not the playlist; accept or reject cookies in the"
                    + " browser, then save the playlist page again";
        }
        if (text.contains("confirm you") && text.contains("not a bot") || text.contains("unusual traffic")) {
            return "YouTube answered with a bot check instead of the playlist; open the playlist in a browser"
                    + " and save the page from there";
        }
        return "no ytInitialData found; is this a YouTube playlist page saved with Ctrl+S?";
    }
}
