package dev.talkwatch.curate;

import dev.talkwatch.catalog.DiaryEntry;
import dev.talkwatch.catalog.Note;
import dev.talkwatch.catalog.Stars;
import dev.talkwatch.catalog.TalkwatchException;
import dev.talkwatch.catalog.VideoState;
import dev.talkwatch.catalog.ViewCount;
import dev.talkwatch.store.CatalogStore;
import dev.talkwatch.store.CurationStore;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The user's curation: ratings, notes, the watch queue and the watched diary. A video is named by
 * its id, its URL or a unique part of its title; a name that fits none or several changes nothing.
 */
public final class Curator {

    private final CatalogStore catalog;
    private final CurationStore curation;
    private final Clock clock;

    public Curator(CatalogStore catalog, CurationStore curation, Clock clock) {
        this.catalog = catalog;
        this.curation = curation;
        this.clock = clock;
    }

    /** The id of the video a user names. */
    public String video(String name) {
        return catalog.requireVideo(name);
    }

    public VideoState state(String videoId) {
        return catalog.videos(List.of(videoId)).get(videoId);
    }

    public String rate(String name, Stars stars) {
        String id = video(name);
        curation.inTransaction(c -> {
            c.rate(id, stars, clock.instant());
            return null;
        });
        return id;
    }

    /** Clears a rating; false when the video had none. */
    public boolean clearRating(String videoId) {
        return curation.inTransaction(c -> c.clearRating(videoId));
    }

    public Note addNote(String videoId, String text) {
        return curation.inTransaction(c -> c.addNote(videoId, requireText(text), clock.instant()));
    }

    public void editNote(String videoId, int number, String text) {
        curation.inTransaction(c -> {
            c.editNote(videoId, number, requireText(text), clock.instant());
            return null;
        });
    }

    public void removeNote(String videoId, int number) {
        curation.inTransaction(c -> {
            c.removeNote(videoId, number);
            return null;
        });
    }

    public List<Note> notes(String videoId) {
        return curation.inTransaction(c -> c.notes(videoId));
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new TalkwatchException("a note needs some text");
        }
        return text.strip();
    }

    /** Queues the video at {@code position} (1 is next; null for the end); returns its position. */
    public int enqueue(String videoId, Integer position) {
        return curation.inTransaction(c -> {
            if (position != null && (position < 1 || position > c.queue().size() + (c.queue().contains(videoId) ? 0 : 1))) {
                throw outOfRange(position, c.queue().size());
            }
            c.enqueue(videoId, position, clock.instant());
            return c.queue().indexOf(videoId) + 1;
        });
    }

    /** Takes the video out of the queue; false when it was not in it. */
    public boolean dequeue(String videoId) {
        return curation.inTransaction(c -> c.dequeue(videoId));
    }

    /** Moves a queued video to {@code position}; throws when it is not queued or the position is off the queue. */
    public void move(String videoId, int position) {
        curation.inTransaction(c -> {
            List<String> queue = c.queue();
            if (!queue.contains(videoId)) {
                throw new TalkwatchException("video " + videoId + " is not in the queue; add it with: talkwatch queue add "
                        + videoId);
            }
            if (position < 1 || position > queue.size()) {
                throw outOfRange(position, queue.size());
            }
            c.enqueue(videoId, position, clock.instant());
            return null;
        });
    }

    /**
     * Puts the queue in {@code order}, which must hold every queued video once, in one transaction;
     * false, changing nothing, when it does not.
     */
    public boolean reorder(List<String> order) {
        return curation.inTransaction(c -> c.reorder(order));
    }

    private static TalkwatchException outOfRange(int position, int size) {
        return new TalkwatchException("position " + position + " is out of range; the queue has " + size
                + (size == 1 ? " talk" : " talks") + (size == 0 ? "" : " (positions 1 to " + size + ")"));
    }

    public List<QueuedTalk> queue() {
        List<String> ids = curation.inTransaction(CurationStore.Curation::queue);
        Map<String, Stars> ratings = curation.inTransaction(CurationStore.Curation::ratings);
        Map<String, VideoState> states = catalog.videos(ids);
        List<QueuedTalk> queue = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            queue.add(new QueuedTalk(i + 1, states.get(ids.get(i)), ratings.get(ids.get(i))));
        }
        return queue;
    }

    /** The queued talks that fit in {@code available}: best-rated first, then most viewed, then queue order. */
    public QueuePlan plan(Duration available) {
        List<QueuedTalk> queue = queue();
        List<QueuedTalk> ranked = queue.stream()
                .sorted(Comparator.comparingInt((QueuedTalk q) -> q.stars().map(Stars::halfStars).orElse(-1)).reversed()
                        .thenComparing((QueuedTalk q) -> q.state().views().orElse(null),
                                Comparator.nullsLast(ViewCount.ORDER.reversed()))
                        .thenComparingInt(QueuedTalk::position))
                .toList();
        List<QueuedTalk> chosen = new ArrayList<>();
        List<QueuedTalk> unknown = new ArrayList<>();
        Duration total = Duration.ZERO;
        for (QueuedTalk talk : ranked) {
            Integer seconds = talk.state().video().durationSeconds();
            if (seconds == null) {
                unknown.add(talk);
            } else if (total.plusSeconds(seconds).compareTo(available) <= 0) {
                chosen.add(talk);
                total = total.plusSeconds(seconds);
            }
        }
        return new QueuePlan(available, chosen, total, unknown);
    }

    /** Records a viewing on {@code day} and takes the video out of the queue; true when it was queued. */
    public boolean watched(String videoId, LocalDate day) {
        return curation.inTransaction(c -> {
            c.addWatched(videoId, day, "manual");
            return c.dequeue(videoId);
        });
    }

    /** Forgets the viewing of the video on {@code day}; false when the diary has none. */
    public boolean unwatched(String videoId, LocalDate day) {
        return curation.inTransaction(c -> c.removeWatched(videoId, day) > 0);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every viewing, oldest first. */
    public List<DiaryLine> diary() {
        List<DiaryEntry> entries = curation.inTransaction(CurationStore.Curation::diary);
        Map<String, Stars> ratings = curation.inTransaction(CurationStore.Curation::ratings);
        Map<String, VideoState> states = catalog.videos(entries.stream().map(DiaryEntry::videoId).distinct().toList());
        return entries.stream().map(e -> new DiaryLine(e, states.get(e.videoId()), ratings.get(e.videoId()))).toList();
    }

    public VideoCard show(String videoId) {
        return curation.read(c -> {
            List<String> queue = c.queue();
            int position = queue.indexOf(videoId);
            return new VideoCard(state(videoId), catalog.memberships(videoId), c.rating(videoId).orElse(null),
                    c.notes(videoId), position < 0 ? null : position + 1,
                    c.diary().stream().filter(e -> e.videoId().equals(videoId)).map(DiaryEntry::watchedOn).toList(),
                    catalog.history(videoId));
        });
    }

    public List<SearchResult> search(String text, int limit) {
        var hits = catalog.search(text, limit);
        Map<String, VideoState> states = catalog.videos(hits.stream().map(h -> h.videoId()).toList());
        return hits.stream().filter(h -> states.containsKey(h.videoId()))
                .map(h -> new SearchResult(states.get(h.videoId()), h.excerpt())).toList();
    }
}
