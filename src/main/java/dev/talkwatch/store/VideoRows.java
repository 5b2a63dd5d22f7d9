package dev.talkwatch.store;

import dev.talkwatch.catalog.Snapshot;
import dev.talkwatch.catalog.Talk;
import dev.talkwatch.catalog.Video;
import dev.talkwatch.catalog.VideoStatus;
import dev.talkwatch.catalog.ViewCount;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reading videos with their talk, enrichment and newest counted snapshot: the SQL and the mapping. */
final class VideoRows {

    /** The video columns, to select from {@code video v}. */
    static final String COLUMNS = """
            v.id, v.title, v.status, v.channel, v.duration_seconds, v.published_at, v.recorded_on, v.description,
            v.track, v.talk_title, v.truncated, v.full_title
            """;

    /**
     * The newest snapshot with a count of each video in {@code <ids>} (a subquery), joined as
     * {@code latest}: the one video.latest_capture_id names, or, as of a moment ({@code asOfCondition}
     * not empty), the newest captured by then.
     */
    static String latestJoin(Dialect dialect, String ids, String asOfCondition) {
        if (asOfCondition.isEmpty()) {
            return """
                    LEFT JOIN capture latest_capture ON latest_capture.id = v.latest_capture_id
                    LEFT JOIN snapshot latest ON latest.capture_id = latest_capture.id AND latest.video_id = v.id%s
                    """.formatted(dialect.sameCapture("latest", "latest_capture"));
        }
        return """
                LEFT JOIN (
                    SELECT s.video_id, s.capture_id, s.views, s.views_text, s.views_unit, s.views_exact, s.likes,
                           ROW_NUMBER() OVER (PARTITION BY s.video_id ORDER BY %s) AS newest
                    FROM snapshot s JOIN capture c ON c.id = s.capture_id
                    WHERE s.views IS NOT NULL AND s.video_id IN (%s) %s
                ) latest ON latest.video_id = v.id AND latest.newest = 1
                LEFT JOIN capture latest_capture ON latest_capture.id = latest.capture_id
                """.formatted(CatalogWriter.NEWEST_FIRST, ids, asOfCondition);
    }

    static final String LATEST_COLUMNS =
            "latest.views, latest.views_text, latest.views_unit, latest.views_exact, latest.likes,"
                    + " latest_capture.captured_at, latest_capture.source";

    private VideoRows() {
    }

    /** Speakers by video and source ('title', 'pyvideo') for the videos {@code idsQuery} selects. */
    static Map<String, Map<String, List<String>>> speakers(Handle handle, String idsQuery,
            java.util.function.Consumer<Query> bind) {
        Map<String, Map<String, List<String>>> speakers = new HashMap<>();
        var query = handle.createQuery("SELECT s.video_id, s.source, s.name FROM video_speaker s WHERE s.video_id IN ("
                + idsQuery + ") ORDER BY s.video_id, s.source, s.ordinal");
        bind.accept(query);
        query.map(rs -> List.of(Columns.text(rs, "video_id"), Columns.text(rs, "source"), Columns.text(rs, "name")))
                .forEach(row -> speakers.computeIfAbsent(row.get(0), k -> new HashMap<>())
                        .computeIfAbsent(row.get(1), k -> new ArrayList<>()).add(row.get(2)));
        return speakers;
    }

    /** The video of the current row; pyvideo's full names and full title complete what YouTube's title shows. */
    static Video video(ResultSet rs, Map<String, List<String>> speakers) throws SQLException {
        String fullTitle = Columns.text(rs, "full_title");
        boolean truncated = rs.getInt("truncated") == 1;
        List<String> names = speakers.getOrDefault("pyvideo", speakers.getOrDefault("title", List.of()));
        String talkTitle = truncated && fullTitle != null ? fullTitle : Columns.text(rs, "talk_title");
        Talk talk = new Talk(Columns.text(rs, "track"), names, talkTitle, truncated && fullTitle == null);
        int seconds = rs.getInt("duration_seconds");
        Integer duration = rs.wasNull() ? null : seconds;
        String recordedOn = Columns.text(rs, "recorded_on");
        return new Video(Columns.text(rs, "id"), Columns.text(rs, "title"), VideoStatus.byId(Columns.text(rs, "status")),
                Columns.text(rs, "channel"), duration, Times.parse(Columns.text(rs, "published_at")),
                recordedOn == null ? null : LocalDate.parse(recordedOn), Columns.text(rs, "description"), talk);
    }

    /** The snapshot of the current row's {@code latest} columns, or null. */
    static Snapshot latest(ResultSet rs) throws SQLException {
        if (rs.getObject("views") == null) {
            return null;
        }
        ViewCount views = counts(rs);
        long likes = rs.getLong("likes");
        return new Snapshot(Times.parse(Columns.text(rs, "captured_at")), views, rs.wasNull() ? null : likes,
                Columns.text(rs, "source"));
    }

    /** The view count of the current row's views, views_text, views_unit and views_exact columns. */
    static ViewCount counts(ResultSet rs) throws SQLException {
        return new ViewCount(rs.getLong("views"), Columns.text(rs, "views_text"), rs.getLong("views_unit"),
                rs.getInt("views_exact") == 1);
    }

    /** The condition that limits snapshots to captures taken up to {@code asOf}, or none. */
    static String asOf(Instant asOf) {
        return asOf == null ? "" : "AND c.captured_at <= :asOf";
    }
}
