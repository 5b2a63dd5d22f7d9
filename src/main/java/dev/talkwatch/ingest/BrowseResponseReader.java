package dev.talkwatch.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a {@code youtubei/v1/browse} response: a playlist's first page (classic
 * {@code playlistVideoListRenderer} or 2026 lockups), a continuation page
 * ({@code appendContinuationItemsAction}), or a first page in {@code reloadContinuationItemsCommand}.
 */
final class BrowseResponseReader implements SourceReader {

    @Override
    public SourceContent read(Source source, ImportProblems problems) throws IOException {
        try (InputStream in = source.open(); JsonParser parser = JsonSources.MAPPER.createParser(in)) {
            return SourceContent.of(new InitialDataScanner(SourceFormat.YOUTUBE_BROWSE, source.name(), problems).scan(parser));
        } catch (JsonProcessingException e) {
            throw JsonSources.unreadable(source.name(), e);
        }
    }
}
