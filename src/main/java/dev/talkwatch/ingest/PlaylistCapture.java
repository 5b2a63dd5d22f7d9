package dev.talkwatch.ingest;

import java.time.Instant;
import java.util.List;

/**
 * What one source holds of one playlist: its metadata, where known, and its entries in source
 * order. {@code continues} is true when the source says more videos follow that it does not hold
 * (a first page without its continuation pages). {@code reportedVideoCount} is the playlist's size
 * as the page states it ("150 videos"), or null. {@code capturedAt} is when the source says it was
 * captured (a post's date), or null. An {@code excerpt} lists only some of the playlist by nature
 * (a recap post), so missing positions are no problem. {@code language} is the interface language
 * the source was written in ("de", "en-GB"), where it says, else null.
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
        String sourceName,
        Instant capturedAt,
        boolean excerpt,
        String language) {

    public PlaylistCapture {
        entries = List.copyOf(entries);
    }

    public PlaylistCapture(String playlistId, String title, String channel, String channelId, Integer reportedVideoCount,
            List<VideoEntry> entries, boolean continues, SourceFormat format, String sourceName) {
        this(playlistId, title, channel, channelId, reportedVideoCount, entries, continues, format, sourceName, null, false,
                null);
    }

    /** The same capture, written in {@code tag} (null: it does not say). */
    PlaylistCapture inLanguage(String tag) {
        return new PlaylistCapture(playlistId, title, channel, channelId, reportedVideoCount, entries, continues, format,
                sourceName, capturedAt, excerpt, tag);
    }

    /** The same capture with these entries. */
    PlaylistCapture withEntries(List<VideoEntry> replaced) {
        return new PlaylistCapture(playlistId, title, channel, channelId, reportedVideoCount, replaced, continues, format,
                sourceName, capturedAt, excerpt, language);
    }
}
