package dev.talkwatch.ingest;

import java.time.Instant;
import java.util.Optional;

/**
 * How to import: {@code format} overrides detection; {@code capturedAt} overrides the capture
 * time, which otherwise is when the newest source file was saved.
 */
public record ImportOptions(Optional<SourceFormat> format, Optional<Instant> capturedAt) {

    public static ImportOptions defaults() {
        return new ImportOptions(Optional.empty(), Optional.empty());
    }
}
