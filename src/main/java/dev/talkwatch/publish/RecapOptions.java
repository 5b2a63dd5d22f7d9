package dev.talkwatch.publish;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * How to write a recap post. Null fields fall back to the imported post's, then to talkwatch's
 * defaults: {@code title} to "EVENT Recordings", {@code event} to the playlist's title,
 * {@code date} to now, {@code cutoff} to 500, {@code sections} to popular talks and popular
 * tutorials. An empty {@code tags} list keeps the post's tags.
 *
 * @param sections the popularity sections, replacing the post's; null keeps them
 * @param notesOrder how the notes section orders its talks
 * @param trending how many talks the "Trending this week" section lists; null: no such section
 *     unless the post has one (then {@link #TRENDING_TALKS})
 * @param newTalks whether to add a "New since the last post" section (a post that has one keeps it)
 */
public record RecapOptions(String title, String event, OffsetDateTime date, List<String> tags, Long cutoff,
        String author, List<SectionSpec> sections, NotesOrder notesOrder, Integer trending, boolean newTalks) {

    /** How many talks the trending section lists by default. */
    public static final int TRENDING_TALKS = 10;

    /** Options without the trending and new sections. */
    public RecapOptions(String title, String event, OffsetDateTime date, List<String> tags, Long cutoff,
            String author, List<SectionSpec> sections, NotesOrder notesOrder) {
        this(title, event, date, tags, cutoff, author, sections, notesOrder, null, false);
    }

    public static final long DEFAULT_CUTOFF = 500;

    public RecapOptions {
        tags = tags == null ? List.of() : List.copyOf(tags);
        if (cutoff != null && cutoff < 0) {
            throw new IllegalArgumentException("cutoff must not be negative: " + cutoff);
        }
        notesOrder = notesOrder == null ? NotesOrder.RATED : notesOrder;
        if (trending != null && trending < 1) {
            throw new IllegalArgumentException("the trending section needs at least 1 talk: " + trending);
        }
    }

    /** Options that keep everything of the post and default the rest. */
    public static RecapOptions defaults() {
        return new RecapOptions(null, null, null, List.of(), null, null, null, NotesOrder.RATED);
    }

    /** The order of the talks in the notes section. */
    public enum NotesOrder {
        /** In the order the user first rated them, talks with notes only after. */
        RATED,
        /** Best rated first. */
        RATING,
        /** Most viewed first. */
        VIEWS,
        /** By title. */
        TITLE,
        /** In playlist order. */
        POSITION
    }
}
