package dev.talkwatch.catalog;

import java.util.Comparator;
import java.util.function.Function;

/** The orders a trend can be listed in; each puts the largest first and rows without the value last. */
public enum TrendSort {
    /** Views gained since the baseline. */
    GAINED(row -> middle(row.gained())),
    /** Views gained per day since the baseline. */
    PER_DAY(row -> middle(row.gainedPerDay())),
    /** Views per day since upload: popularity fair to young and old videos. */
    VIEWS_PER_DAY(row -> middle(row.viewsPerDay())),
    /** Percentile by views per day since upload. */
    PERCENTILE(row -> row.percentile() == null ? null : row.percentile().doubleValue()),
    /** Places gained in the ranking by views. */
    RANK_CHANGE(row -> row.rankChange() == null ? null : row.rankChange().doubleValue()),
    /** Views now. */
    VIEWS(row -> row.latest() == null ? null : Estimate.of(row.latest().views()).middle()),
    /** Playlist order. */
    POSITION(row -> -(double) row.item().position());

    private final Function<TrendRow, Double> key;

    TrendSort(Function<TrendRow, Double> key) {
        this.key = key;
    }

    public Comparator<TrendRow> comparator() {
        return Comparator.comparing(key, Comparator.nullsLast(Comparator.<Double>reverseOrder()))
                .thenComparingInt(row -> row.item().position());
    }

    private static Double middle(Estimate estimate) {
        return estimate == null ? null : estimate.middle();
    }
}
