package dev.talkwatch.store;

import dev.talkwatch.catalog.RecapPost;
import dev.talkwatch.catalog.Talk;
import dev.talkwatch.catalog.VideoStatus;
import dev.talkwatch.catalog.ViewCount;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Update;

/**
 * Writes catalog data inside one transaction opened by {@link CatalogStore#inTransaction}. History
 * is only appended: captures, their entries and snapshots are inserted, never updated.
 */
public final class CatalogWriter {

    private final Handle handle;

    CatalogWriter(Handle handle) {
        this.handle = handle;
    }

    /** Whether a source with this content digest was imported before. */
    public boolean isImported(String digest) {
        return handle.createQuery("SELECT 1 FROM imported_source WHERE digest = :digest")
                .bind("digest", digest).mapTo(Integer.class).findOne().isPresent();
    }

    /** Remembers a source's content, and the capture it went into (null for facts without counts). */
    public void recordSource(String digest, String name, String format, Long captureId, Instant now) {
        handle.createUpdate("""
                INSERT INTO imported_source (digest, name, format, capture_id, imported_at)
                VALUES (:digest, :name, :format, :captureId, :now)
                """)
                .bind("digest", digest).bind("name", name).bind("format", format).bind("captureId", captureId)
                .bind("now", Times.format(now))
                .execute();
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

    public boolean playlistExists(String id) {
        return handle.createQuery("SELECT 1 FROM playlist WHERE id = :id").bind("id", id)
                .mapTo(Integer.class).findOne().isPresent();
    }

    /** The playlist's stored title, if any source gave one. */
    public Optional<String> playlistTitle(String id) {
        return handle.createQuery("SELECT title FROM playlist WHERE id = :id").bind("id", id)
                .mapTo(String.class).findOne();
    }

    /** The title pattern the user chose for the playlist, if any. */
    public Optional<String> playlistPattern(String id) {
        return handle.createQuery("SELECT title_pattern FROM playlist WHERE id = :id").bind("id", id)
                .mapTo(String.class).findOne();
    }

    /** A capture of a playlist, or of single videos when {@code playlistId} is null. */
    public long insertCapture(String playlistId, Instant capturedAt, String source, boolean complete, Instant importedAt) {
        return handle.createUpdate("""
                INSERT INTO capture (playlist_id, captured_at, source, complete, imported_at)
                VALUES (:playlistId, :capturedAt, :source, :complete, :importedAt)
                """)
                .bind("playlistId", playlistId).bind("capturedAt", Times.format(capturedAt)).bind("source", source)
                .bind("complete", complete ? 1 : 0).bind("importedAt", Times.format(importedAt))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    public boolean videoExists(String id) {
        return handle.createQuery("SELECT 1 FROM video WHERE id = :id").bind("id", id)
                .mapTo(Integer.class).findOne().isPresent();
    }

    /**
     * Creates the video, or updates it when {@code seenAt} is at least as new as what is stored. A
     * video that can no longer be watched keeps the title and talk it had; only its status changes.
     */
    public void saveVideo(VideoRow video, Instant seenAt) {
        String seen = Times.format(seenAt);
        int inserted = bindVideo(handle.createUpdate("""
                INSERT INTO video (id, title, status, channel, channel_id, duration_seconds, published_at,
                                   first_seen_at, last_seen_at)
                VALUES (:id, :title, :status, :channel, :channelId, :duration, :publishedAt, :seen, :seen)
                ON CONFLICT (id) DO NOTHING
                """), video, seen).execute();
        if (inserted == 1) {
            return;
        }
        bindVideo(handle.createUpdate("""
                UPDATE video SET
                    title = CASE WHEN :status IN ('available', 'members-only') THEN :title ELSE title END,
                    status = :status,
                    channel = COALESCE(:channel, channel),
                    channel_id = COALESCE(:channelId, channel_id),
                    duration_seconds = COALESCE(:duration, duration_seconds),
                    published_at = COALESCE(:publishedAt, published_at),
                    last_seen_at = :seen
                WHERE id = :id AND last_seen_at <= :seen
                """), video, seen).execute();
        // an older capture may still be the earliest sighting
        handle.createUpdate("UPDATE video SET first_seen_at = :seen WHERE id = :id AND first_seen_at > :seen")
                .bind("id", video.id()).bind("seen", seen).execute();
    }

    private static Update bindVideo(Update update, VideoRow video,
            String seen) {
        return update.bind("id", video.id()).bind("title", video.title()).bind("status", video.status().id())
                .bind("channel", video.channel()).bind("channelId", video.channelId())
                .bind("duration", video.durationSeconds())
                .bind("publishedAt", video.publishedAt() == null ? null : Times.format(video.publishedAt()))
                .bind("seen", seen);
    }

    /** Stores the talk read from the video's title and the pattern that read it. */
    public void saveTalk(String videoId, Talk talk, String pattern) {
        handle.createUpdate("""
                UPDATE video SET track = :track, talk_title = :talkTitle, truncated = :truncated,
                                 title_pattern = :pattern
                WHERE id = :id
                """)
                .bind("id", videoId).bind("track", talk.track()).bind("talkTitle", talk.title())
                .bind("truncated", talk.truncated() ? 1 : 0).bind("pattern", pattern)
                .execute();
        replaceSpeakers(videoId, "title", talk.speakers());
    }

    /** Adds what a talk catalogue knows; fields it leaves null keep what is stored. */
    public void saveDetails(VideoDetails details) {
        handle.createUpdate("""
                UPDATE video SET full_title = COALESCE(:fullTitle, full_title),
                                 recorded_on = COALESCE(:recordedOn, recorded_on),
                                 description = COALESCE(:description, description),
                                 duration_seconds = COALESCE(duration_seconds, :duration)
                WHERE id = :id
                """)
                .bind("id", details.videoId()).bind("fullTitle", details.fullTitle())
                .bind("recordedOn", details.recordedOn() == null ? null : details.recordedOn().toString())
                .bind("description", details.description()).bind("duration", details.durationSeconds())
                .execute();
        if (!details.speakers().isEmpty()) {
            replaceSpeakers(details.videoId(), "pyvideo", details.speakers());
        }
    }

    private void replaceSpeakers(String videoId, String source, List<String> names) {
        handle.createUpdate("DELETE FROM video_speaker WHERE video_id = :id AND source = :source")
                .bind("id", videoId).bind("source", source).execute();
        if (names.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch(
                "INSERT INTO video_speaker (video_id, source, ordinal, name) VALUES (:id, :source, :ordinal, :name)");
        for (int i = 0; i < names.size(); i++) {
            batch.bind("id", videoId).bind("source", source).bind("ordinal", i + 1).bind("name", names.get(i)).add();
        }
        batch.execute();
    }

    public void insertCaptureEntry(long captureId, int position, String videoId) {
        handle.createUpdate("INSERT INTO capture_entry (capture_id, position, video_id) VALUES (:c, :p, :v)")
                .bind("c", captureId).bind("p", position).bind("v", videoId).execute();
    }

    /** What the capture saw of the video; a video listed twice in one capture keeps its first snapshot. */
    public void insertSnapshot(long captureId, String videoId, String title, VideoStatus status, ViewCount views,
            Long likes, String ageText) {
        handle.createUpdate("""
                INSERT INTO snapshot (capture_id, video_id, title, status, views, views_text, views_unit, views_exact,
                                      likes, age_text)
                VALUES (:captureId, :videoId, :title, :status, :views, :viewsText, :viewsUnit, :viewsExact, :likes,
                        :ageText)
                ON CONFLICT (capture_id, video_id) DO NOTHING
                """)
                .bind("captureId", captureId).bind("videoId", videoId).bind("title", title)
                .bind("status", status.id())
                .bind("views", views == null ? null : views.value())
                .bind("viewsText", views == null ? null : views.text())
                .bind("viewsUnit", views == null ? null : views.unit())
                .bind("viewsExact", views == null ? null : views.exact() ? 1 : 0)
                .bind("likes", likes)
                .bind("ageText", ageText)
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

    /** The current title of every video now in the playlist that could be watched when last seen. */
    public Map<String, String> availableTitles(String playlistId) {
        return titles("""
                SELECT DISTINCT v.id, v.title FROM playlist_entry e JOIN video v ON v.id = e.video_id
                WHERE e.playlist_id = :playlistId AND v.status IN ('available', 'members-only')
                """, playlistId);
    }

    /** The title of every video now in the playlist, whatever its status, for reading its talk. */
    public Map<String, String> knownTitles(String playlistId) {
        return titles("""
                SELECT DISTINCT v.id, v.title FROM playlist_entry e JOIN video v ON v.id = e.video_id
                WHERE e.playlist_id = :playlistId
                """, playlistId);
    }

    /** The curation tables, written in this same transaction. */
    public CurationStore.Curation curation() {
        return new CurationStore.Curation(handle);
    }

    /** Keeps a post's layout for the playlist, replacing the one kept before. */
    public void savePost(String playlistId, RecapPost post, Instant now) {
        PostRows.save(handle, playlistId, post, now);
    }

    /** Indexes these videos again for search. */
    public void reindex(java.util.Collection<String> videoIds) {
        SearchIndex.refresh(handle, videoIds);
    }

    /** The titles of those of {@code videoIds} whose talk was never read. */
    public Map<String, String> titlesWithoutTalk(List<String> videoIds) {
        Map<String, String> titles = new java.util.LinkedHashMap<>();
        if (videoIds.isEmpty()) {
            return titles;
        }
        handle.createQuery("SELECT id, title FROM video WHERE title_pattern IS NULL AND id IN (<ids>)")
                .bindList("ids", videoIds)
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> titles.put(e.getKey(), e.getValue()));
        return titles;
    }

    private Map<String, String> titles(String sql, String playlistId) {
        Map<String, String> titles = new java.util.LinkedHashMap<>();
        handle.createQuery(sql).bind("playlistId", playlistId)
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> titles.put(e.getKey(), e.getValue()));
        return titles;
    }
}
