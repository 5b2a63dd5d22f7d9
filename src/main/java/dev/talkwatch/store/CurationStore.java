package dev.talkwatch.store;

import dev.talkwatch.catalog.DiaryEntry;
import dev.talkwatch.catalog.Note;
import dev.talkwatch.catalog.Stars;
import dev.talkwatch.catalog.TalkwatchException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SQL of the personal layer: ratings, notes, the watch queue and the watched diary. Every
 * change runs in its own transaction, or in the caller's handle when given a {@link CatalogWriter}.
 */
public final class CurationStore {

    private final Database database;

    public CurationStore(Database database) {
        this.database = database;
    }

    /** Runs {@code work} in one transaction over the curation tables. */
    public <R> R inTransaction(java.util.function.Function<Curation, R> work) {
        try {
            return database.inTransaction(handle -> work.apply(new Curation(handle)));
        } catch (UncheckedSqlException e) {
            throw database.failure("update your curation", e);
        }
    }

    /**
     * Runs {@code work}, which only reads, in one read transaction: a consistent view that, unlike
     * {@link #inTransaction} (which takes the write lock as it begins, so that writers queue instead
     * of failing), waits for no one and makes no one wait. The web app's pages read this way.
     */
    public <R> R read(java.util.function.Function<Curation, R> work) {
        try {
            return database.inReadTransaction(handle -> work.apply(new Curation(handle)));
        } catch (UncheckedSqlException e) {
            throw database.failure("read your curation", e);
        }
    }

    /** Curation reads and writes on one open handle. */
    public static final class Curation {
        private final Handle handle;

        Curation(Handle handle) {
            this.handle = handle;
        }

        public Optional<Stars> rating(String videoId) {
            return handle.createQuery("SELECT half_stars FROM rating WHERE user_name = :user AND video_id = :id")
                    .bind("user", handle.user()).bind("id", videoId)
                    .mapTo(Integer.class).findOne().map(Stars::new);
        }

        /** Every rating in the order the videos were first rated. */
        public Map<String, Stars> ratings() {
            Map<String, Stars> ratings = new LinkedHashMap<>();
            handle.createQuery("SELECT video_id, half_stars FROM rating WHERE user_name = :user"
                            + " ORDER BY COALESCE(first_rated_at, rated_at), rated_order").bind("user", handle.user())
                    .map(rs -> Map.entry(rs.getString(1), new Stars(rs.getInt(2))))
                    .forEach(e -> ratings.put(e.getKey(), e.getValue()));
            return ratings;
        }

        /** Sets the rating; a video rated again keeps its place in the order of rating. */
        public void rate(String videoId, Stars stars, Instant now) {
            handle.createUpdate("""
                    INSERT INTO rating (user_name, video_id, half_stars, rated_order, rated_at, first_rated_at)
                    VALUES (:user, :id, :half, (SELECT COALESCE(MAX(rated_order), 0) + 1 FROM rating WHERE user_name = :user),
                            :now, :now)
                    ON CONFLICT (user_name, video_id) DO UPDATE SET half_stars = excluded.half_stars, rated_at = excluded.rated_at
                    """)
                    .bind("user", handle.user()).bind("id", videoId).bind("half", stars.halfStars()).bind("now", Times.format(now)).execute();
        }

        /**
         * Rates the video as a post written at {@code at} did, its {@code order}-th rating: a rating
         * given after that stays as it is, and the video counts as first rated at the earliest moment
         * any source rated it. Returns whether the stars were set.
         */
        public boolean rateAsOf(String videoId, Stars stars, Instant at, int order) {
            String when = Times.format(at);
            handle.createUpdate("""
                    INSERT INTO rating (user_name, video_id, half_stars, rated_order, rated_at, first_rated_at)
                    VALUES (:user, :id, :half, :order, :at, :at)
                    ON CONFLICT (user_name, video_id) DO UPDATE SET
                        half_stars = CASE WHEN rating.rated_at <= excluded.rated_at THEN excluded.half_stars ELSE rating.half_stars END,
                        rated_at = %s,
                        rated_order = CASE WHEN COALESCE(rating.first_rated_at, rating.rated_at) > excluded.first_rated_at
                                           THEN excluded.rated_order ELSE rating.rated_order END,
                        first_rated_at = %s
                    """.formatted(handle.dialect().greatest("rating.rated_at", "excluded.rated_at"),
                            handle.dialect().least("COALESCE(rating.first_rated_at, rating.rated_at)", "excluded.first_rated_at")))
                    .bind("user", handle.user()).bind("id", videoId).bind("half", stars.halfStars()).bind("order", order)
                    .bind("at", when).execute();
            return rating(videoId).filter(stars::equals).isPresent();
        }

        public boolean clearRating(String videoId) {
            return handle.createUpdate("DELETE FROM rating WHERE user_name = :user AND video_id = :id")
                    .bind("user", handle.user()).bind("id", videoId).execute() > 0;
        }

        public List<Note> notes(String videoId) {
            return handle.createQuery(
                            "SELECT ordinal, text, created_at FROM note WHERE user_name = :user AND video_id = :id ORDER BY ordinal")
                    .bind("user", handle.user()).bind("id", videoId)
                    .map(rs -> new Note(rs.getInt(1), rs.getString(2), Times.parse(rs.getString(3))))
                    .list();
        }

        /** Every note by video, videos in no particular order, each video's notes in order. */
        public Map<String, List<Note>> allNotes() {
            Map<String, List<Note>> notes = new LinkedHashMap<>();
            handle.createQuery("SELECT video_id, ordinal, text, created_at FROM note WHERE user_name = :user"
                            + " ORDER BY video_id, ordinal").bind("user", handle.user())
                    .map(rs -> Map.entry(rs.getString(1), new Note(rs.getInt(2), rs.getString(3),
                            Times.parse(rs.getString(4)))))
                    .forEach(e -> notes.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
            return notes;
        }

        public Note addNote(String videoId, String text, Instant now) {
            int number = handle.createQuery("SELECT COALESCE(MAX(ordinal), 0) + 1 FROM note WHERE user_name = :user AND video_id = :id")
                    .bind("user", handle.user()).bind("id", videoId).mapTo(Integer.class).one();
            handle.createUpdate("""
                    INSERT INTO note (user_name, video_id, ordinal, text, created_at, updated_at)
                    VALUES (:user, :id, :n, :text, :now, :now)
                    """).bind("user", handle.user()).bind("id", videoId).bind("n", number).bind("text", text).bind("now", Times.format(now)).execute();
            SearchIndex.refresh(handle, List.of(videoId));
            return new Note(number, text, now);
        }

        /**
         * Adds a note a post written at {@code at} holds, unless the video has that note already; the
         * notes stay in the order they were written, so an older post's notes go before a newer one's,
         * and a note both hold counts as written in the older. Returns whether the note was new.
         */
        public boolean addNoteAsOf(String videoId, String text, Instant at) {
            String when = Times.format(at);
            Optional<String> kept = handle.createQuery(
                            "SELECT created_at FROM note WHERE user_name = :user AND video_id = :id AND text = :text")
                    .bind("user", handle.user()).bind("id", videoId).bind("text", text).mapTo(String.class).findFirst();
            if (kept.isPresent()) {
                if (kept.get().compareTo(when) > 0) {
                    handle.createUpdate("UPDATE note SET created_at = :at WHERE user_name = :user AND video_id = :id AND text = :text")
                            .bind("at", when).bind("user", handle.user()).bind("id", videoId).bind("text", text).execute();
                    renumberNotes(videoId);
                }
                return false;
            }
            int number = handle.createQuery("SELECT COALESCE(MAX(ordinal), 0) + 1 FROM note WHERE user_name = :user AND video_id = :id")
                    .bind("user", handle.user()).bind("id", videoId).mapTo(Integer.class).one();
            handle.createUpdate("""
                    INSERT INTO note (user_name, video_id, ordinal, text, created_at, updated_at)
                    VALUES (:user, :id, :n, :text, :at, :at)
                    """).bind("user", handle.user()).bind("id", videoId).bind("n", number).bind("text", text).bind("at", when).execute();
            renumberNotes(videoId);
            return true;
        }

        // Notes numbered 1, 2, ... in the order they were written; in two steps, so no two share a number.
        private void renumberNotes(String videoId) {
            List<Long> ids = handle.createQuery(
                            "SELECT id FROM note WHERE user_name = :user AND video_id = :id ORDER BY created_at, ordinal")
                    .bind("user", handle.user()).bind("id", videoId).mapTo(Long.class).list();
            handle.createUpdate("UPDATE note SET ordinal = -ordinal WHERE user_name = :user AND video_id = :id")
                    .bind("user", handle.user()).bind("id", videoId).execute();
            for (int i = 0; i < ids.size(); i++) {
                handle.createUpdate("UPDATE note SET ordinal = :n WHERE id = :note").bind("n", i + 1).bind("note", ids.get(i))
                        .execute();
            }
        }

        /** Replaces note {@code number}; throws when the video has no such note. */
        public void editNote(String videoId, int number, String text, Instant now) {
            int changed = handle.createUpdate(
                            "UPDATE note SET text = :text, updated_at = :now WHERE user_name = :user AND video_id = :id AND ordinal = :n")
                    .bind("user", handle.user()).bind("id", videoId).bind("n", number).bind("text", text).bind("now", Times.format(now)).execute();
            if (changed == 0) {
                throw noSuchNote(videoId, number);
            }
            SearchIndex.refresh(handle, List.of(videoId));
        }

        /** Removes note {@code number} and numbers the later ones down; throws when there is no such note. */
        public void removeNote(String videoId, int number) {
            int removed = handle.createUpdate("DELETE FROM note WHERE user_name = :user AND video_id = :id AND ordinal = :n")
                    .bind("user", handle.user()).bind("id", videoId).bind("n", number).execute();
            if (removed == 0) {
                throw noSuchNote(videoId, number);
            }
            // two steps, so no moment has two notes with one number
            handle.createUpdate("UPDATE note SET ordinal = -ordinal WHERE user_name = :user AND video_id = :id AND ordinal > :n")
                    .bind("user", handle.user()).bind("id", videoId).bind("n", number).execute();
            handle.createUpdate("UPDATE note SET ordinal = -ordinal - 1 WHERE user_name = :user AND video_id = :id AND ordinal < 0")
                    .bind("user", handle.user()).bind("id", videoId).execute();
            SearchIndex.refresh(handle, List.of(videoId));
        }

        private TalkwatchException noSuchNote(String videoId, int number) {
            int count = notes(videoId).size();
            return new TalkwatchException("video " + videoId + " has no note " + number
                    + (count == 0 ? "; it has no notes" : "; its notes are numbered 1 to " + count));
        }

        /** The queue's video ids, first to watch first. */
        public List<String> queue() {
            return handle.createQuery("SELECT video_id FROM queue_entry WHERE user_name = :user ORDER BY position")
                    .bind("user", handle.user()).mapTo(String.class).list();
        }

        /** Puts the video at 1-based {@code position} (the end when null); a queued video moves there. */
        public void enqueue(String videoId, Integer position, Instant now) {
            List<String> queue = new java.util.ArrayList<>(queue());
            queue.remove(videoId);
            int at = position == null ? queue.size() : Math.min(Math.max(position, 1), queue.size() + 1) - 1;
            queue.add(at, videoId);
            writeQueue(queue, now);
        }

        /**
         * Queues the video as a post written at {@code at} listed it: among the queue's talks by when
         * each was queued (after every one queued by then, before the rest), so posts imported in any
         * order give one queue; a talk queued later than {@code at} moves back to where {@code at} puts
         * it. Returns whether the video was not queued before.
         */
        public boolean enqueueAsOf(String videoId, Instant at) {
            Map<String, String> added = addedAt();
            String when = Times.format(at);
            String kept = added.get(videoId);
            if (kept != null && kept.compareTo(when) <= 0) {
                return false;
            }
            List<String> queue = new java.util.ArrayList<>(added.keySet());
            queue.remove(videoId);
            int place = 0; // after the last talk queued by then
            for (int i = 0; i < queue.size(); i++) {
                if (added.get(queue.get(i)).compareTo(when) <= 0) {
                    place = i + 1;
                }
            }
            queue.add(place, videoId);
            added.put(videoId, when);
            storeQueue(queue, added);
            return kept == null;
        }

        /**
         * Takes out of the queue those of {@code videoIds} watched on or after the day they were queued
         * (in {@code zone}): watching a talk after queueing it wins, whichever was imported first.
         * Returns the ids taken out.
         */
        public List<String> dequeueWatched(java.util.Collection<String> videoIds, java.time.ZoneId zone) {
            List<String> taken = new java.util.ArrayList<>();
            if (videoIds.isEmpty()) {
                return taken;
            }
            Map<String, String> added = addedAt();
            for (String videoId : videoIds) {
                String queued = added.get(videoId);
                if (queued == null) {
                    continue;
                }
                LocalDate day = Times.parse(queued).atZone(zone).toLocalDate();
                if (watchedSince(videoId, day) && !taken.contains(videoId)) {
                    taken.add(videoId);
                }
            }
            if (!taken.isEmpty()) {
                List<String> queue = new java.util.ArrayList<>(added.keySet());
                queue.removeAll(taken);
                storeQueue(queue, added);
            }
            return taken;
        }

        /** Puts the queue in {@code order}, which must hold every queued video once; false, changing nothing, if not. */
        public boolean reorder(List<String> order) {
            List<String> queue = queue();
            if (order.size() != queue.size() || !new java.util.HashSet<>(order).equals(new java.util.HashSet<>(queue))) {
                return false;
            }
            writeQueue(new java.util.ArrayList<>(order), null);
            return true;
        }

        public boolean dequeue(String videoId) {
            List<String> queue = new java.util.ArrayList<>(queue());
            boolean removed = queue.remove(videoId);
            if (removed) {
                writeQueue(queue, null);
            }
            return removed;
        }

        private void writeQueue(List<String> queue, Instant now) {
            Map<String, String> added = addedAt();
            queue.forEach(id -> added.putIfAbsent(id, Times.format(now == null ? Instant.EPOCH : now)));
            storeQueue(queue, added);
        }

        // The queue's videos in order, each with when it was queued.
        private Map<String, String> addedAt() {
            Map<String, String> added = new LinkedHashMap<>();
            handle.createQuery("SELECT video_id, added_at FROM queue_entry WHERE user_name = :user ORDER BY position")
                    .bind("user", handle.user())
                    .map(rs -> Map.entry(rs.getString(1), rs.getString(2)))
                    .forEach(e -> added.put(e.getKey(), e.getValue()));
            return added;
        }

        private void storeQueue(List<String> queue, Map<String, String> added) {
            handle.createUpdate("DELETE FROM queue_entry WHERE user_name = :user").bind("user", handle.user()).execute();
            for (int i = 0; i < queue.size(); i++) {
                String id = queue.get(i);
                handle.createUpdate("INSERT INTO queue_entry (user_name, video_id, position, added_at) VALUES (:user, :id, :p, :at)")
                        .bind("user", handle.user()).bind("id", id).bind("p", i + 1).bind("at", added.get(id)).execute();
            }
        }

        /** Records a viewing; the same video, day and source twice is one entry. */
        public boolean addWatched(String videoId, LocalDate on, String source) {
            return handle.createUpdate("""
                    INSERT INTO watched (user_name, video_id, watched_on, source) VALUES (:user, :id, :on, :source)
                    ON CONFLICT (user_name, video_id, watched_on, source) DO NOTHING
                    """).bind("user", handle.user()).bind("id", videoId).bind("on", on.toString()).bind("source", source).execute() > 0;
        }

        /** Whether the diary has a viewing of the video on {@code day} or later. */
        public boolean watchedSince(String videoId, LocalDate day) {
            return handle.createQuery("SELECT 1 FROM watched WHERE user_name = :user AND video_id = :id AND watched_on >= :day")
                    .bind("user", handle.user()).bind("id", videoId).bind("day", day.toString()).mapTo(Integer.class).findFirst().isPresent();
        }

        /** Keeps a viewing of a video the catalog does not have yet, for {@link #takePendingViewings}. */
        public void keepPendingViewing(String videoId, LocalDate on, String source) {
            handle.createUpdate("""
                    INSERT INTO pending_viewing (user_name, video_id, watched_on, source) VALUES (:user, :id, :on, :source)
                    ON CONFLICT (user_name, video_id, watched_on, source) DO NOTHING
                    """).bind("user", handle.user()).bind("id", videoId).bind("on", on.toString()).bind("source", source).execute();
        }

        /** The kept viewings of those of {@code videoIds} that have some, removed from the kept ones. */
        public List<DiaryEntry> takePendingViewings(java.util.Collection<String> videoIds) {
            if (videoIds.isEmpty()) {
                return List.of();
            }
            List<DiaryEntry> kept = handle.createQuery("""
                    SELECT watched_on, video_id, source FROM pending_viewing WHERE user_name = :user AND video_id IN (<ids>)
                    ORDER BY watched_on, video_id
                    """).bind("user", handle.user()).bindList("ids", List.copyOf(videoIds))
                    .map(rs -> new DiaryEntry(LocalDate.parse(rs.getString(1)), rs.getString(2), rs.getString(3)))
                    .list();
            if (!kept.isEmpty()) {
                handle.createUpdate("DELETE FROM pending_viewing WHERE user_name = :user AND video_id IN (<ids>)")
                        .bind("user", handle.user())
                        .bindList("ids", kept.stream().map(DiaryEntry::videoId).distinct().toList()).execute();
            }
            return kept;
        }

        /** Forgets the viewing of the video on {@code day}, from whatever source; returns how many rows that was. */
        public int removeWatched(String videoId, LocalDate day) {
            return handle.createUpdate("DELETE FROM watched WHERE user_name = :user AND video_id = :id AND watched_on = :on")
                    .bind("user", handle.user()).bind("id", videoId).bind("on", day.toString()).execute();
        }

        /** Every viewing, oldest first. */
        public List<DiaryEntry> diary() {
            return handle.createQuery("SELECT watched_on, video_id, source FROM watched WHERE user_name = :user ORDER BY watched_on, id")
                    .bind("user", handle.user())
                    .map(rs -> new DiaryEntry(LocalDate.parse(rs.getString(1)), rs.getString(2), rs.getString(3)))
                    .list();
        }
    }
}
