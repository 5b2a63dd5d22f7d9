package dev.talkwatch.store;

import dev.talkwatch.catalog.Age;
import dev.talkwatch.catalog.RecapPost;
import dev.talkwatch.catalog.Talk;
import dev.talkwatch.catalog.VideoStatus;
import dev.talkwatch.catalog.ViewCount;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes catalog data inside one transaction opened by {@link CatalogStore#inTransaction}. History
 * is only appended: captures, their entries and snapshots are inserted, never updated. What the
 * catalog says now (a playlist's entries, a video's title and status) is derived from the history
 * by {@link #refreshEntries} and {@link #refreshVideoStates}, so the order of imports never matters.
 */
public final class CatalogWriter {

    /**
     * Captures, newest first: by the moment captured, a complete one before a partial one of the same
     * moment, then by content, so that which was imported first never decides.
     */
    static final String NEWEST_FIRST = "c.captured_at DESC, c.complete DESC, c.digest DESC NULLS LAST, c.id DESC";
    /** Captures in time order: {@link #NEWEST_FIRST} backwards. */
    static final String OLDEST_FIRST = "c.captured_at, c.complete, c.digest NULLS FIRST, c.id";

    private final Handle handle;

    CatalogWriter(Handle handle) {
        this.handle = handle;
    }

    /** The transaction's handle, for other statements of the store that belong in it. */
    Handle handle() {
        return handle;
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

    /**
     * A capture of a playlist, or of single videos when {@code playlistId} is null; {@code digest}
     * names what it held (its sources' content), to order captures of one moment.
     */
    public long insertCapture(String playlistId, Instant capturedAt, String source, boolean complete, String digest,
            Instant importedAt) {
        return handle.createUpdate("""
                INSERT INTO capture (playlist_id, captured_at, source, complete, digest, imported_at)
                VALUES (:playlistId, :capturedAt, :source, :complete, :digest, :importedAt)
                """)
                .bind("playlistId", playlistId).bind("capturedAt", Times.format(capturedAt)).bind("source", source)
                .bind("complete", complete ? 1 : 0).bind("digest", digest).bind("importedAt", Times.format(importedAt))
                .executeReturningKey();
    }

    public boolean videoExists(String id) {
        return handle.createQuery("SELECT 1 FROM video WHERE id = :id").bind("id", id)
                .mapTo(Integer.class).findOne().isPresent();
    }

    /**
     * Creates the video as this sighting shows it, or notes the sighting's time; what the video is
     * now (title, status, channel, duration, publish time) follows its snapshots
     * ({@link #refreshVideoStates}).
     */
    public void saveVideo(VideoRow video, Instant seenAt) {
        saveVideos(List.of(video), seenAt);
    }

    /**
     * {@link #saveVideo} for many videos, with one statement prepared for all of them: an import of
     * a 5,000-video playlist spent more time preparing statements than running them.
     */
    public void saveVideos(List<VideoRow> videos, Instant seenAt) {
        if (videos.isEmpty()) {
            return;
        }
        String seen = Times.format(seenAt);
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO video (id, title, status, channel, channel_id, duration_seconds, published_at,
                                   first_seen_at, last_seen_at)
                VALUES (:id, :title, :status, :channel, :channelId, :duration, :publishedAt, :seen, :seen)
                ON CONFLICT (id) DO UPDATE SET first_seen_at = %s, last_seen_at = %s
                """.formatted(handle.dialect().least("video.first_seen_at", "excluded.first_seen_at"),
                        handle.dialect().greatest("video.last_seen_at", "excluded.last_seen_at")));
        for (VideoRow video : videos) {
            batch.bind("id", video.id()).bind("title", video.title()).bind("status", video.status().id())
                    .bind("channel", video.channel()).bind("channelId", video.channelId())
                    .bind("duration", video.durationSeconds())
                    .bind("publishedAt", video.publishedAt() == null ? null : Times.format(video.publishedAt()))
                    .bind("seen", seen).add();
        }
        batch.execute();
    }

    /**
     * Sets each of these videos' status to its newest snapshot's, its title to that of its newest
     * snapshot that showed its own title (a video that can no longer be watched keeps the title it
     * had), and its channel, duration and publish time to those of its newest snapshot that gave
     * them. "Newest" is {@link #NEWEST_FIRST}; what no snapshot gave stays as stored.
     */
    public void refreshVideoStates(java.util.Collection<String> videoIds) {
        if (videoIds.isEmpty()) {
            return;
        }
        handle.createUpdate("""
                UPDATE video SET
                    status = COALESCE(%1$s, status),
                    title = COALESCE(%2$s, title),
                    channel = COALESCE(%3$s, channel),
                    channel_id = COALESCE(%4$s, channel_id),
                    duration_seconds = COALESCE(%5$s, duration_seconds),
                    published_at = COALESCE(%6$s, published_at)
                WHERE id IN (<ids>)
                """.formatted(newest("status", ""), newest("title", "AND s.status IN " + VideoStatus.titledSql()),
                        newest("channel", ""), newest("channel_id", ""), newest("duration_seconds", ""),
                        newest("published_at", "")))
                .bindList("ids", List.copyOf(videoIds)).execute();
        refreshLatestSnapshots(handle, "<ids>", update -> update.bindList("ids", List.copyOf(videoIds)));
    }

    /**
     * Sets what each video of those {@code ids} (SQL) selects keeps of its snapshots, all derived
     * from them: latest_capture_id, the capture of its newest snapshot with a count, what lists and
     * posts show as its views; and what a trend compares, so that it need not read every snapshot:
     * trend_latest_capture_id, its newest counted snapshot (a count, while it could be watched),
     * trend_baseline_capture_id, the newest counted one captured before that, and upload_after and
     * upload_before (seconds since 1970), the span its upload lies in by the ages its snapshots give:
     * where they agree, the span all of them allow; where they contradict each other, the narrowest
     * single span, the oldest of those as narrow. {@link dev.talkwatch.catalog.Trends#basis} is the
     * same in Java.
     */
    static void refreshLatestSnapshots(Handle handle, String ids, java.util.function.Consumer<Update> bind) {
        String snapshots = "FROM snapshot s JOIN capture c ON c.id = s.capture_id WHERE s.video_id = video.id";
        String counted = "AND s.views IS NOT NULL AND s.status = 'available'";
        String earliest = handle.dialect().epochSeconds("c.captured_at") + " - s.age_less_than";
        String latest = handle.dialect().epochSeconds("c.captured_at") + " - s.age_at_least";
        for (String sql : List.of("""
                UPDATE video SET
                    latest_capture_id = %s,
                    trend_latest_capture_id = %s,
                    (upload_after, upload_before) = (SELECT MAX(%s), MIN(%s) %s AND s.age_at_least IS NOT NULL)
                WHERE id IN (%s)
                """.formatted(newest("capture_id", "AND s.views IS NOT NULL"), newest("capture_id", counted),
                        earliest, latest, snapshots, ids), """
                UPDATE video SET trend_baseline_capture_id = (SELECT s.capture_id %s %s
                    AND c.captured_at < (SELECT captured_at FROM capture WHERE id = video.trend_latest_capture_id)
                    ORDER BY %s LIMIT 1)
                WHERE id IN (%s)
                """.formatted(snapshots, counted, NEWEST_FIRST, ids), """
                UPDATE video SET (upload_after, upload_before) = (SELECT %s, %s %s AND s.age_at_least IS NOT NULL
                    ORDER BY s.age_less_than - s.age_at_least, %s LIMIT 1)
                WHERE id IN (%s) AND upload_after > upload_before
                """.formatted(earliest, latest, snapshots, OLDEST_FIRST, ids))) {
            Update update = handle.createUpdate(sql);
            bind.accept(update);
            update.execute();
        }
    }

    // The column of the video's newest snapshot that has it.
    private static String newest(String column, String condition) {
        return ("(SELECT s.%1$s FROM snapshot s JOIN capture c ON c.id = s.capture_id"
                + " WHERE s.video_id = video.id AND s.%1$s IS NOT NULL %2$s ORDER BY %3$s LIMIT 1)")
                .formatted(column, condition, NEWEST_FIRST);
    }

    /** A talk read from a video's title, and the pattern that read it. */
    public record TalkRow(String videoId, Talk talk, String pattern) {
    }

    /** {@link #saveTalk} for many videos, each kind of statement prepared once. */
    public void saveTalks(List<TalkRow> talks) {
        if (talks.isEmpty()) {
            return;
        }
        PreparedBatch update = handle.prepareBatch("""
                UPDATE video SET track = :track, talk_title = :talkTitle, truncated = :truncated,
                                 title_pattern = :pattern
                WHERE id = :id
                """);
        PreparedBatch forget = handle.prepareBatch("DELETE FROM video_speaker WHERE video_id = :id AND source = 'title'");
        PreparedBatch speakers = handle.prepareBatch(
                "INSERT INTO video_speaker (video_id, source, ordinal, name) VALUES (:id, 'title', :ordinal, :name)");
        boolean named = false;
        for (TalkRow row : talks) {
            Talk talk = row.talk();
            update.bind("id", row.videoId()).bind("track", talk.track()).bind("talkTitle", talk.title())
                    .bind("truncated", talk.truncated() ? 1 : 0).bind("pattern", row.pattern()).add();
            forget.bind("id", row.videoId()).add();
            for (int i = 0; i < talk.speakers().size(); i++) {
                speakers.bind("id", row.videoId()).bind("ordinal", i + 1).bind("name", talk.speakers().get(i)).add();
                named = true;
            }
        }
        update.execute();
        forget.execute();
        if (named) {
            speakers.execute();
        }
    }

    /** Stores the talk read from the video's title and the pattern that read it. */
    public void saveTalk(String videoId, Talk talk, String pattern) {
        saveTalks(List.of(new TalkRow(videoId, talk, pattern)));
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

    /** A position of a capture: the video there, and the link the source gave (or null). */
    public record CaptureEntry(int position, String videoId, String link) {
    }

    /** {@link #insertCaptureEntry} for all of a capture's positions at once. */
    public void insertCaptureEntries(long captureId, List<CaptureEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch(
                "INSERT INTO capture_entry (capture_id, position, video_id, link) VALUES (:c, :p, :v, :l)");
        for (CaptureEntry entry : entries) {
            batch.bind("c", captureId).bind("p", entry.position()).bind("v", entry.videoId()).bind("l", entry.link()).add();
        }
        batch.execute();
    }

    /** What a capture saw of one video. */
    public record SnapshotRow(VideoRow video, ViewCount views, Long likes, String ageText) {
    }

    /** {@link #insertSnapshot} for all of a capture's videos at once. */
    public void insertSnapshots(long captureId, List<SnapshotRow> snapshots) {
        if (snapshots.isEmpty()) {
            return;
        }
        boolean partitioned = handle.dialect() == Dialect.POSTGRESQL;
        String capturedAt = null;
        if (partitioned) {
            capturedAt = handle.createQuery("SELECT captured_at FROM capture WHERE id = :id").bind("id", captureId)
                    .mapTo(String.class).one();
            Partitions.ensure(handle, capturedAt);
        }
        PreparedBatch batch = handle.prepareBatch(partitioned ? PARTITIONED_SNAPSHOT_INSERT : SNAPSHOT_INSERT);
        for (SnapshotRow snapshot : snapshots) {
            bindSnapshot(batch, captureId, snapshot.video(), snapshot.views(), snapshot.likes(), snapshot.ageText());
            if (partitioned) {
                batch.bind("capturedAt", capturedAt);
            }
            batch.add();
        }
        batch.execute();
    }

    /** A position as the capture saw it, with the link the source gave (or null). */
    public void insertCaptureEntry(long captureId, int position, String videoId, String link) {
        insertCaptureEntries(captureId, List.of(new CaptureEntry(position, videoId, link)));
    }

    /** What the capture saw of the video; a video listed twice in one capture keeps its first snapshot. */
    public void insertSnapshot(long captureId, VideoRow video, ViewCount views, Long likes, String ageText) {
        insertSnapshots(captureId, List.of(new SnapshotRow(video, views, likes, ageText)));
    }

    private static final String SNAPSHOT_INSERT = snapshotInsert(false);
    // PostgreSQL's, whose snapshots carry their capture's moment, the key of their monthly partitions
    private static final String PARTITIONED_SNAPSHOT_INSERT = snapshotInsert(true);

    private static String snapshotInsert(boolean partitioned) {
        String key = partitioned ? ", " + Partitions.KEY : "";
        return """
                INSERT INTO snapshot (capture_id, video_id, title, status, views, views_text, views_unit, views_exact,
                                      likes, age_text, age_at_least, age_less_than, channel, channel_id, duration_seconds,
                                      published_at%s)
                VALUES (:captureId, :videoId, :title, :status, :views, :viewsText, :viewsUnit, :viewsExact, :likes,
                        :ageText, :ageAtLeast, :ageLessThan, :channel, :channelId, :duration, :publishedAt%s)
                ON CONFLICT (capture_id, video_id%s) DO NOTHING
                """.formatted(key, partitioned ? ", :capturedAt" : "", key);
    }

    private static PreparedBatch bindSnapshot(PreparedBatch statement, long captureId,
            VideoRow video, ViewCount views, Long likes, String ageText) {
        Optional<Age> age = Age.parse(ageText);
        return statement.bind("captureId", captureId).bind("videoId", video.id()).bind("title", video.title())
                .bind("status", video.status().id())
                .bind("channel", video.channel()).bind("channelId", video.channelId())
                .bind("duration", video.durationSeconds())
                .bind("publishedAt", video.publishedAt() == null ? null : Times.format(video.publishedAt()))
                .bind("views", views == null ? null : views.value())
                .bind("viewsText", views == null ? null : views.text())
                .bind("viewsUnit", views == null ? null : views.unit())
                .bind("viewsExact", views == null ? null : views.exact() ? 1 : 0)
                .bind("likes", likes)
                .bind("ageText", ageText)
                .bind("ageAtLeast", age.map(Age::atLeastSeconds).orElse(null))
                .bind("ageLessThan", age.map(Age::lessThanSeconds).orElse(null));
    }

    /** Every playlist's id. */
    public List<String> playlistIds() {
        return handle.createQuery("SELECT id FROM playlist ORDER BY id").mapTo(String.class).list();
    }

    /** The ids of the videos now in the playlist. */
    public java.util.Set<String> members(String playlistId) {
        return new java.util.HashSet<>(handle.createQuery("SELECT DISTINCT video_id FROM playlist_entry WHERE playlist_id = :p")
                .bind("p", playlistId).mapTo(String.class).list());
    }

    /**
     * Derives the playlist's current entries from all its captures: every video of its newest
     * complete capture, and every video a capture since then saw (with no complete capture: every
     * video any capture saw), each at the position, and with the link, of the newest capture that
     * saw it. Only a complete capture can say a video left; a partial one only adds.
     */
    public void refreshEntries(String playlistId) {
        handle.createUpdate("DELETE FROM playlist_entry WHERE playlist_id = :p").bind("p", playlistId).execute();
        handle.createUpdate("""
                WITH ranked AS (
                    SELECT c.id, c.complete, ROW_NUMBER() OVER (ORDER BY %s) AS age
                    FROM capture c WHERE c.playlist_id = :p
                ), horizon AS (
                    SELECT COALESCE(MIN(CASE WHEN complete = 1 THEN age END), MAX(age)) AS age FROM ranked
                ), seen AS (
                    SELECT e.video_id, e.position, e.link, r.id AS capture_id, r.age,
                           MIN(r.age) OVER (PARTITION BY e.video_id) AS newest
                    FROM capture_entry e JOIN ranked r ON r.id = e.capture_id
                    WHERE r.age <= (SELECT age FROM horizon)
                )
                INSERT INTO playlist_entry (playlist_id, position, video_id, link, capture_id)
                SELECT :p, position, video_id, link, capture_id FROM seen WHERE age = newest
                """.formatted(NEWEST_FIRST)).bind("p", playlistId).execute();
    }

    /** The current title of every video now in the playlist that could be watched when last seen. */
    public Map<String, String> availableTitles(String playlistId) {
        return titles("""
                SELECT DISTINCT v.id, v.title FROM playlist_entry e JOIN video v ON v.id = e.video_id
                WHERE e.playlist_id = :playlistId AND v.status IN %s
                """.formatted(VideoStatus.titledSql()), playlistId);
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

    /**
     * Keeps a post's layout for the playlist, unless the one kept is of a later date: the newest post
     * is the one the next builds on, whichever was imported last.
     */
    public void savePost(String playlistId, RecapPost post, Instant now) {
        Optional<RecapPost> kept = PostRows.find(handle, playlistId);
        if (kept.isEmpty() || !kept.get().moment().isAfter(post.moment())) {
            PostRows.save(handle, playlistId, post, now);
        }
    }

    /**
     * Keeps what a talk catalogue says of a video the catalog does not have yet, merged with what
     * was kept before (the newer facts win field by field), until {@link #takePendingDetails}.
     */
    public void keepPendingDetails(VideoDetails details, String origin) {
        VideoDetails merged = PendingRows.find(handle, details.videoId()).map(kept -> kept.mergedWith(details)).orElse(details);
        PendingRows.saveDetails(handle, merged, origin);
    }

    /** The kept facts of those of {@code videoIds} that have some, removed from the kept ones. */
    public List<VideoDetails> takePendingDetails(java.util.Collection<String> videoIds) {
        return PendingRows.takeDetails(handle, videoIds);
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
                .map(rs -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> titles.put(e.getKey(), e.getValue()));
        return titles;
    }

    private Map<String, String> titles(String sql, String playlistId) {
        Map<String, String> titles = new java.util.LinkedHashMap<>();
        handle.createQuery(sql).bind("playlistId", playlistId)
                .map(rs -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> titles.put(e.getKey(), e.getValue()));
        return titles;
    }
}
