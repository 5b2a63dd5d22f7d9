package dev.talkwatch.store;

import dev.talkwatch.catalog.Talk;
import dev.talkwatch.catalog.ViewCount;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Writes catalog data inside one transaction opened by {@link CatalogStore#inTransaction}. History
 * is only appended: captures and snapshots are inserted, never updated.
 */
public final class CatalogWriter {

    private final Handle handle;

    CatalogWriter(Handle handle) {
        this.handle = handle;
    }

    /** Whether a source with this content digest was imported before. */
    public boolean isImported(String digest) {
        return handle.createQuery("SELECT 1 FROM capture_source WHERE digest = :digest")
                .bind("digest", digest).mapTo(Integer.class).findOne().isPresent();
    }

    /** Creates the playlist, or fills in what it lacked; a known title is replaced by a newer one. */
    public void upsertPlaylist(String id, String title, String channel, String channelId, Instant now) {
        handle.createUpdate("""
                INSERT INTO playlist (id, title, channel, channel_id, created_at)
                VALUES (:id, :title, :channel, :channelId, :now)
                ON CONFLICT (id) DO UPDATE SET
                    title = COALESCE(excluded.title, playlist.title),
                    channel = COALESCE(excluded.channel, playlist.channel),
                    channel_id = COALESCE(excluded.channel_id, playlist.channel_id)
                """)
                .bind("id", id).bind("title", title).bind("channel", channel).bind("channelId", channelId)
                .bind("now", Times.format(now))
                .execute();
    }

    /** The playlist's stored title, if any source gave one. */
    public Optional<String> playlistTitle(String id) {
        return handle.createQuery("SELECT title FROM playlist WHERE id = :id").bind("id", id)
                .mapTo(String.class).findOne();
    }

    public long insertCapture(String playlistId, Instant capturedAt, String source, boolean complete, Instant importedAt) {
        return handle.createUpdate("""
                INSERT INTO capture (playlist_id, captured_at, source, complete, imported_at)
                VALUES (:playlistId, :capturedAt, :source, :complete, :importedAt)
                """)
                .bind("playlistId", playlistId).bind("capturedAt", Times.format(capturedAt)).bind("source", source)
                .bind("complete", complete ? 1 : 0).bind("importedAt", Times.format(importedAt))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    public void recordSource(String digest, long captureId, String name) {
        handle.createUpdate("INSERT INTO capture_source (digest, capture_id, name) VALUES (:digest, :captureId, :name)")
                .bind("digest", digest).bind("captureId", captureId).bind("name", name).execute();
    }

    /**
     * Creates the video or, when {@code seenAt} is at least as new as what is stored, replaces its
     * title, parsed talk and details with these (keeping stored details the capture lacks).
     */
    public void upsertVideo(String id, String title, String channel, String channelId, Integer durationSeconds,
            Talk talk, Instant seenAt) {
        String seen = Times.format(seenAt);
        int changed = handle.createUpdate("""
                INSERT INTO video (id, title, channel, channel_id, duration_seconds, track, talk_title, truncated,
                                   first_seen_at, last_seen_at)
                VALUES (:id, :title, :channel, :channelId, :duration, :track, :talkTitle, :truncated, :seen, :seen)
                ON CONFLICT (id) DO UPDATE SET
                    title = excluded.title,
                    channel = COALESCE(excluded.channel, video.channel),
                    channel_id = COALESCE(excluded.channel_id, video.channel_id),
                    duration_seconds = COALESCE(excluded.duration_seconds, video.duration_seconds),
                    track = excluded.track,
                    talk_title = excluded.talk_title,
                    truncated = excluded.truncated,
                    first_seen_at = MIN(video.first_seen_at, excluded.first_seen_at),
                    last_seen_at = excluded.last_seen_at
                WHERE excluded.last_seen_at >= video.last_seen_at
                """)
                .bind("id", id).bind("title", title).bind("channel", channel).bind("channelId", channelId)
                .bind("duration", durationSeconds).bind("track", talk.track()).bind("talkTitle", talk.title())
                .bind("truncated", talk.truncated() ? 1 : 0).bind("seen", seen)
                .execute();
        if (changed == 0) {
            // an older capture: it may still be the earliest sighting
            handle.createUpdate("UPDATE video SET first_seen_at = :seen WHERE id = :id AND first_seen_at > :seen")
                    .bind("id", id).bind("seen", seen).execute();
            return;
        }
        handle.createUpdate("DELETE FROM video_speaker WHERE video_id = :id").bind("id", id).execute();
        PreparedBatch speakers = handle.prepareBatch(
                "INSERT INTO video_speaker (video_id, ordinal, name) VALUES (:id, :ordinal, :name)");
        for (int i = 0; i < talk.speakers().size(); i++) {
            speakers.bind("id", id).bind("ordinal", i + 1).bind("name", talk.speakers().get(i)).add();
        }
        if (!talk.speakers().isEmpty()) {
            speakers.execute();
        }
    }

    public void insertSnapshot(long captureId, int position, String videoId, String title, ViewCount views) {
        handle.createUpdate("""
                INSERT INTO snapshot (capture_id, position, video_id, title, views, views_text, views_unit)
                VALUES (:captureId, :position, :videoId, :title, :views, :viewsText, :viewsUnit)
                """)
                .bind("captureId", captureId).bind("position", position).bind("videoId", videoId).bind("title", title)
                .bind("views", views == null ? null : views.value())
                .bind("viewsText", views == null ? null : views.text())
                .bind("viewsUnit", views == null ? null : views.unit())
                .execute();
    }

    /** The capture time of the capture the playlist's current entries come from. */
    public Optional<Instant> entriesCapturedAt(String playlistId) {
        return handle.createQuery("""
                SELECT MAX(c.captured_at) FROM playlist_entry e JOIN capture c ON c.id = e.capture_id
                WHERE e.playlist_id = :playlistId
                """)
                .bind("playlistId", playlistId).mapTo(String.class).findOne().map(Times::parse);
    }

    /**
     * Makes {@code entries} the playlist's current positions. A complete capture replaces every
     * entry; a partial one (some pages only) replaces just the positions it holds.
     */
    public void updateEntries(String playlistId, long captureId, List<EntryRow> entries, boolean complete) {
        if (complete) {
            handle.createUpdate("DELETE FROM playlist_entry WHERE playlist_id = :playlistId")
                    .bind("playlistId", playlistId).execute();
        }
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO playlist_entry (playlist_id, position, video_id, link, capture_id)
                VALUES (:playlistId, :position, :videoId, :link, :captureId)
                ON CONFLICT (playlist_id, position) DO UPDATE SET
                    video_id = excluded.video_id, link = excluded.link, capture_id = excluded.capture_id
                """);
        for (EntryRow entry : entries) {
            batch.bind("playlistId", playlistId).bind("position", entry.position()).bind("videoId", entry.videoId())
                    .bind("link", entry.link()).bind("captureId", captureId).add();
        }
        if (!entries.isEmpty()) {
            batch.execute();
        }
    }
}
