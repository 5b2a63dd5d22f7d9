package dev.talkwatch.catalog;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Computes a playlist's trend from its videos' observations: for each video, what it gained since
 * the baseline (the observation before its newest, or the newest at or before a given moment),
 * views per day since upload, its percentile and its rank change. Rounded counts give ranges.
 */
public final class Trends {

    private static final double SECONDS_PER_DAY = 86_400;
    // A video an hour old would show absurd views per day; younger ones count as an hour old.
    private static final double YOUNGEST_DAYS = 1.0 / 24;

    private Trends() {
    }

    /**
     * The rows for {@code items} in playlist order. {@code observations} holds every observation of
     * each video, oldest first; {@code since} (null: each video's previous observation) picks the
     * baseline: the newest observation at or before it, else the oldest one.
     */
    public static List<TrendRow> of(List<PlaylistItem> items, Map<String, List<Observation>> observations, Instant since) {
        List<Partial> partials = new ArrayList<>();
        for (PlaylistItem item : items) {
            List<Observation> counted = observations.getOrDefault(item.video().id(), List.of()).stream()
                    .filter(o -> o.views() != null && o.status().available()).toList();
            Observation latest = item.video().status().available() && !counted.isEmpty() ? counted.getLast() : null;
            Observation baseline = latest == null ? null : baseline(counted, latest, since);
            partials.add(new Partial(item, latest, baseline, observations.getOrDefault(item.video().id(), List.of())));
        }
        Map<String, Integer> ranks = ranks(partials, p -> p.latest);
        Map<String, Integer> previousRanks = ranks(partials, p -> p.baseline);
        Map<String, Integer> percentiles = percentiles(partials);
        return partials.stream().map(p -> p.row(ranks, previousRanks, percentiles)).toList();
    }

    private static Observation baseline(List<Observation> counted, Observation latest, Instant since) {
        List<Observation> earlier = counted.stream().filter(o -> o.capturedAt().isBefore(latest.capturedAt())).toList();
        if (earlier.isEmpty()) {
            return null;
        }
        if (since == null) {
            return earlier.getLast();
        }
        return earlier.stream().filter(o -> !o.capturedAt().isAfter(since)).reduce((a, b) -> b).orElse(earlier.getFirst());
    }

    /** One video's observations picked, before ranks and percentiles across the playlist are known. */
    private static final class Partial {
        final PlaylistItem item;
        final Observation latest;
        final Observation baseline;
        final Instant uploadedAfter;
        final Instant uploadedBefore;
        final Estimate viewsPerDay;

        Partial(PlaylistItem item, Observation latest, Observation baseline, List<Observation> all) {
            this.item = item;
            this.latest = latest;
            this.baseline = baseline;
            Instant published = item.video().publishedAt();
            Age.Span span = published != null ? new Age.Span(published, published) : uploadSpan(all);
            this.uploadedAfter = span == null ? null : span.earliest();
            this.uploadedBefore = span == null ? null : span.latest();
            this.viewsPerDay = latest == null || span == null ? null : Estimate.of(latest.views()).per(
                    Math.max(YOUNGEST_DAYS, days(span.latest(), latest.capturedAt())),
                    Math.max(YOUNGEST_DAYS, days(span.earliest(), latest.capturedAt())));
        }

        TrendRow row(Map<String, Integer> ranks, Map<String, Integer> previousRanks, Map<String, Integer> percentiles) {
            String id = item.video().id();
            Estimate gained = null;
            Estimate perDay = null;
            if (latest != null && baseline != null) {
                gained = Estimate.of(latest.views()).gainSince(Estimate.of(baseline.views()));
                double days = days(baseline.capturedAt(), latest.capturedAt());
                perDay = gained.per(days, days);
            }
            return new TrendRow(item, latest, baseline, gained, perDay, viewsPerDay, uploadedAfter, uploadedBefore,
                    percentiles.get(id), ranks.get(id), baseline == null ? null : previousRanks.get(id));
        }
    }

    // Every age bounds the upload; together they bound it best. Ages that contradict each other
    // (YouTube counting months differently) leave the narrowest single span.
    private static Age.Span uploadSpan(List<Observation> all) {
        Age.Span together = null;
        Age.Span narrowest = null;
        boolean consistent = true;
        for (Observation observation : all) {
            if (observation.age() == null) {
                continue;
            }
            Age.Span span = observation.age().uploadedBetween(observation.capturedAt());
            if (narrowest == null || width(span).compareTo(width(narrowest)) < 0) {
                narrowest = span;
            }
            if (together == null) {
                together = span;
            } else {
                Instant earliest = max(together.earliest(), span.earliest());
                Instant latest = min(together.latest(), span.latest());
                consistent &= !earliest.isAfter(latest);
                together = consistent ? new Age.Span(earliest, latest) : together;
            }
        }
        return consistent ? together : narrowest;
    }

    private static Duration width(Age.Span span) {
        return Duration.between(span.earliest(), span.latest());
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    // 1 for the most viewed; ties share the better rank.
    private static Map<String, Integer> ranks(List<Partial> partials, Function<Partial, Observation> pick) {
        List<Partial> counted = partials.stream().filter(p -> pick.apply(p) != null).toList();
        double[] descending = counted.stream().mapToDouble(p -> -Estimate.of(pick.apply(p).views()).middle()).sorted().toArray();
        Map<String, Integer> ranks = new HashMap<>();
        for (Partial p : counted) {
            ranks.put(p.item.video().id(), below(descending, -Estimate.of(pick.apply(p).views()).middle()) + 1);
        }
        return ranks;
    }

    // 100 for the best views per day since upload, 0 for the worst; ties share the better one.
    private static Map<String, Integer> percentiles(List<Partial> partials) {
        List<Partial> rated = partials.stream().filter(p -> p.viewsPerDay != null).toList();
        double[] ascending = rated.stream().mapToDouble(p -> p.viewsPerDay.middle()).sorted().toArray();
        Map<String, Integer> percentiles = new HashMap<>();
        long others = rated.size() - 1;
        for (Partial p : rated) {
            long below = below(ascending, p.viewsPerDay.middle());
            percentiles.put(p.item.video().id(), others == 0 ? 100 : (int) Math.round(100.0 * below / others));
        }
        return percentiles;
    }

    // How many values of the sorted array are smaller than value.
    private static int below(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    static double days(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0 / SECONDS_PER_DAY;
    }
}
