package dev.talkwatch.catalog;

import java.util.Optional;

/** A video with its newest view-count snapshot (null when no source gave a count). */
public record VideoState(Video video, Snapshot latest) {

    public Optional<ViewCount> views() {
        return Optional.ofNullable(latest).map(Snapshot::views);
    }
}
