package dev.talkwatch.store;

import dev.talkwatch.catalog.Playlist;
import dev.talkwatch.catalog.PlaylistItem;
import dev.talkwatch.catalog.Snapshot;
import dev.talkwatch.catalog.Talk;
import dev.talkwatch.catalog.Video;
import dev.talkwatch.catalog.ViewCount;
import java.sql.ResultSet;
import java.sql.SQLException;
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
     * has a view count.
     */
    public List<PlaylistItem> items(String playlistId) {
        try {
            return database.jdbi().withHandle(handle -> {
                Map<String, List<String>> speakers = new HashMap<>();
                handle.createQuery("""
                        SELECT s.video_id, s.name FROM video_speaker s
                        WHERE s.video_id IN (SELECT video_id FROM playlist_entry WHERE playlist_id = :playlistId)
                        ORDER BY s.video_id, s.ordinal
                        """)
                        .bind("playlistId", playlistId)
                        .map((rs, ctx) -> Map.entry(rs.getString("video_id"), rs.getString("name")))
                        .forEach(e -> speakers.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
                return handle.createQuery("""
                        SELECT e.position, e.link, v.id, v.title, v.channel, v.duration_seconds, v.track,
                               v.talk_title, v.truncated,
                               latest.views, latest.views_text, latest.views_unit, latest.captured_at, latest.source
                        FROM playlist_entry e
                        JOIN video v ON v.id = e.video_id
                        LEFT JOIN (
                            SELECT s.video_id, s.views, s.views_text, s.views_unit, c.captured_at, c.source,
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
                        .map((rs, ctx) -> item(playlistId, rs, speakers))
                        .list();
            });
        } catch (JdbiException e) {
            throw database.failure("read the videos of playlist " + playlistId, e);
        }
    }

    private static PlaylistItem item(String playlistId, ResultSet rs, Map<String, List<String>> speakers)
            throws SQLException {
        String videoId = rs.getString("id");
        Talk talk = new Talk(rs.getString("track"), speakers.getOrDefault(videoId, List.of()),
                rs.getString("talk_title"), rs.getInt("truncated") == 1);
        int seconds = rs.getInt("duration_seconds");
        Integer duration = rs.wasNull() ? null : seconds;
        Video video = new Video(videoId, rs.getString("title"), rs.getString("channel"), duration, talk);
        Snapshot latest = null;
        if (rs.getObject("views") != null) {
            ViewCount views = new ViewCount(rs.getLong("views"), rs.getString("views_text"), rs.getLong("views_unit"));
            latest = new Snapshot(Times.parse(rs.getString("captured_at")), views, rs.getString("source"));
        }
        return new PlaylistItem(playlistId, rs.getInt("position"), video, rs.getString("link"), latest);
    }
}
