package dev.talkwatch.catalog;

import java.util.Comparator;
import java.util.Locale;

/** The orders a playlist's items can be listed in. */
public enum ItemSort {
    /** Most viewed first; videos without a count, or that cannot be watched, last; ties in playlist order. */
    VIEWS(Comparator.comparing((PlaylistItem item) -> item.rankedViews().orElse(null),
                    Comparator.nullsLast(ViewCount.ORDER.reversed()))
            .thenComparingInt(PlaylistItem::position)),
    POSITION(Comparator.comparingInt(PlaylistItem::position)),
    TITLE(Comparator.comparing((PlaylistItem item) -> item.video().title().toLowerCase(Locale.ROOT))
            .thenComparingInt(PlaylistItem::position));

    private final Comparator<PlaylistItem> order;

    ItemSort(Comparator<PlaylistItem> order) {
        this.order = order;
    }

    public Comparator<PlaylistItem> order() {
        return order;
    }
}
