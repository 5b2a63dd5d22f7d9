package dev.talkwatch.catalog;

import java.time.Instant;

/**
 * A YouTube playlist as talkwatch knows it. {@code title} and {@code channel} may be null when no
 * imported source named them; {@code lastImport} is when its newest capture was imported.
 */
public record Playlist(String id, String title, String channel, int videos, Instant lastImport) {

    /** The title, or the id when no source gave one. */
    public String displayName() {
        return title == null || title.isBlank() ? id : title;
    }

    public String url() {
        return YouTubeLinks.playlistUrl(id);
    }
}
