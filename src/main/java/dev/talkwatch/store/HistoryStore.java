package dev.talkwatch.store;

import dev.talkwatch.catalog.Age;
import dev.talkwatch.catalog.Observation;
import dev.talkwatch.catalog.PlaylistListing;
import dev.talkwatch.catalog.RecapPost;
import dev.talkwatch.catalog.VideoStatus;
import dev.talkwatch.catalog.ViewCount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.JdbiException;

/**
 * A playlist's history as the captures saw it: every observation of its videos, each capture's
 * listing, and the posts written of it. Read-only but for {@link #recordPost}.
 */
public final class HistoryStore {

    private final Database database;

    public HistoryStore(Database database) {
        this.database = database;
    }

    // The observations read last, with the captures they were read from: snapshots are only ever
    // added with a capture, so while the captures are the same, so are the observations. The web
    // app reads a playlist's 150,000 observations (5,000 videos x 30 captures) for every page view.
    private record Cached(String playlistId, String captures, Map<String, List<Observation>> observations) {
    }

    private volatile Cached cached;

    /**
     * Every observation of each video now in the playlist, from any capture, oldest first, by video
     * id; unmodifiable, and the same as the last call's while no capture was added.
     */
    public Map<String, List<Observation>> observations(String playlistId) {
        String captures;
        try {
            captures = database.jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT COUNT(*) || ':' || IFNULL(MAX(id), 0) FROM capture").mapTo(String.class).one());
        } catch (JdbiException e) {
            throw database.failure("read the history of playlist " + playlistId, e);
        }
        Cached last = cached;
        if (last != null && last.playlistId().equals(playlistId) && last.captures().equals(captures)) {
            return last.observations();
        }
        Map<String, List<Observation>> read = read(playlistId);
        Map<String, List<Observation>> frozen = new LinkedHashMap<>();
        read.forEach((video, list) -> frozen.put(video, List.copyOf(list)));
        Map<String, List<Observation>> observations = java.util.Collections.unmodifiableMap(frozen);
        cached = new Cached(playlistId, captures, observations);
        return observations;
    }

    // 150,000 rows at 5,000 videos x 30 captures: read by column number on the driver's own
    // statement, with the moments of the captures and the statuses looked up, not read per row.
    private Map<String, List<Observation>> read(String playlistId) {
        Map<String, Age> ages = new java.util.HashMap<>(); // a few texts ("3 weeks ago") recur on every video
        VideoStatus[] statuses = VideoStatus.values();
        StringBuilder statusCode = new StringBuilder("CASE s.status");
        for (int i = 0; i < statuses.length; i++) {
            statusCode.append(" WHEN '").append(statuses[i].id()).append("' THEN ").append(i);
        }
        statusCode.append(" END");
        try {
            return database.jdbi().withHandle(handle -> {
                Map<Long, Instant> moments = new java.util.HashMap<>();
                handle.createQuery("SELECT id, captured_at FROM capture")
                        .map((rs, ctx) -> Map.entry(rs.getLong(1), Times.parse(Columns.text(rs, 2))))
                        .forEach(e -> moments.put(e.getKey(), e.getValue()));
                Map<String, List<Observation>> byVideo = new LinkedHashMap<>();
                try (java.sql.PreparedStatement statement = handle.getConnection().prepareStatement("""
                        SELECT s.video_id, s.capture_id, %s, s.views, s.views_text, s.views_unit, s.views_exact, s.age_text
                        FROM snapshot s JOIN capture c ON c.id = s.capture_id
                        WHERE s.video_id IN (SELECT video_id FROM playlist_entry WHERE playlist_id = ?)
                        ORDER BY s.video_id, c.captured_at, c.id
                        """.formatted(statusCode))) {
                    statement.setString(1, playlistId);
                    try (java.sql.ResultSet rs = statement.executeQuery()) {
                        String video = null;
                        List<Observation> list = null;
                        while (rs.next()) {
                            String id = Columns.text(rs, 1);
                            if (!id.equals(video)) {
                                video = id;
                                list = byVideo.computeIfAbsent(id, k -> new ArrayList<>());
                            }
                            long views = rs.getLong(4);
                            ViewCount count = rs.wasNull() ? null
                                    : new ViewCount(views, Columns.text(rs, 5), rs.getLong(6), rs.getInt(7) == 1);
                            list.add(new Observation(moments.get(rs.getLong(2)), statuses[rs.getInt(3)], count,
                                    ages.computeIfAbsent(Columns.text(rs, 8), text -> Age.parse(text).orElse(null))));
                        }
                    }
                }
                return byVideo;
            });
        } catch (JdbiException e) {
            throw database.failure("read the history of playlist " + playlistId, e);
        } catch (java.sql.SQLException e) {
            throw new StoreException("cannot read the history of playlist " + playlistId + " in the database "
                    + database.description() + ": " + Database.rootMessage(e), e);
        }
    }

    /** Every capture of the playlist as a listing of its positions, oldest first. */
    public List<PlaylistListing> listings(String playlistId) {
        record Row(long capture, Instant at, boolean complete, PlaylistListing.Entry entry) {
        }
        try {
            List<Row> rows = database.jdbi().withHandle(handle -> handle.createQuery("""
                    SELECT c.id, c.captured_at, c.complete, e.position, e.video_id, s.title, s.status
                    FROM capture c
                    JOIN capture_entry e ON e.capture_id = c.id
                    JOIN snapshot s ON s.capture_id = c.id AND s.video_id = e.video_id
                    WHERE c.playlist_id = :playlistId
                    ORDER BY c.captured_at, c.id, e.position
                    """)
                    .bind("playlistId", playlistId)
                    .map((rs, ctx) -> new Row(rs.getLong("id"), Times.parse(Columns.text(rs, "captured_at")),
                            rs.getInt("complete") == 1, new PlaylistListing.Entry(rs.getInt("position"),
                            Columns.text(rs, "video_id"), Columns.text(rs, "title"), VideoStatus.byId(Columns.text(rs, "status")))))
                    .list());
            Map<Long, List<Row>> byCapture = new LinkedHashMap<>();
            rows.forEach(row -> byCapture.computeIfAbsent(row.capture(), k -> new ArrayList<>()).add(row));
            return byCapture.values().stream().map(capture -> new PlaylistListing(capture.getFirst().at(),
                    capture.getFirst().complete(), capture.stream().map(Row::entry).toList())).toList();
        } catch (JdbiException e) {
            throw database.failure("read the captures of playlist " + playlistId, e);
        }
    }

    /** Notes that a post of the playlist dated {@code postDate} was written at {@code now}. */
    public void recordPost(String playlistId, Instant postDate, Instant now) {
        try {
            database.jdbi().useHandle(handle -> handle.createUpdate("""
                    INSERT INTO publication (playlist_id, post_date, published_at) VALUES (:id, :date, :now)
                    ON CONFLICT (playlist_id, post_date) DO NOTHING
                    """).bind("id", playlistId).bind("date", Times.format(postDate)).bind("now", Times.format(now))
                    .execute());
        } catch (JdbiException e) {
            throw database.failure("record a post of playlist " + playlistId, e);
        }
    }

    /**
     * The posts of the playlist, by date: those talkwatch wrote (with when it first wrote each), and
     * the one imported for it (taken as written at the end of its day).
     */
    public List<PostDate> postDates(String playlistId) {
        try {
            return database.jdbi().withHandle(handle -> {
                List<PostDate> dates = new ArrayList<>(handle.createQuery(
                                "SELECT post_date, published_at FROM publication WHERE playlist_id = :id ORDER BY post_date")
                        .bind("id", playlistId)
                        .map((rs, ctx) -> new PostDate(Times.parse(Columns.text(rs, 1)), Times.parse(Columns.text(rs, 2))))
                        .list());
                handle.createQuery("SELECT date FROM post WHERE playlist_id = :id").bind("id", playlistId)
                        .mapTo(String.class).findOne().flatMap(HistoryStore::postDate)
                        .filter(date -> dates.stream().noneMatch(d -> d.date().equals(date)))
                        .ifPresent(date -> dates.add(new PostDate(date, date.plus(java.time.Duration.ofDays(1)))));
                return dates.stream().sorted(java.util.Comparator.comparing(PostDate::date)).toList();
            });
        } catch (JdbiException e) {
            throw database.failure("read the posts of playlist " + playlistId, e);
        }
    }

    // A front matter's date: 2024-08-06T00:00:00-07:00, 2024-08-06T07:00:00Z or 2024-08-06 (as UTC).
    private static Optional<Instant> postDate(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Optional<Instant> moment = RecapPost.dateTime(text).map(java.time.OffsetDateTime::toInstant);
        if (moment.isPresent()) {
            return moment;
        }
        try {
            String day = text.strip().replaceAll("^[\"']|[\"']$", "");
            return Optional.of(java.time.LocalDate.parse(day).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        } catch (java.time.format.DateTimeParseException notADate) {
            return Optional.empty();
        }
    }
}
