package dev.talkwatch.catalog;

import java.time.Instant;

/**
 * A video's counts as one source showed them at one moment; {@code likes} may be null. History is
 * only ever appended.
 */
public record Snapshot(Instant capturedAt, ViewCount views, Long likes, String source) {
}
