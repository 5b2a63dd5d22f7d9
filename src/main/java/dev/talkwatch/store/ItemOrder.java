package dev.talkwatch.store;

import dev.talkwatch.catalog.ItemFilter;
import dev.talkwatch.catalog.VideoStatus;
import java.util.Optional;

/**
 * An {@link ItemFilter}'s order and its view cutoff as SQL over {@code e} (playlist_entry), {@code v}
 * (video) and {@code latest} (its newest counted snapshot), where SQL orders exactly as the filter's
 * comparator does. A track is matched in Java (its case folding is Java's), and so is a title order.
 */
final class ItemOrder {

    // PlaylistItem.rankedViews: a count, of a video that can be watched
    private static final String RANKED = "(v.status = '" + VideoStatus.AVAILABLE.id() + "' AND latest.views IS NOT NULL)";

    private ItemOrder() {
    }

    /** The ORDER BY of the filter, when SQL can give it and a limit makes reading fewer rows worth it. */
    static Optional<String> sql(ItemFilter filter) {
        if (filter.track() != null || filter.limit() == null) {
            return Optional.empty();
        }
        return switch (filter.sort()) {
            // ViewCount.ORDER reversed: low + high (2 * value + unit - 1), then low, both descending;
            // those without a ranked count last; ties in playlist order, as the items were read
            case VIEWS -> Optional.of("CASE WHEN " + RANKED + " THEN 0 ELSE 1 END,"
                    + " CASE WHEN " + RANKED + " THEN 2 * latest.views + latest.views_unit - 1 ELSE 0 END DESC,"
                    + " CASE WHEN " + RANKED + " THEN latest.views ELSE 0 END DESC, e.position, e.video_id");
            case POSITION -> Optional.of("e.position, e.video_id");
            case TITLE -> Optional.empty();
        };
    }

    /** The condition of the filter's view cutoff (ViewCount.atLeast: the count's low end), bound as {@code :least}. */
    static String condition(ItemFilter filter) {
        return filter.minViews() == null ? "" : " AND " + RANKED + " AND latest.views >= :least";
    }
}
