package dev.talkwatch.ingest;

import dev.talkwatch.catalog.ViewCount;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a source says about one video outside any playlist: a Data API {@code videos.list} item
 * (exact views, likes, duration, publish time) or a pyvideo.org talk (full title, speakers' full
 * names, recording date, description). Joined to playlist entries by video id. Every field but
 * {@code videoId} and {@code origin} may be null; {@code speakers} may be empty.
 */
public record VideoFacts(
        String videoId,
        String title,
        String channel,
        String channelId,
        Integer durationSeconds,
        ViewCount views,
        Long likes,
        Instant publishedAt,
        String fullTitle,
        List<String> speakers,
        LocalDate recordedOn,
        String description,
        String origin) {

    public VideoFacts {
        speakers = speakers == null ? List.of() : List.copyOf(speakers);
    }

    /** Whether these facts describe the talk: its full title, speakers, recording date or description. */
    public boolean hasDetails() {
        return fullTitle != null || !speakers.isEmpty() || recordedOn != null || description != null;
    }

    /** Whether these facts carry counts, which are snapshots in time rather than details of the talk. */
    public boolean hasCounts() {
        return views != null || likes != null;
    }
}
