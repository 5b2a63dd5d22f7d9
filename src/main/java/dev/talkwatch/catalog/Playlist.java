package dev.talkwatch.catalog;

import java.time.Instant;

/**
 * A YouTube playlist as talkwatch knows it. {@code title} and {@code channel} may be null when no
 * imported source named them; {@code lastImport} is when its newest capture was imported;
 * {@code tracked} says whether {@code refresh} fetches it again, {@code refreshedAt} when a fetch
 * from YouTube last succeeded (null: never).
 */
public record Playlist(String id, String title, String channel, int videos, Instant lastImport, boolean tracked,
        Instant refreshedAt) {

    /** A tracked playlist never fetched live. */
    public Playlist(String id, String title, String channel, int videos, Instant lastImport) {
        this(id, title, channel, videos, lastImport, true, null);
    }

    /** The title, or the id when no source gave one. */
    public String displayName() {
        return title == null || title.isBlank() ? id : title;
    }

    public String url() {
        return YouTubeLinks.playlistUrl(id);
    }
}
