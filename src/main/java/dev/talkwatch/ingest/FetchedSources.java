package dev.talkwatch.ingest;

import java.time.Instant;
import java.util.List;

/**
 * The responses one live fetch of a playlist brought back, all of {@code format}, observed at
 * {@code fetchedAt}; each response's {@link Source#modifiedAt} must be {@code fetchedAt}, which
 * becomes the capture time.
 */
public record FetchedSources(List<Source> responses, SourceFormat format, Instant fetchedAt) {

    public FetchedSources {
        responses = List.copyOf(responses);
    }
}
