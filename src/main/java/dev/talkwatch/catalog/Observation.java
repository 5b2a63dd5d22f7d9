package dev.talkwatch.catalog;

import java.time.Instant;

/**
 * What one capture saw of one video: when, its status then, its view count (null if the
 * source gave none) and its age as the page wrote it (null if it gave none).
 */
public record Observation(Instant capturedAt, VideoStatus status, ViewCount views, Age age) {
}
