package dev.talkwatch.publish;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.talkwatch.catalog.Note;
import dev.talkwatch.catalog.Playlist;
import dev.talkwatch.catalog.VideoState;
import dev.talkwatch.catalog.YouTubeLinks;
import dev.talkwatch.curate.DiaryLine;
import dev.talkwatch.curate.QueuePlan;
import dev.talkwatch.curate.QueuedTalk;
import dev.talkwatch.curate.SearchResult;
import dev.talkwatch.curate.VideoCard;
import dev.talkwatch.store.HistoryRow;
import dev.talkwatch.store.Membership;
import dev.talkwatch.store.SpeakerCount;
import java.util.ArrayList;
import java.util.List;

/** The curation as JSON: each listing an array of objects that carry the list keys of their video. */
public final class CurationJson {

    private CurationJson() {
    }

    private static ObjectNode video(VideoState state, Membership membership) {
        String id = state.video().id();
        return membership == null
                ? ItemListing.object(state.video(), state.latest(), null, "https://www.youtube.com/watch?v=" + id)
                : ItemListing.object(state.video(), state.latest(), membership.position(),
                        YouTubeLinks.watchUrl(id, membership.playlistId(), membership.position()));
    }

    /** {@code show --format json}: the list keys plus rating, notes, queuePosition, diary and history. */
    public static String card(VideoCard card) {
        ObjectNode object = video(card.state(), card.playlists().isEmpty() ? null : card.playlists().getFirst());
        if (card.rating() == null) {
            object.putNull("rating");
        } else {
            object.put("rating", card.rating().value());
        }
        ArrayNode notes = object.putArray("notes");
        card.notes().stream().map(Note::text).forEach(notes::add);
        object.put("queuePosition", card.queuePosition());
        ArrayNode diary = object.putArray("diary");
        card.watched().forEach(day -> diary.add(day.toString()));
        ArrayNode history = object.putArray("history");
        for (HistoryRow row : card.history()) {
            ObjectNode snapshot = history.addObject();
            snapshot.put("capturedAt", row.capturedAt().toString());
            snapshot.put("views", row.views() == null ? null : row.views().value());
            snapshot.put("viewsText", row.views() == null ? null : row.views().text());
            if (row.views() == null) {
                snapshot.putNull("viewsExact");
            } else {
                snapshot.put("viewsExact", row.views().exact());
            }
            snapshot.put("source", row.source());
            snapshot.put("likes", row.likes());
            snapshot.put("title", row.title());
            snapshot.put("status", row.status().id());
        }
        ArrayNode playlists = object.putArray("playlists");
        card.playlists().forEach(m -> playlists.addObject().put("id", m.playlistId()).put("title", m.playlistTitle())
                .put("position", m.position()));
        return ItemListing.write(object);
    }

    private static List<String> keys(String... more) {
        List<String> keys = new ArrayList<>(ItemListing.KEYS);
        keys.addAll(List.of(more));
        return keys;
    }

    /** {@code queue list}: the queued talks in order, with their queue position and rating. */
    public static Listing queue(List<QueuedTalk> queue) {
        ArrayNode array = ItemListing.mapper().createArrayNode();
        for (QueuedTalk talk : queue) {
            ObjectNode object = video(talk.state(), null);
            object.put("queuePosition", talk.position());
            putRating(object, talk.rating() == null ? null : talk.rating().value());
            array.add(object);
        }
        return new Listing(keys("queuePosition", "rating"), array);
    }

    public static String plan(QueuePlan plan) {
        ObjectNode object = ItemListing.mapper().createObjectNode();
        object.put("availableSeconds", plan.available().toSeconds());
        object.put("totalSeconds", plan.total().toSeconds());
        ArrayNode talks = object.putArray("talks");
        plan.talks().forEach(t -> talks.add(video(t.state(), null).put("queuePosition", t.position())));
        ArrayNode unknown = object.putArray("withoutDuration");
        plan.withoutDuration().forEach(t -> unknown.add(t.state().video().id()));
        return ItemListing.write(object);
    }

    /** {@code diary}: the days talks were watched, oldest first, with the rating. */
    public static Listing diary(List<DiaryLine> diary) {
        ArrayNode array = ItemListing.mapper().createArrayNode();
        for (DiaryLine line : diary) {
            ObjectNode object = video(line.state(), null);
            object.put("watchedOn", line.entry().watchedOn().toString());
            object.put("source", line.entry().source());
            putRating(object, line.rating() == null ? null : line.rating().value());
            array.add(object);
        }
        return new Listing(keys("watchedOn", "source", "rating"), array);
    }

    /** {@code search}: the best matches first, each with the excerpt that matched. */
    public static Listing search(List<SearchResult> results) {
        ArrayNode array = ItemListing.mapper().createArrayNode();
        results.forEach(r -> array.add(video(r.state(), null).put("excerpt", r.excerpt())));
        return new Listing(keys("excerpt"), array);
    }

    /** {@code speakers NAME}: the talks of one speaker, in the order given. */
    public static Listing videos(List<VideoState> states) {
        ArrayNode array = ItemListing.mapper().createArrayNode();
        states.forEach(state -> array.add(video(state, null)));
        return new Listing(ItemListing.KEYS, array);
    }

    /** {@code speakers}: every speaker of the catalog with how many talks they gave. */
    public static Listing speakers(List<SpeakerCount> speakers) {
        ArrayNode array = ItemListing.mapper().createArrayNode();
        speakers.forEach(s -> array.addObject().put("name", s.name()).put("talks", s.talks()));
        return new Listing(List.of("name", "talks"), array);
    }

    /** {@code playlists}: the playlists of the catalog, and when each was imported and refreshed. */
    public static Listing playlists(List<Playlist> playlists) {
        ArrayNode array = ItemListing.mapper().createArrayNode();
        for (Playlist playlist : playlists) {
            ObjectNode object = array.addObject();
            object.put("id", playlist.id());
            object.put("title", playlist.title());
            object.put("channel", playlist.channel());
            object.put("videos", playlist.videos());
            object.put("lastImport", playlist.lastImport() == null ? null : playlist.lastImport().toString());
            object.put("tracked", playlist.tracked());
            object.put("refreshedAt", playlist.refreshedAt() == null ? null : playlist.refreshedAt().toString());
        }
        return new Listing(List.of("id", "title", "channel", "videos", "lastImport", "tracked", "refreshedAt"), array);
    }

    /** {@code note --list}: a video's notes in order. */
    public static Listing notes(List<Note> notes) {
        ArrayNode array = ItemListing.mapper().createArrayNode();
        notes.forEach(n -> array.addObject().put("number", n.number()).put("text", n.text())
                .put("createdAt", n.createdAt().toString()));
        return new Listing(List.of("number", "text", "createdAt"), array);
    }

    private static void putRating(ObjectNode object, Double rating) {
        if (rating == null) {
            object.putNull("rating");
        } else {
            object.put("rating", rating);
        }
    }
}
