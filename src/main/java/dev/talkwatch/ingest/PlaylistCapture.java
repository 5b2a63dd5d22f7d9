package dev.talkwatch.ingest;

import java.util.List;

/**
 * What one source holds of one playlist: its metadata, where known, and its entries in source
 * order. {@code continues} is true when the source says more videos follow that it does not hold
 * (a first page without its continuation pages). {@code reportedVideoCount} is the playlist's size
 * as the page states it ("150 videos"), or null.
 */
public record PlaylistCapture(
        String playlistId,
        String title,
        String channel,
        String channelId,
        Integer reportedVideoCount,
        List<VideoEntry> entries,
        boolean continues,
        SourceFormat format,
        String sourceName) {

    public PlaylistCapture {
        entries = List.copyOf(entries);
    }
}
