package dev.talkwatch.catalog;

import java.time.Instant;

/** A note on a video, in Markdown; {@code number} counts a video's notes from 1, in the order written. */
public record Note(int number, String text, Instant createdAt) {
}
