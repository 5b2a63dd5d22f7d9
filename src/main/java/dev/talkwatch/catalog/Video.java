package dev.talkwatch.catalog;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One YouTube video: the newest title YouTube showed for it while it could be watched, whether it
 * still can, the talk read from its title (and completed by other sources such as pyvideo), and
 * what the sources said about it. Every field but {@code id}, {@code title}, {@code status} and
 * {@code talk} may be null.
 */
public record Video(
        String id,
        String title,
        VideoStatus status,
        String channel,
        Integer durationSeconds,
        Instant publishedAt,
        LocalDate recordedOn,
        String description,
        Talk talk) {

    /** A video known only by its title, as in tests and single-source listings. */
    public static Video of(String id, String title, String channel, Integer durationSeconds, Talk talk) {
        return new Video(id, title, VideoStatus.AVAILABLE, channel, durationSeconds, null, null, null, talk);
    }
}
