package dev.talkwatch.publish;

import dev.talkwatch.catalog.Note;
import dev.talkwatch.catalog.Observation;
import dev.talkwatch.catalog.Playlist;
import dev.talkwatch.catalog.PlaylistItem;
import dev.talkwatch.catalog.PlaylistListing;
import dev.talkwatch.catalog.PostBlock;
import dev.talkwatch.catalog.RecapPost;
import dev.talkwatch.catalog.Stars;
import dev.talkwatch.store.CatalogStore;
import dev.talkwatch.store.CurationStore;
import dev.talkwatch.store.HistoryStore;
import dev.talkwatch.store.PostDate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a recap post is made of: the playlist and its items (with the counts as of the post's day),
 * the post imported for it if any, the user's ratings (in the order first given), notes and queue,
 * the moment of publishing, and the playlist's history for the trending and new sections.
 * {@code former} are the talks the user rated, noted or queued that were in the playlist once but
 * are not now: what the user wrote of a talk is published whatever capture saw it last.
 */
public record RecapSource(Playlist playlist, List<PlaylistItem> items, Optional<RecapPost> post,
        Map<String, Stars> ratings, Map<String, List<Note>> notes, List<String> queue, OffsetDateTime now,
        History history, List<PlaylistItem> former) {

    public RecapSource {
        items = List.copyOf(items);
        former = List.copyOf(former);
        ratings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ratings));
        notes = Map.copyOf(notes);
        queue = List.copyOf(queue);
    }

    /** A source without history: no trending and no new talks. */
    public RecapSource(Playlist playlist, List<PlaylistItem> items, Optional<RecapPost> post,
            Map<String, Stars> ratings, Map<String, List<Note>> notes, List<String> queue, OffsetDateTime now) {
        this(playlist, items, post, ratings, notes, queue, now, History.NONE, List.of());
    }

    /** The items and the former ones: every talk of the playlist the user's own sections may name. */
    public List<PlaylistItem> curatable() {
        List<PlaylistItem> all = new java.util.ArrayList<>(items);
        all.addAll(former);
        return all;
    }

    /**
     * The playlist's history: every observation of its videos, when each video first showed up in
     * the playlist, and the posts written of it.
     */
    public record History(Map<String, List<Observation>> observations, Map<String, Instant> firstSeen,
            List<PostDate> postDates) {

        static final History NONE = new History(Map.of(), Map.of(), List.of());

        public History {
            observations = Map.copyOf(observations);
            firstSeen = Map.copyOf(firstSeen);
            postDates = List.copyOf(postDates);
        }

        /** The newest post dated on a day before {@code postDate}'s: the same day's posts are that post, written again. */
        public Optional<PostDate> postBefore(OffsetDateTime postDate) {
            return postDates.stream()
                    .filter(post -> post.date().atOffset(postDate.getOffset()).toLocalDate().isBefore(postDate.toLocalDate()))
                    .max(java.util.Comparator.comparing(PostDate::date));
        }
    }

    /**
     * Everything about the playlist a post shows, its counts as of {@code asOf} (null: the newest).
     * The playlist's history, which only the trending and new sections need, is read when
     * {@code historySections} asks for them or the imported post has them.
     */
    public static RecapSource load(CatalogStore catalog, CurationStore curation, HistoryStore history,
            Playlist playlist, Instant asOf, OffsetDateTime now, boolean historySections) {
        Optional<RecapPost> post = catalog.post(playlist.id());
        boolean needed = historySections || post.map(p -> p.blocks().stream()
                .anyMatch(b -> b.kind() == PostBlock.Kind.TRENDING || b.kind() == PostBlock.Kind.NEW)).orElse(false);
        History past = needed ? history(history, playlist.id(), asOf) : History.NONE;
        return curation.read(c -> { // reads only: takes no write lock, waits for no writer
            List<PlaylistItem> items = catalog.items(playlist.id(), asOf);
            Map<String, Stars> ratings = c.ratings();
            Map<String, List<Note>> notes = c.allNotes();
            List<String> queue = c.queue();
            java.util.Set<String> curated = new java.util.LinkedHashSet<>(ratings.keySet());
            curated.addAll(notes.keySet());
            curated.addAll(queue);
            items.forEach(item -> curated.remove(item.video().id()));
            return new RecapSource(playlist, items, post, ratings, notes, queue, now, past,
                    catalog.formerItems(playlist.id(), curated, asOf));
        });
    }

    private static History history(HistoryStore store, String playlistId, Instant asOf) {
        Map<String, List<Observation>> observations = new HashMap<>();
        store.observations(playlistId).forEach((id, seen) -> observations.put(id, seen.stream()
                .filter(o -> asOf == null || !o.capturedAt().isAfter(asOf)).toList()));
        Map<String, Instant> firstSeen = new HashMap<>();
        for (PlaylistListing listing : store.listings(playlistId)) {
            if (asOf == null || !listing.capturedAt().isAfter(asOf)) {
                listing.entries().forEach(e -> firstSeen.putIfAbsent(e.videoId(), listing.capturedAt()));
            }
        }
        return new History(observations, firstSeen, store.postDates(playlistId));
    }
}
