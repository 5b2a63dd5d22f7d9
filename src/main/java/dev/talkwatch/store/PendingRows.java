package dev.talkwatch.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The SQL of what waits for a video the catalog does not have yet: a talk catalogue's facts about it. */
final class PendingRows {


    private PendingRows() {
    }

    static Optional<VideoDetails> find(Handle handle, String videoId) {
        return handle.createQuery("""
                SELECT video_id, full_title, speakers, recorded_on, description, duration_seconds
                FROM pending_fact WHERE video_id = :id
                """).bind("id", videoId).map(rs -> {
                    int seconds = rs.getInt("duration_seconds");
                    Integer duration = rs.wasNull() ? null : seconds;
                    String recorded = rs.getString("recorded_on");
                    return new VideoDetails(rs.getString("video_id"), rs.getString("full_title"),
                            JsonLists.read(rs.getString("speakers"), "the speakers kept for a video"),
                            recorded == null ? null : LocalDate.parse(recorded), rs.getString("description"), duration);
                }).findOne();
    }

    static void saveDetails(Handle handle, VideoDetails details, String origin) {
        handle.createUpdate("""
                INSERT INTO pending_fact (video_id, full_title, speakers, recorded_on, description, duration_seconds, origin)
                VALUES (:id, :fullTitle, :speakers, :recordedOn, :description, :duration, :origin)
                ON CONFLICT (video_id) DO UPDATE SET full_title = excluded.full_title, speakers = excluded.speakers,
                    recorded_on = excluded.recorded_on, description = excluded.description,
                    duration_seconds = excluded.duration_seconds, origin = excluded.origin
                """)
                .bind("id", details.videoId()).bind("fullTitle", details.fullTitle())
                .bind("speakers", JsonLists.write(details.speakers()))
                .bind("recordedOn", details.recordedOn() == null ? null : details.recordedOn().toString())
                .bind("description", details.description()).bind("duration", details.durationSeconds())
                .bind("origin", origin)
                .execute();
    }

    static List<VideoDetails> takeDetails(Handle handle, Collection<String> videoIds) {
        if (videoIds.isEmpty()) {
            return List.of();
        }
        List<String> waiting = handle.createQuery("SELECT video_id FROM pending_fact WHERE video_id IN (<ids>) ORDER BY video_id")
                .bindList("ids", List.copyOf(videoIds)).mapTo(String.class).list();
        List<VideoDetails> taken = waiting.stream().map(id -> find(handle, id).orElseThrow()).toList();
        if (!waiting.isEmpty()) {
            handle.createUpdate("DELETE FROM pending_fact WHERE video_id IN (<ids>)").bindList("ids", waiting).execute();
        }
        return taken;
    }
}
