package dev.talkwatch.publish;

import dev.talkwatch.catalog.Note;
import dev.talkwatch.catalog.Playlist;
import dev.talkwatch.catalog.PlaylistItem;
import dev.talkwatch.catalog.RecapPost;
import dev.talkwatch.catalog.Stars;
import dev.talkwatch.store.CatalogStore;
import dev.talkwatch.store.CurationStore;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a recap post is made of: the playlist and its items (with the counts as of the post's day),
 * the post imported for it if any, the user's ratings (in the order first given), notes and queue,
 * and the moment of publishing.
 */
public record RecapSource(Playlist playlist, List<PlaylistItem> items, Optional<RecapPost> post,
        Map<String, Stars> ratings, Map<String, List<Note>> notes, List<String> queue, OffsetDateTime now) {

    public RecapSource {
        items = List.copyOf(items);
        ratings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ratings));
        notes = Map.copyOf(notes);
        queue = List.copyOf(queue);
    }

    /** Everything about the playlist a post shows, its counts as of {@code asOf} (null: the newest). */
    public static RecapSource load(CatalogStore catalog, CurationStore curation, Playlist playlist, Instant asOf,
            OffsetDateTime now) {
        return curation.inTransaction(c -> new RecapSource(playlist, catalog.items(playlist.id(), asOf),
                catalog.post(playlist.id()), c.ratings(), c.allNotes(), c.queue(), now));
    }
}
