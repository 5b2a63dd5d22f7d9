package dev.talkwatch.store;

import dev.talkwatch.catalog.Playlist;
import dev.talkwatch.catalog.PlaylistItem;
import dev.talkwatch.catalog.Snapshot;
import dev.talkwatch.catalog.Talk;
import dev.talkwatch.catalog.Video;
import dev.talkwatch.catalog.VideoStatus;
import dev.talkwatch.catalog.ViewCount;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.JdbiException;

/** Reads the catalog, and opens the transactions through which it is written. Thread-safe. */
public final class CatalogStore {

    private static final Comparator<Playlist> BY_NAME = Comparator
            .comparing((Playlist p) -> p.displayName().toLowerCase(Locale.ROOT))
            .thenComparing(Playlist::id);

    private final Database database;

    public CatalogStore(Database database) {
        this.database = database;
    }

    /** Runs {@code work} in one transaction: everything it writes lands, or nothing does. */
    public <R> R inTransaction(Function<CatalogWriter, R> work) {
        try {
            return database.jdbi().inTransaction(handle -> work.apply(new CatalogWriter(handle)));
        } catch (JdbiException e) {
            throw database.failure("write", e);
        }
    }

    /** Every playlist, by title. */
    public List<Playlist> playlists() {
        try {
            return database.jdbi().withHandle(handle -> handle.createQuery("""
                    SELECT p.id, p.title, p.channel,
                           (SELECT COUNT(*) FROM playlist_entry e WHERE e.playlist_id = p.id) AS videos,
                           (SELECT MAX(c.imported_at) FROM capture c WHERE c.playlist_id = p.id) AS last_import
                    FROM playlist p
                    """)
                    .map((rs, ctx) -> new Playlist(rs.getString("id"), rs.getString("title"), rs.getString("channel"),
                            rs.getInt("videos"), Times.parse(rs.getString("last_import"))))
                    .list()
                    .stream()
                    .sorted(BY_NAME)
                    .toList());
        } catch (JdbiException e) {
            throw database.failure("read playlists", e);
        }
    }

    public Optional<Playlist> findPlaylist(String id) {
        return playlists().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * The playlist a user means: an exact id, or a unique part of a title (case-insensitive); with
     * no name, the only playlist there is. Throws {@link PlaylistNotFoundException} listing the
     * candidates otherwise.
     */
    public Playlist requirePlaylist(String name) {
        List<Playlist> all = playlists();
        if (name == null || name.isBlank()) {
            if (all.size() == 1) {
                return all.getFirst();
            }
            throw new PlaylistNotFoundException(all.isEmpty()
                    ? "the catalog has no playlists yet; import one first (talkwatch import FILE)"
                    : "the catalog has " + all.size() + " playlists; name one: " + describe(all));
        }
        Optional<Playlist> byId = all.stream().filter(p -> p.id().equals(name)).findFirst();
        if (byId.isPresent()) {
            return byId.get();
        }
        String wanted = name.toLowerCase(Locale.ROOT);
        List<Playlist> matches = all.stream()
                .filter(p -> p.title() != null && p.title().toLowerCase(Locale.ROOT).contains(wanted))
                .toList();
        if (matches.size() == 1) {
            return matches.getFirst();
        }
        throw new PlaylistNotFoundException(matches.isEmpty()
                ? "no playlist matches '" + name + "'; see talkwatch playlists"
                : "'" + name + "' matches " + matches.size() + " playlists: " + describe(matches));
    }

    private static String describe(List<Playlist> playlists) {
        return playlists.stream().map(p -> p.id() + " (" + p.displayName() + ")").collect(Collectors.joining(", "));
    }

    /**
     * The playlist's current entries in position order, each with its video's newest snapshot that
     * has a view count. A video's talk takes the speakers and full title pyvideo gave, where it gave
     * them, over those read from the YouTube title.
     */
    public List<PlaylistItem> items(String playlistId) {
        try {
            return database.jdbi().withHandle(handle -> {
                Map<String, Map<String, List<String>>> speakers = new HashMap<>();
                handle.createQuery("""
                        SELECT s.video_id, s.source, s.name FROM video_speaker s
                        WHERE s.video_id IN (SELECT video_id FROM playlist_entry WHERE playlist_id = :playlistId)
                        ORDER BY s.video_id, s.source, s.ordinal
                        """)
                        .bind("playlistId", playlistId)
                        .map((rs, ctx) -> List.of(rs.getString("video_id"), rs.getString("source"), rs.getString("name")))
                        .forEach(row -> speakers.computeIfAbsent(row.get(0), k -> new HashMap<>())
                                .computeIfAbsent(row.get(1), k -> new ArrayList<>()).add(row.get(2)));
                return handle.createQuery("""
                        SELECT e.position, e.link, v.id, v.title, v.status, v.channel, v.duration_seconds,
                               v.published_at, v.recorded_on, v.description, v.track, v.talk_title, v.truncated,
                               v.full_title,
                               latest.views, latest.views_text, latest.views_unit, latest.likes,
                               latest.captured_at, latest.source
                        FROM playlist_entry e
                        JOIN video v ON v.id = e.video_id
                        LEFT JOIN (
                            SELECT s.video_id, s.views, s.views_text, s.views_unit, s.likes, c.captured_at, c.source,
                                   ROW_NUMBER() OVER (PARTITION BY s.video_id
                                                      ORDER BY c.captured_at DESC, c.id DESC) AS newest
                            FROM snapshot s JOIN capture c ON c.id = s.capture_id
                            WHERE s.views IS NOT NULL
                              AND s.video_id IN (SELECT video_id FROM playlist_entry WHERE playlist_id = :playlistId)
                        ) latest ON latest.video_id = v.id AND latest.newest = 1
                        WHERE e.playlist_id = :playlistId
                        ORDER BY e.position
                        """)
                        .bind("playlistId", playlistId)
                        .map((rs, ctx) -> item(playlistId, rs, speakers.getOrDefault(rs.getString("id"), Map.of())))
                        .list();
            });
        } catch (JdbiException e) {
            throw database.failure("read the videos of playlist " + playlistId, e);
        }
    }

    /** Sets the title pattern the user chose for a playlist, or clears it (null) to detect it again. */
    public void setPlaylistPattern(String playlistId, String pattern) {
        try {
            database.jdbi().useHandle(handle -> handle
                    .createUpdate("UPDATE playlist SET title_pattern = :pattern WHERE id = :id")
                    .bind("pattern", pattern).bind("id", playlistId).execute());
        } catch (JdbiException e) {
            throw database.failure("set the title pattern of playlist " + playlistId, e);
        }
    }

    /** The pattern the user chose for the playlist, if any. */
    public Optional<String> playlistPattern(String playlistId) {
        return inTransaction(writer -> writer.playlistPattern(playlistId));
    }

    private static PlaylistItem item(String playlistId, ResultSet rs, Map<String, List<String>> speakers)
            throws SQLException {
        String videoId = rs.getString("id");
        String fullTitle = rs.getString("full_title");
        boolean truncated = rs.getInt("truncated") == 1;
        // pyvideo's full names and full title complete what YouTube's title shows
        List<String> names = speakers.getOrDefault("pyvideo", speakers.getOrDefault("title", List.of()));
        String talkTitle = truncated && fullTitle != null ? fullTitle : rs.getString("talk_title");
        Talk talk = new Talk(rs.getString("track"), names, talkTitle, truncated && fullTitle == null);
        int seconds = rs.getInt("duration_seconds");
        Integer duration = rs.wasNull() ? null : seconds;
        String recordedOn = rs.getString("recorded_on");
        Video video = new Video(videoId, rs.getString("title"), VideoStatus.byId(rs.getString("status")),
                rs.getString("channel"), duration, Times.parse(rs.getString("published_at")),
                recordedOn == null ? null : LocalDate.parse(recordedOn), rs.getString("description"), talk);
        Snapshot latest = null;
        if (rs.getObject("views") != null) {
            ViewCount views = new ViewCount(rs.getLong("views"), rs.getString("views_text"), rs.getLong("views_unit"));
            long likes = rs.getLong("likes");
            latest = new Snapshot(Times.parse(rs.getString("captured_at")), views, rs.wasNull() ? null : likes,
                    rs.getString("source"));
        }
        return new PlaylistItem(playlistId, rs.getInt("position"), video, rs.getString("link"), latest);
    }
}
