package dev.talkwatch.web;

import dev.talkwatch.catalog.Estimate;
import dev.talkwatch.catalog.PlaylistItem;
import dev.talkwatch.catalog.Stars;
import dev.talkwatch.catalog.TrendRow;
import dev.talkwatch.catalog.ViewCount;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A playlist's videos as the table shows them: filtered by track, least views, curation state and
 * text, sorted by any column (rows without the value last either way), and marked where the
 * post's cutoff falls when sorted by views.
 */
final class PlaylistTable {

    /** The columns, each with the order its first click sorts in. */
    enum Column {
        POSITION("#", false), TITLE("Title", false), SPEAKERS("Speakers", false), TRACK("Track", false),
        VIEWS("Views", true), TREND("Trend", true), RATING("Rating", true), QUEUED("Queued", true),
        WATCHED("Watched", true);

        final String label;
        final boolean descendingFirst;

        Column(String label, boolean descendingFirst) {
            this.label = label;
            this.descendingFirst = descendingFirst;
        }

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Column of(String key) {
            for (Column column : values()) {
                if (column.key().equals(key)) {
                    return column;
                }
            }
            return POSITION;
        }
    }

    /** What the table shows: the filters and the order. {@code track} "-" means videos without a track. */
    record Query(String track, Long minViews, String show, String text, Column sort, boolean descending, long cutoff) {
    }

    /** One video with everything a row shows, before formatting. */
    record Entry(PlaylistItem item, TrendRow trend, Stars rating, boolean queued, boolean watched) {

        ViewCount views() {
            return item.rankedViews().orElse(null);
        }

        String track() {
            return item.video().talk().track();
        }

        String speakers() {
            return String.join(", ", item.video().talk().speakers());
        }
    }

    private PlaylistTable() {
    }

    static List<Entry> entries(List<PlaylistItem> items, Map<String, TrendRow> trends, Map<String, Stars> ratings,
            Set<String> queued, Set<String> watched) {
        return items.stream().map(item -> {
            String id = item.video().id();
            return new Entry(item, trends.get(id), ratings.get(id), queued.contains(id), watched.contains(id));
        }).toList();
    }

    static List<Entry> apply(List<Entry> entries, Query query) {
        return entries.stream().filter(e -> matches(e, query)).sorted(order(query)).toList();
    }

    private static boolean matches(Entry entry, Query query) {
        if (query.track() != null && !query.track().isBlank()) {
            String track = entry.track();
            boolean wanted = query.track().equals("-") ? track == null : query.track().equalsIgnoreCase(track);
            if (!wanted) {
                return false;
            }
        }
        if (query.minViews() != null && (entry.views() == null || !entry.views().atLeast(query.minViews()))) {
            return false;
        }
        boolean shown = switch (query.show() == null ? "" : query.show()) {
            case "queued" -> entry.queued();
            case "watched" -> entry.watched();
            case "unwatched" -> !entry.watched();
            case "unrated" -> entry.rating() == null;
            case "rated" -> entry.rating() != null;
            default -> true;
        };
        if (!shown) {
            return false;
        }
        if (query.text() == null || query.text().isBlank()) {
            return true;
        }
        String haystack = (entry.item().video().title() + " " + entry.speakers() + " "
                + (entry.track() == null ? "" : entry.track())).toLowerCase(Locale.ROOT);
        for (String word : query.text().toLowerCase(Locale.ROOT).strip().split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static Comparator<Entry> order(Query query) {
        Comparator<Entry> byColumn = switch (query.sort()) {
            case POSITION -> by(e -> Integer.valueOf(e.item().position()), query.descending());
            case TITLE -> by(e -> e.item().video().shownTitle().toLowerCase(Locale.ROOT), query.descending());
            case SPEAKERS -> by(e -> e.speakers().isEmpty() ? null : e.speakers().toLowerCase(Locale.ROOT), query.descending());
            case TRACK -> by(e -> e.track() == null ? null : e.track().toLowerCase(Locale.ROOT), query.descending());
            case VIEWS -> by(PlaylistTable.Entry::views, ViewCount.ORDER, query.descending());
            case TREND -> by(e -> e.trend() == null || e.trend().gainedPerDay() == null ? null
                    : Double.valueOf(e.trend().gainedPerDay().middle()), query.descending());
            case RATING -> by(e -> e.rating() == null ? null : Integer.valueOf(e.rating().halfStars()), query.descending());
            case QUEUED -> by(e -> Boolean.valueOf(e.queued()), query.descending());
            case WATCHED -> by(e -> Boolean.valueOf(e.watched()), query.descending());
        };
        return byColumn.thenComparingInt(e -> e.item().position());
    }

    // Rows without the value go last in either direction.
    private static <T extends Comparable<? super T>> Comparator<Entry> by(Function<Entry, T> key, boolean descending) {
        return by(key, Comparator.naturalOrder(), descending);
    }

    private static <T> Comparator<Entry> by(Function<Entry, T> key, Comparator<T> order, boolean descending) {
        return Comparator.comparing(key, Comparator.nullsLast(descending ? order.reversed() : order));
    }

    /** Whether the cutoff line goes above {@code index}: sorted by views, the first row under the cutoff. */
    static boolean cutoffAbove(List<Entry> rows, int index, Query query) {
        if (query.sort() != Column.VIEWS || !query.descending()) {
            return false;
        }
        boolean above = index == 0 || isOver(rows.get(index - 1), query.cutoff());
        return above && !isOver(rows.get(index), query.cutoff()) && index > 0;
    }

    private static boolean isOver(Entry entry, long cutoff) {
        return entry.views() != null && entry.views().atLeast(cutoff);
    }
}
