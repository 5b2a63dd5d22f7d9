package dev.talkwatch.publish;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * How to write a recap post. {@code title} is the post's title and {@code event} the name used in
 * its first line; either may be null to derive it from the playlist's title. {@code cutoff} is the
 * least number of views a talk needs to be listed as popular.
 */
public record RecapOptions(String title, String event, OffsetDateTime date, List<String> tags, long cutoff) {

    public static final long DEFAULT_CUTOFF = 500;

    public RecapOptions {
        Objects.requireNonNull(date, "date");
        tags = List.copyOf(tags);
        if (cutoff < 0) {
            throw new IllegalArgumentException("cutoff must not be negative: " + cutoff);
        }
    }
}
