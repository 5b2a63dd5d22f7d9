package dev.talkwatch.catalog;

import java.util.Optional;

/**
 * A video at its position in a playlist, with its newest view-count snapshot (null when no source
 * ever gave a count). {@code link} is the watch link as the source wrote it, or null.
 */
public record PlaylistItem(String playlistId, int position, Video video, String link, Snapshot latest) {

    public Optional<Snapshot> latestSnapshot() {
        return Optional.ofNullable(latest);
    }

    public Optional<ViewCount> views() {
        return latestSnapshot().map(Snapshot::views);
    }

    /** The views to rank the video by: none while it cannot be watched, whatever it had before. */
    public Optional<ViewCount> rankedViews() {
        return video.status().available() ? views() : Optional.empty();
    }

    /** {@code https://www.youtube.com/watch?v=ID&list=PLAYLIST&index=POSITION}. */
    public String url() {
        return YouTubeLinks.watchUrl(video.id(), playlistId, position);
    }

    /** The link the source gave, made absolute, or {@link #url()} when it gave none. */
    public String sourceLinkOrUrl() {
        return link == null ? url() : YouTubeLinks.absolute(link);
    }
}
