package dev.talkwatch.store;

import dev.talkwatch.catalog.VideoStatus;
import dev.talkwatch.catalog.ViewCount;
import java.time.Instant;

/** One snapshot of a video as a capture saw it: when, its title and status, its counts, and the source. */
public record HistoryRow(Instant capturedAt, String title, VideoStatus status, ViewCount views, Long likes, String source) {
}
