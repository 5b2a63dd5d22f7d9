package dev.talkwatch.ingest;

import dev.talkwatch.catalog.ViewCount;

/**
 * One video as a source listed it. {@code position} is 1-based; {@code playlistId} is the list the
 * entry's own link names (null if it names none). Every field but {@code videoId} and
 * {@code title} may be null.
 */
public record VideoEntry(
        String videoId,
        Integer position,
        String title,
        String channel,
        String channelId,
        Integer durationSeconds,
        ViewCount views,
        String link,
        String playlistId) {
}
