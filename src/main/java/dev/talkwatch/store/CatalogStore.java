package dev.talkwatch.store;

import dev.talkwatch.catalog.ItemFilter;
import dev.talkwatch.catalog.Playlist;
import dev.talkwatch.catalog.PlaylistItem;
import dev.talkwatch.catalog.RecapPost;
import dev.talkwatch.catalog.VideoNotFoundException;
import dev.talkwatch.catalog.VideoState;
import dev.talkwatch.catalog.VideoStatus;
import dev.talkwatch.catalog.ViewCount;
import java.text.Collator;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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
            return database.inTransaction(handle -> work.apply(new CatalogWriter(handle)));
        } catch (UncheckedSqlException e) {
            throw database.failure("write", e);
        }
    }

    /**
     * Readies the catalog for captures at these moments, outside any transaction: on PostgreSQL, the
     * snapshot partitions of their months (made inside an import's transaction, a partition waits
     * for every reader of the snapshots, and they for it). Null moments are skipped.
     */
    public void prepareFor(Collection<Instant> moments) {
        if (!database.isPostgresql()) {
            return;
        }
        java.util.Set<String> months = new java.util.TreeSet<>();
        moments.stream().filter(java.util.Objects::nonNull).forEach(moment -> months.add(Times.format(moment)
                .substring(0, 7)));
        try {
            for (String month : months) {
                database.useTransaction(handle -> Partitions.ensure(handle, month + "-01T00:00:00Z"));
            }
        } catch (UncheckedSqlException e) {
            throw database.failure("make the partitions of the snapshots", e);
        }
    }

    /** Every playlist, by title. */
    public List<Playlist> playlists() {
        return playlists("", query -> { });
    }

    // The playlists the condition (SQL, on p) selects, by name.
    private List<Playlist> playlists(String condition, java.util.function.Consumer<Query> bind) {
        try {
            return database.withHandle(handle -> {
                var query = handle.createQuery("""
                    SELECT p.id, p.title, p.channel, p.tracked, p.refreshed_at,
                           (SELECT COUNT(*) FROM playlist_entry e WHERE e.playlist_id = p.id) AS videos,
                           (SELECT MAX(c.imported_at) FROM capture c WHERE c.playlist_id = p.id) AS last_import
                    FROM playlist p
                    """ + condition);
                bind.accept(query);
                return query
                    .map(rs -> new Playlist(Columns.text(rs, "id"), Columns.text(rs, "title"), Columns.text(rs, "channel"),
                            rs.getInt("videos"), Times.parse(Columns.text(rs, "last_import")), rs.getInt("tracked") == 1,
                            Times.parse(Columns.text(rs, "refreshed_at"))))
                    .list()
                    .stream()
                    .sorted(BY_NAME)
                    .toList();
            });
        } catch (UncheckedSqlException e) {
            throw database.failure("read playlists", e);
        }
    }

    /** The views of a playlist's videos added up (those that can be watched), and whether any count is rounded. */
    public record TotalViews(long views, boolean rounded) {
    }

    /** What {@link #items} would add up to, worked out by SQL: the front page shows it for every playlist. */
    public TotalViews totalViews(String playlistId) {
        try {
            return database.withHandle(handle -> handle.createQuery("""
                    SELECT COALESCE(SUM(s.views), 0) AS views, COALESCE(MAX(CASE WHEN s.views_exact = 0 THEN 1 ELSE 0 END), 0) AS rounded
                    FROM playlist_entry e JOIN video v ON v.id = e.video_id
                    JOIN snapshot s ON s.capture_id = v.latest_capture_id AND s.video_id = v.id
                    WHERE e.playlist_id = :id AND v.status = 'available'
                    """).bind("id", playlistId)
                    .map(rs -> new TotalViews(rs.getLong("views"), rs.getInt("rounded") == 1)).one());
        } catch (UncheckedSqlException e) {
            throw database.failure("add up the views of playlist " + playlistId, e);
        }
    }

    public Optional<Playlist> findPlaylist(String id) {
        return playlists("WHERE p.id = :id", query -> query.bind("id", id)).stream().findFirst();
    }

    /**
     * The playlist a user means: an exact id, or a unique part of a title (case-insensitive); with
     * no name, the only playlist there is. Throws {@link PlaylistNotFoundException} listing the
     * candidates otherwise.
     */
    public Playlist requirePlaylist(String name) {
        if (name != null && !name.isBlank()) {
            // an id, as scripts name a playlist: one row, not the counts of every playlist
            Optional<Playlist> byId = findPlaylist(name);
            if (byId.isPresent()) {
                return byId.get();
            }
        }
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
        return items(playlistId, (Instant) null);
    }

    /** As {@link #items(String)}, with each video's newest snapshot captured no later than {@code asOf}. */
    public List<PlaylistItem> items(String playlistId, Instant asOf) {
        try {
            return database.withHandle(handle -> items(handle, playlistId, "playlist_entry e",
                    "SELECT video_id FROM playlist_entry WHERE playlist_id = :playlistId", "e.playlist_id = :playlistId",
                    asOf, query -> query.bind("playlistId", playlistId)));
        } catch (UncheckedSqlException e) {
            throw database.failure("read the videos of playlist " + playlistId, e);
        }
    }

    /**
     * The items {@code filter} selects, in its order: {@code filter.apply(items(playlistId))}. When SQL
     * can order and cut as the filter does (no track to match, by views or position, a limit), only
     * the rows shown are read: `list --limit 20` read all 5,000 of a playlist to print 20.
     */
    public List<PlaylistItem> items(String playlistId, ItemFilter filter) {
        Optional<String> order = ItemOrder.sql(filter);
        if (order.isEmpty()) {
            return filter.apply(items(playlistId));
        }
        if (filter.limit() == 0) {
            return List.of();
        }
        try {
            return database.withHandle(handle -> {
                Query picking = handle.createQuery("SELECT e.position, e.video_id FROM playlist_entry e"
                        + " JOIN video v ON v.id = e.video_id " + VideoRows.latestJoin(handle.dialect(), "", "")
                        + " WHERE e.playlist_id = :playlistId" + ItemOrder.condition(filter)
                        + " ORDER BY " + order.get() + " LIMIT :limit")
                        .bind("playlistId", playlistId).bind("limit", filter.limit());
                if (filter.minViews() != null) {
                    picking.bind("least", filter.minViews());
                }
                // a video can stand at two positions: an entry is its position and its video
                record Entry(int position, String videoId) {
                }
                List<Entry> picked = picking.map(rs -> new Entry(rs.getInt(1), Columns.text(rs, 2))).list();
                if (picked.isEmpty()) {
                    return List.<PlaylistItem>of();
                }
                List<String> ids = picked.stream().map(Entry::videoId).distinct().toList();
                Map<Entry, PlaylistItem> byEntry = new java.util.HashMap<>();
                items(handle, playlistId, "playlist_entry e", "<ids>", "e.playlist_id = :playlistId AND e.video_id IN (<ids>)",
                        null, query -> query.bind("playlistId", playlistId).bindList("ids", ids))
                        .forEach(item -> byEntry.put(new Entry(item.position(), item.video().id()), item));
                return picked.stream().map(byEntry::get).toList();
            });
        } catch (UncheckedSqlException e) {
            throw database.failure("read the videos of playlist " + playlistId, e);
        }
    }

    /**
     * Those of {@code videoIds} that were in the playlist once but are not now, each at the position
     * the newest capture of the playlist that saw it gave, with its newest snapshot that has a count
     * (captured no later than {@code asOf}, when given), in position order.
     */
    public List<PlaylistItem> formerItems(String playlistId, Collection<String> videoIds, Instant asOf) {
        if (videoIds.isEmpty()) {
            return List.of();
        }
        String notNow = "e.video_id NOT IN (SELECT video_id FROM playlist_entry WHERE playlist_id = :playlistId)";
        String entries = """
                (SELECT e.video_id, e.position, e.link,
                        ROW_NUMBER() OVER (PARTITION BY e.video_id ORDER BY %s) AS newest
                 FROM capture_entry e JOIN capture c ON c.id = e.capture_id
                 WHERE c.playlist_id = :playlistId AND e.video_id IN (<ids>)) e""".formatted(CatalogWriter.NEWEST_FIRST);
        String ids = "SELECT e.video_id FROM capture_entry e JOIN capture c ON c.id = e.capture_id"
                + " WHERE c.playlist_id = :playlistId AND e.video_id IN (<ids>) AND " + notNow;
        try {
            return database.withHandle(handle -> items(handle, playlistId, entries, ids, "e.newest = 1 AND " + notNow,
                    asOf, query -> query.bind("playlistId", playlistId).bindList("ids", List.copyOf(videoIds))));
        } catch (UncheckedSqlException e) {
            throw database.failure("read the former videos of playlist " + playlistId, e);
        }
    }

    /**
     * The playlist's items from {@code entries} (rows of video_id, position and link, as {@code e})
     * that meet {@code condition}, with their speakers ({@code ids} selects their video ids) and
     * newest counted snapshots, in position order; {@code bind} binds what the SQL names.
     */
    private static List<PlaylistItem> items(Handle handle, String playlistId, String entries, String ids,
            String condition, Instant asOf, java.util.function.Consumer<Query> bind) {
        Map<String, Map<String, List<String>>> speakers = VideoRows.speakers(handle, ids, bind);
        var query = handle.createQuery("SELECT e.position, e.link, " + VideoRows.COLUMNS + ", " + VideoRows.LATEST_COLUMNS
                + " FROM " + entries + " JOIN video v ON v.id = e.video_id " + VideoRows.latestJoin(handle.dialect(), ids, VideoRows.asOf(asOf))
                + " WHERE " + condition + " ORDER BY e.position, e.video_id");
        bind.accept(query);
        if (asOf != null) {
            query.bind("asOf", Times.format(asOf));
        }
        return query.map(rs -> new PlaylistItem(playlistId, rs.getInt("position"),
                        VideoRows.video(rs, speakers.getOrDefault(Columns.text(rs, "id"), Map.of())),
                        Columns.text(rs, "link"), VideoRows.latest(rs)))
                .list();
    }

    /** The videos with these ids that the catalog has, with their newest counted snapshot, by id. */
    public Map<String, VideoState> videos(Collection<String> videoIds) {
        if (videoIds.isEmpty()) {
            return Map.of();
        }
        try {
            return database.withHandle(handle -> {
                List<String> idList = List.copyOf(videoIds);
                Map<String, Map<String, List<String>>> speakers =
                        VideoRows.speakers(handle, "<ids>", query -> query.bindList("ids", idList));
                Map<String, VideoState> videos = new LinkedHashMap<>();
                handle.createQuery("SELECT " + VideoRows.COLUMNS + ", " + VideoRows.LATEST_COLUMNS + " FROM video v "
                                + VideoRows.latestJoin(handle.dialect(), "<ids>", "") + " WHERE v.id IN (<ids>)")
                        .bindList("ids", idList)
                        .map(rs -> new VideoState(VideoRows.video(rs, speakers.getOrDefault(Columns.text(rs, "id"), Map.of())),
                                VideoRows.latest(rs)))
                        .forEach(state -> videos.put(state.video().id(), state));
                return videos;
            });
        } catch (UncheckedSqlException e) {
            throw database.failure("read videos", e);
        }
    }

    /** The id of the video a user names by id, URL or a unique part of its title; see {@link VideoNotFoundException}. */
    public String requireVideo(String name) {
        try {
            return database.withHandle(handle -> VideoFinder.require(handle, name));
        } catch (UncheckedSqlException e) {
            throw database.failure("find video '" + name + "'", e);
        }
    }

    /** Videos whose titles, speakers or notes hold every word of {@code text}, best first. */
    public List<SearchHit> search(String text, int limit) {
        try {
            return database.withHandle(handle -> SearchIndex.search(handle, text, limit));
        } catch (UncheckedSqlException e) {
            throw database.failure("search for '" + text + "'", e);
        }
    }

    /** The playlists a video is in, with its position in each. */
    public List<Membership> memberships(String videoId) {
        try {
            return database.withHandle(handle -> handle.createQuery("""
                    SELECT e.playlist_id, p.title, e.position, e.link FROM playlist_entry e
                    JOIN playlist p ON p.id = e.playlist_id WHERE e.video_id = :id ORDER BY p.title, e.position
                    """).bind("id", videoId)
                    .map(rs -> new Membership(Columns.text(rs, 1), Columns.text(rs, 2), rs.getInt(3), Columns.text(rs, 4)))
                    .list());
        } catch (UncheckedSqlException e) {
            throw database.failure("read the playlists of video " + videoId, e);
        }
    }

    /**
     * Every speaker a title or pyvideo names, with the number of videos that name them: names
     * that differ only in case are one speaker, as {@link #speakerTalks} finds them. In the order
     * of a name index: by letter, an accented letter beside its plain one, not by code point.
     */
    public List<SpeakerCount> speakers() {
        List<SpeakerCount> speakers;
        try {
            speakers = database.withHandle(handle -> handle.createQuery("""
                    SELECT min(name), count(DISTINCT video_id) FROM video_speaker GROUP BY lower(name)
                    """).map(rs -> new SpeakerCount(Columns.text(rs, 1), rs.getInt(2))).list());
        } catch (UncheckedSqlException e) {
            throw database.failure("read the speakers", e);
        }
        Collator index = Collator.getInstance(Locale.ROOT);
        index.setStrength(Collator.SECONDARY);
        return speakers.stream().sorted(Comparator.comparing(SpeakerCount::name, index)
                .thenComparing(SpeakerCount::name)).toList();
    }

    /**
     * The videos whose title or pyvideo names this speaker (as written, ignoring case), by title, each
     * with its newest counted snapshot.
     */
    public List<VideoState> speakerTalks(String name) {
        List<String> ids;
        try {
            ids = database.withHandle(handle -> handle.createQuery("""
                    SELECT v.id FROM video v
                    WHERE v.id IN (SELECT video_id FROM video_speaker WHERE lower(name) = lower(:name))
                    ORDER BY v.title, v.id
                    """).bind("name", name.strip()).mapTo(String.class).list());
        } catch (UncheckedSqlException e) {
            throw database.failure("read the talks of speaker " + name, e);
        }
        Map<String, VideoState> states = videos(ids);
        return ids.stream().filter(states::containsKey).map(states::get).toList();
    }

    /** Every snapshot of a video, oldest first. */
    public List<HistoryRow> history(String videoId) {
        try {
            return database.withHandle(handle -> handle.createQuery("""
                    SELECT c.captured_at, s.title, s.status, s.views, s.views_text, s.views_unit, s.views_exact, s.likes,
                           c.source
                    FROM snapshot s JOIN capture c ON c.id = s.capture_id
                    WHERE s.video_id = :id ORDER BY c.captured_at, c.id
                    """).bind("id", videoId)
                    .map(rs -> {
                        ViewCount views = rs.getObject("views") == null ? null : VideoRows.counts(rs);
                        long likes = rs.getLong("likes");
                        Long likeCount = rs.wasNull() ? null : likes;
                        return new HistoryRow(Times.parse(Columns.text(rs, "captured_at")), Columns.text(rs, "title"),
                                VideoStatus.byId(Columns.text(rs, "status")), views, likeCount, Columns.text(rs, "source"));
                    })
                    .list());
        } catch (UncheckedSqlException e) {
            throw database.failure("read the history of video " + videoId, e);
        }
    }

    /** The layout of the recap post imported for the playlist, if one was. */
    public Optional<RecapPost> post(String playlistId) {
        try {
            return database.withHandle(handle -> PostRows.find(handle, playlistId));
        } catch (UncheckedSqlException e) {
            throw database.failure("read the post of playlist " + playlistId, e);
        }
    }

    /** The playlist whose capture was imported last, if any was. */
    public Optional<String> lastImportedPlaylist() {
        try {
            return database.withHandle(handle -> handle.createQuery("""
                    SELECT playlist_id FROM capture WHERE playlist_id IS NOT NULL ORDER BY imported_at DESC, id DESC LIMIT 1
                    """).mapTo(String.class).findOne());
        } catch (UncheckedSqlException e) {
            throw database.failure("read the playlist imported last", e);
        }
    }

    /** The content digests of every source ever imported (files, and fetches). */
    public java.util.Set<String> importedDigests() {
        try {
            return new java.util.HashSet<>(database.withHandle(handle ->
                    handle.createQuery("SELECT digest FROM imported_source").mapTo(String.class).list()));
        } catch (UncheckedSqlException e) {
            throw database.failure("read what the catalog imported", e);
        }
    }

    /** Whether {@code refresh} fetches the playlist again. */
    public void setTracked(String playlistId, boolean tracked) {
        update("track playlist " + playlistId, "UPDATE playlist SET tracked = :value WHERE id = :id", playlistId,
                tracked ? 1 : 0);
    }

    /** Notes that a fetch of the playlist from YouTube succeeded at {@code at}. */
    public void markRefreshed(String playlistId, Instant at) {
        update("mark playlist " + playlistId + " refreshed", "UPDATE playlist SET refreshed_at = :value WHERE id = :id",
                playlistId, Times.format(at));
    }

    private void update(String what, String sql, String playlistId, Object value) {
        try {
            database.useHandle(handle -> handle.createUpdate(sql).bind("value", value).bind("id", playlistId)
                    .execute());
        } catch (UncheckedSqlException e) {
            throw database.failure(what, e);
        }
    }

    /** Sets the title pattern the user chose for a playlist, or clears it (null) to detect it again. */
    public void setPlaylistPattern(String playlistId, String pattern) {
        try {
            database.useHandle(handle -> handle
                    .createUpdate("UPDATE playlist SET title_pattern = :pattern WHERE id = :id")
                    .bind("pattern", pattern).bind("id", playlistId).execute());
        } catch (UncheckedSqlException e) {
            throw database.failure("set the title pattern of playlist " + playlistId, e);
        }
    }

    /** The pattern the user chose for the playlist, if any. */
    public Optional<String> playlistPattern(String playlistId) {
        return inTransaction(writer -> writer.playlistPattern(playlistId));
    }
}
