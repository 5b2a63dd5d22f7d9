package dev.talkwatch.store;

import dev.talkwatch.catalog.Age;
import dev.talkwatch.catalog.Observation;
import dev.talkwatch.catalog.PlaylistListing;
import dev.talkwatch.catalog.RecapPost;
import dev.talkwatch.catalog.Trends;
import dev.talkwatch.catalog.VideoStatus;
import dev.talkwatch.catalog.ViewCount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
            captures = database.withHandle(handle -> handle.createQuery(
                    "SELECT COUNT(*) || ':' || COALESCE(MAX(id), 0) FROM capture").mapTo(String.class).one());
        } catch (UncheckedSqlException e) {
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

    /**
     * What a trend compares of each video now in the playlist, by video id, as the catalog keeps it
     * ({@link CatalogWriter#refreshLatestSnapshots}): the same as {@link Trends#basis} of its
     * {@link #observations} with no moment to compare with, read as one row per video.
     */
    public Map<String, Trends.Basis> bases(String playlistId) {
        String observed = "%1$s.status, %1$s.views, %1$s.views_text, %1$s.views_unit, %1$s.views_exact, %1$s.age_text";
        try {
            return database.withHandle(handle -> {
                Map<String, Trends.Basis> bases = new java.util.HashMap<>();
                // each video of the playlist once, found by its key; each snapshot through its capture,
                // which names the one partition that holds it on PostgreSQL
                handle.createQuery("SELECT v.id, v.upload_after, v.upload_before,"
                                + " CASE WHEN l.capture_id IS NOT NULL THEN lc.captured_at END, " + observed.formatted("l")
                                + ", CASE WHEN b.capture_id IS NOT NULL THEN bc.captured_at END, " + observed.formatted("b")
                                + """
                                 FROM (SELECT DISTINCT video_id FROM playlist_entry WHERE playlist_id = :playlistId) e
                                JOIN video v ON v.id = e.video_id
                                LEFT JOIN capture lc ON lc.id = v.trend_latest_capture_id
                                LEFT JOIN snapshot l ON l.capture_id = lc.id AND l.video_id = v.id%s
                                LEFT JOIN capture bc ON bc.id = v.trend_baseline_capture_id
                                LEFT JOIN snapshot b ON b.capture_id = bc.id AND b.video_id = v.id%s
                                """.formatted(handle.dialect().sameCapture("l", "lc"), handle.dialect().sameCapture("b", "bc")))
                        .bind("playlistId", playlistId)
                        .map(rs -> {
                            long after = rs.getLong(2);
                            Age.Span span = rs.wasNull() ? null
                                    : new Age.Span(Instant.ofEpochSecond(after), Instant.ofEpochSecond(rs.getLong(3)));
                            return Map.entry(Columns.text(rs, 1), new Trends.Basis(observation(rs, 4), observation(rs, 11), span));
                        })
                        .forEach(entry -> bases.put(entry.getKey(), entry.getValue()));
                return bases;
            });
        } catch (UncheckedSqlException e) {
            throw database.failure("read the trend of playlist " + playlistId, e);
        }
    }

    // The observation in the columns from `first` on: captured_at, status, views, views_text,
    // views_unit, views_exact, age_text; null when there is none.
    private static Observation observation(java.sql.ResultSet rs, int first) throws java.sql.SQLException {
        String capturedAt = rs.getString(first);
        if (capturedAt == null) {
            return null;
        }
        ViewCount views = new ViewCount(rs.getLong(first + 2), Columns.text(rs, first + 3), rs.getLong(first + 4),
                rs.getInt(first + 5) == 1);
        return new Observation(Times.parse(capturedAt), VideoStatus.byId(rs.getString(first + 1)), views,
                Age.parse(rs.getString(first + 6)).orElse(null));
    }

    // 150,000 rows at 5,000 videos x 30 captures. Read row by row, the driver's calls per value were
    // most of `trend`; SQLite hands over each video's snapshots as one JSON array instead (5,000
    // values), which one streaming parser reads. Captures are put in time order here, by the rank of
    // each among all captures.
    private static final com.fasterxml.jackson.core.JsonFactory JSON = new com.fasterxml.jackson.core.JsonFactory();

    private record Ranked(int rank, Observation observation) {
    }

    private Map<String, List<Observation>> read(String playlistId) {
        try {
            return database.withHandle(handle -> {
                Map<Long, Integer> ranks = new java.util.HashMap<>();
                List<Instant> moments = new ArrayList<>();
                handle.createQuery("SELECT c.id, c.captured_at FROM capture c ORDER BY " + CatalogWriter.OLDEST_FIRST)
                        .map(rs -> Map.entry(rs.getLong(1), Times.parse(Columns.text(rs, 2))))
                        .forEach(e -> {
                            ranks.put(e.getKey(), moments.size());
                            moments.add(e.getValue());
                        });
                Map<String, List<Observation>> byVideo = new LinkedHashMap<>();
                try (java.sql.PreparedStatement statement = handle.getConnection().prepareStatement("""
                        SELECT s.video_id, %s
                        FROM snapshot s
                        WHERE s.video_id IN (SELECT video_id FROM playlist_entry WHERE playlist_id = ?)
                        GROUP BY s.video_id ORDER BY s.video_id
                        """.formatted(handle.dialect().jsonArrays("s.capture_id", "s.status", "s.views", "s.views_text",
                                "s.views_unit", "s.views_exact", "s.age_text")))) {
                    statement.setString(1, playlistId);
                    Snapshots snapshots = new Snapshots(ranks, moments);
                    try (java.sql.ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            byVideo.put(Columns.text(rs, 1), snapshots.read(rs.getBytes(2)));
                        }
                    }
                }
                return byVideo;
            });
        } catch (UncheckedSqlException e) {
            throw database.failure("read the history of playlist " + playlistId, e);
        }
    }

    /** Reads one video's snapshots, as {@link #read} has SQLite give them, into observations in time order. */
    private static final class Snapshots {
        private final Map<Long, Integer> ranks;
        private final List<Instant> moments;

        // statuses and ages: a few dozen texts, each in thousands of snapshots
        private final RecurringTexts recurring = new RecurringTexts();

        Snapshots(Map<Long, Integer> ranks, List<Instant> moments) {
            this.ranks = ranks;
            this.moments = moments;
        }

        // [[capture, status, views, views_text, views_unit, views_exact, age_text], ...]
        List<Observation> read(byte[] json) {
            List<Ranked> read = new ArrayList<>();
            try (com.fasterxml.jackson.core.JsonParser parser = JSON.createParser(json)) {
                parser.nextToken();
                while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.START_ARRAY) {
                    parser.nextToken();
                    int rank = ranks.get(parser.getLongValue());
                    parser.nextToken();
                    VideoStatus status = VideoStatus.byId(recurring.text(parser));
                    ViewCount count = null;
                    if (parser.nextToken() != com.fasterxml.jackson.core.JsonToken.VALUE_NULL) {
                        long views = parser.getLongValue();
                        parser.nextToken();
                        String text = parser.getText();
                        parser.nextToken();
                        long unit = parser.getLongValue();
                        parser.nextToken();
                        count = new ViewCount(views, text, unit, parser.getIntValue() == 1);
                    } else {
                        parser.nextToken();
                        parser.nextToken();
                        parser.nextToken();
                    }
                    parser.nextToken();
                    String ageText = parser.currentToken() == com.fasterxml.jackson.core.JsonToken.VALUE_NULL ? null
                            : recurring.text(parser);
                    Age age = Age.parse(ageText).orElse(null); // Age remembers the texts that recur
                    parser.nextToken(); // the end of this snapshot
                    read.add(new Ranked(rank, new Observation(moments.get(rank), status, count, age)));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e); // SQLite's own JSON, read from memory
            }
            read.sort(java.util.Comparator.comparingInt(Ranked::rank));
            List<Observation> observations = new ArrayList<>(read.size());
            read.forEach(r -> observations.add(r.observation()));
            return observations;
        }
    }

    /** Every capture of the playlist as a listing of its positions, oldest first. */
    public List<PlaylistListing> listings(String playlistId) {
        record Row(long capture, Instant at, boolean complete, PlaylistListing.Entry entry) {
        }
        try {
            List<Row> rows = database.withHandle(handle -> handle.createQuery("""
                    SELECT c.id, c.captured_at, c.complete, e.position, e.video_id, s.title, s.status
                    FROM capture c
                    JOIN capture_entry e ON e.capture_id = c.id
                    JOIN snapshot s ON s.capture_id = c.id AND s.video_id = e.video_id
                    WHERE c.playlist_id = :playlistId
                    ORDER BY c.captured_at, c.id, e.position
                    """)
                    .bind("playlistId", playlistId)
                    .map(rs -> new Row(rs.getLong("id"), Times.parse(Columns.text(rs, "captured_at")),
                            rs.getInt("complete") == 1, new PlaylistListing.Entry(rs.getInt("position"),
                            Columns.text(rs, "video_id"), Columns.text(rs, "title"), VideoStatus.byId(Columns.text(rs, "status")))))
                    .list());
            Map<Long, List<Row>> byCapture = new LinkedHashMap<>();
            rows.forEach(row -> byCapture.computeIfAbsent(row.capture(), k -> new ArrayList<>()).add(row));
            return byCapture.values().stream().map(capture -> new PlaylistListing(capture.getFirst().at(),
                    capture.getFirst().complete(), capture.stream().map(Row::entry).toList())).toList();
        } catch (UncheckedSqlException e) {
            throw database.failure("read the captures of playlist " + playlistId, e);
        }
    }

    /** Notes that a post of the playlist dated {@code postDate} was written at {@code now}. */
    public void recordPost(String playlistId, Instant postDate, Instant now) {
        try {
            database.useHandle(handle -> handle.createUpdate("""
                    INSERT INTO publication (user_name, playlist_id, post_date, published_at) VALUES (:user, :id, :date, :now)
                    ON CONFLICT (user_name, playlist_id, post_date) DO NOTHING
                    """).bind("user", handle.user()).bind("id", playlistId).bind("date", Times.format(postDate)).bind("now", Times.format(now))
                    .execute());
        } catch (UncheckedSqlException e) {
            throw database.failure("record a post of playlist " + playlistId, e);
        }
    }

    /**
     * The posts of the playlist, by date: those talkwatch wrote (with when it first wrote each), and
     * the one imported for it (taken as written at the end of its day).
     */
    public List<PostDate> postDates(String playlistId) {
        try {
            return database.withHandle(handle -> {
                List<PostDate> dates = new ArrayList<>(handle.createQuery(
                                "SELECT post_date, published_at FROM publication WHERE user_name = :user AND playlist_id = :id"
                                        + " ORDER BY post_date")
                        .bind("user", handle.user()).bind("id", playlistId)
                        .map(rs -> new PostDate(Times.parse(Columns.text(rs, 1)), Times.parse(Columns.text(rs, 2))))
                        .list());
                handle.createQuery("SELECT date FROM post WHERE user_name = :user AND playlist_id = :id")
                        .bind("user", handle.user()).bind("id", playlistId)
                        .mapTo(String.class).findOne().flatMap(HistoryStore::postDate)
                        .filter(date -> dates.stream().noneMatch(d -> d.date().equals(date)))
                        .ifPresent(date -> dates.add(new PostDate(date, date.plus(java.time.Duration.ofDays(1)))));
                return dates.stream().sorted(java.util.Comparator.comparing(PostDate::date)).toList();
            });
        } catch (UncheckedSqlException e) {
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
