package dev.talkwatch.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.talkwatch.catalog.YouTubeLinks;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads Google Takeout's YouTube watch history ({@code watch-history.json}): an array of
 * {@code {"title": "Watched ...", "titleUrl": "https://www.youtube.com/watch?v=...", "time": ...}}
 * entries, newest first, streamed one at a time since years of history make a large file. Each
 * viewing's day is taken in {@code zone}. Ads, posts and removed videos (no watch link) are passed over.
 */
final class TakeoutReader implements SourceReader {

    private final ZoneId zone;

    TakeoutReader() {
        this(ZoneId.systemDefault());
    }

    TakeoutReader(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public SourceContent read(Source source, ImportProblems problems) throws IOException {
        List<Viewing> viewings = new ArrayList<>();
        try (InputStream in = source.open(); JsonParser parser = JsonSources.MAPPER.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new UnreadableSourceException(source.name(), "a watch history is a JSON array of viewings");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                viewing(parser.readValueAsTree()).ifPresent(viewings::add);
            }
        } catch (JsonProcessingException e) {
            throw JsonSources.unreadable(source.name(), e);
        }
        if (viewings.isEmpty()) {
            throw new UnreadableSourceException(source.name(), "it holds no watched YouTube videos");
        }
        return new SourceContent(List.of(), List.of(), List.of(), viewings);
    }

    private Optional<Viewing> viewing(JsonNode entry) {
        if (entry.has("details")) {
            return Optional.empty(); // "From Google Ads"
        }
        String url = Nodes.string(entry, "/titleUrl");
        String time = Nodes.string(entry, "/time");
        Optional<String> id = url == null ? Optional.empty() : YouTubeLinks.videoIdOf(url);
        if (id.isEmpty() || time == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Viewing(id.get(), LocalDate.ofInstant(Instant.parse(time), zone)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
