package dev.talkwatch.catalog;

import java.util.List;

/**
 * One block of a recap post, in order. talkwatch writes the {@code INTRO} line (the playlist's link),
 * the {@code NOTES} (rated talks with notes), the {@code QUEUE} (enqueued talks), each
 * {@code POPULAR} section (talks over {@code cutoff} views of the {@code tracks}), the
 * {@code TRENDING} section (most views gained in the week) and the {@code NEW} section (videos added
 * since the last post) itself; a
 * {@code TEXT} block is the author's own lines, written back as they were. {@code heading} is the
 * section's first line as the post wrote it.
 *
 * @param tracks which tracks a popular section lists: "Tutorials", several joined by commas, or
 *     "!Tutorials" for all but those; null for all tracks
 */
public record PostBlock(Kind kind, String heading, List<String> lines, Long cutoff, String tracks) {

    /** What a block holds. */
    public enum Kind { INTRO, NOTES, QUEUE, POPULAR, TRENDING, NEW, TEXT }

    public PostBlock {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    public static PostBlock text(List<String> lines) {
        return new PostBlock(Kind.TEXT, null, lines, null, null);
    }

    public static PostBlock of(Kind kind, String heading) {
        return new PostBlock(kind, heading, List.of(), null, null);
    }

    public static PostBlock popular(String heading, Long cutoff, String tracks) {
        return new PostBlock(Kind.POPULAR, heading, List.of(), cutoff, tracks);
    }
}
