package dev.talkwatch.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * What a live client needs to know of one {@code youtubei/v1/browse} response to go on: the
 * playlist it is about, how many videos it holds, the token of the next page, and the error alerts
 * YouTube put in it. The import reads the same bytes again with the browse reader.
 *
 * @param playlistId null when the response is only an error ("The playlist does not exist.")
 * @param reportedVideoCount the playlist's size as the page states it, or null
 */
public record BrowsePage(String playlistId, String title, Integer reportedVideoCount, int videos,
        Optional<String> nextToken, List<String> errors) {

    public BrowsePage {
        errors = List.copyOf(errors);
    }

    /** Reads {@code body}, named {@code name} in messages; throws {@link UnreadableSourceException} if it is no browse response. */
    public static BrowsePage read(String name, byte[] body) {
        InitialDataScanner scanner = new InitialDataScanner(SourceFormat.YOUTUBE_BROWSE, name, new ImportProblems(name));
        try (JsonParser parser = JsonSources.MAPPER.createParser(body)) {
            scanner.walk(parser);
        } catch (JsonProcessingException e) {
            throw JsonSources.unreadable(name, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading from memory
        }
        PlaylistCapture capture;
        try {
            capture = scanner.capture();
        } catch (UnreadableSourceException e) {
            // no playlist in it: only an alert, or an empty page
            return new BrowsePage(null, null, null, 0, Optional.empty(), scanner.errors());
        }
        if (!scanner.errors().isEmpty() && capture.entries().isEmpty()) {
            return new BrowsePage(null, null, null, 0, Optional.empty(), scanner.errors());
        }
        return new BrowsePage(capture.playlistId(), capture.title(), capture.reportedVideoCount(),
                capture.entries().size(), scanner.nextToken(), scanner.errors());
    }

    /** Whether the response holds nothing of a playlist: no metadata, no videos. */
    public boolean isEmpty() {
        return playlistId == null;
    }
}
