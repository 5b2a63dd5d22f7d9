package dev.talkwatch.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Which of a playlist's items to show and in what order. {@code track} matches the parsed track
 * case-insensitively ("none" matches items without one); null fields do not filter.
 */
public record ItemFilter(String track, Long minViews, ItemSort sort, Integer limit) {

    public static final String NO_TRACK = "none";

    public ItemFilter {
        Objects.requireNonNull(sort, "sort");
        if (limit != null && limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
    }

    public static ItemFilter all() {
        return new ItemFilter(null, null, ItemSort.POSITION, null);
    }

    public List<PlaylistItem> apply(List<PlaylistItem> items) {
        Stream<PlaylistItem> selected = items.stream().filter(this::matches).sorted(sort.order());
        return (limit == null ? selected : selected.limit(limit)).toList();
    }

    private boolean matches(PlaylistItem item) {
        if (track != null) {
            String itemTrack = item.video().talk().track();
            boolean wanted = track.equalsIgnoreCase(NO_TRACK)
                    ? itemTrack == null
                    : itemTrack != null && itemTrack.toLowerCase(Locale.ROOT).equals(track.toLowerCase(Locale.ROOT));
            if (!wanted) {
                return false;
            }
        }
        return minViews == null || item.rankedViews().map(v -> v.atLeast(minViews)).orElse(false);
    }
}
