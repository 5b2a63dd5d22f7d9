package dev.talkwatch.catalog;

import java.time.Instant;
import java.util.List;

/**
 * A playlist's entries as one capture saw them, in position order; {@code complete} says the capture
 * held the whole playlist (so a video missing from it was not in the playlist).
 */
public record PlaylistListing(Instant capturedAt, boolean complete, List<Entry> entries) {

    public PlaylistListing {
        entries = List.copyOf(entries);
    }

    /** One position: the video there, its title and status as the capture saw them. */
    public record Entry(int position, String videoId, String title, VideoStatus status) {
    }
}
