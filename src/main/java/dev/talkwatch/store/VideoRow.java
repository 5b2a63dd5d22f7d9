package dev.talkwatch.store;

import dev.talkwatch.catalog.VideoStatus;
import java.time.Instant;

/**
 * A video as one capture saw it, for {@link CatalogWriter#saveVideo}: its title (a placeholder such
 * as "[Private video]" when it could not be watched), its status and what the capture showed of it.
 * Fields other than {@code id}, {@code title} and {@code status} may be null.
 */
public record VideoRow(String id, String title, VideoStatus status, String channel, String channelId,
        Integer durationSeconds, Instant publishedAt) {
}
