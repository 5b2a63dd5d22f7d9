package dev.talkwatch.catalog;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * A recap post as its author laid it out: front matter, who wrote it, the conference's name, and its
 * blocks in order. Importing a post keeps this layout, so publishing writes the author's own text
 * back in its place. Null fields were not in the post.
 *
 * @param date the front matter's date as written ("2024-08-06T00:00:00-07:00")
 * @param frontMatterExtra front-matter lines talkwatch does not write itself, as they were
 * @param finalNewline whether the post's last line ended with a line break
 */
public record RecapPost(String title, String date, List<String> tags, List<String> frontMatterExtra, String author,
        String event, List<PostBlock> blocks, boolean finalNewline) {

    public RecapPost {
        tags = tags == null ? List.of() : List.copyOf(tags);
        frontMatterExtra = frontMatterExtra == null ? List.of() : List.copyOf(frontMatterExtra);
        blocks = List.copyOf(blocks);
    }

    /**
     * When the post was written: its date as a moment, a bare day ("2024-08-06") at its start in this
     * machine's time zone, or the epoch when it has no date talkwatch can read.
     */
    public java.time.Instant moment() {
        return dateTime(date).map(OffsetDateTime::toInstant)
                .or(() -> day().map(d -> d.atStartOfDay(java.time.ZoneId.systemDefault()).toInstant()))
                .orElse(java.time.Instant.EPOCH);
    }

    /** The day the post is dated, in its own time zone where it gives one. */
    public Optional<java.time.LocalDate> day() {
        Optional<OffsetDateTime> moment = dateTime(date);
        if (moment.isPresent()) {
            return Optional.of(moment.get().toLocalDate());
        }
        try {
            return date == null ? Optional.empty()
                    : Optional.of(java.time.LocalDate.parse(date.strip().substring(0, Math.min(10, date.strip().length()))));
        } catch (DateTimeParseException notADay) {
            return Optional.empty();
        }
    }

    /**
     * A front matter's date as a moment, when it is written as one ("2024-08-06T00:00:00-07:00", in
     * quotes or not); empty for anything else, a bare day included.
     */
    public static Optional<OffsetDateTime> dateTime(String date) {
        if (date == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(date.strip().replaceAll("^[\"']|[\"']$", "")));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
