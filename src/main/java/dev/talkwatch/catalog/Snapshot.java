package dev.talkwatch.catalog;

import java.time.Instant;

/** A video's view count as one source showed it at one moment. History is only ever appended. */
public record Snapshot(Instant capturedAt, ViewCount views, String source) {
}
