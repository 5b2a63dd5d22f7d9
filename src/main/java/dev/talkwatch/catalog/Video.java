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

    /** The duration as a clock shows it, "1:02:03" or "45:10"; "" when unknown. */
    public String lengthText() {
        if (durationSeconds == null) {
            return "";
        }
        int hours = durationSeconds / 3600;
        int minutes = durationSeconds % 3600 / 60;
        return hours > 0 ? String.format("%d:%02d:%02d", hours, minutes, durationSeconds % 60)
                : String.format("%d:%02d", minutes, durationSeconds % 60);
    }

    /**
     * What a table with track and speaker columns shows as the title: the talk's title ("…" where
     * YouTube cut it short), else YouTube's whole title, so that a title the parser could not split
     * ("Tournament Grid - Super Smash Bros. Brawl") is never shown as nothing.
     */
    public String shownTitle() {
        return talk.title() == null ? title : talk.truncated() ? talk.title() + "…" : talk.title();
    }

    /** A video known only by its title, as in tests and single-source listings. */
    public static Video of(String id, String title, String channel, Integer durationSeconds, Talk talk) {
        return new Video(id, title, VideoStatus.AVAILABLE, channel, durationSeconds, null, null, null, talk);
    }
}
