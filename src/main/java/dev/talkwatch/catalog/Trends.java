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
     * What a trend takes of one video's history: its newest counted observation (a count, while the
     * video could be watched), the counted one it is compared with, captured before that, and the
     * span its upload lies in by the ages the history gives; each null when the history has none.
     */
    public record Basis(Observation latest, Observation baseline, Age.Span uploadSpan) {
    }

    /**
     * The rows for {@code items} in playlist order. {@code observations} holds every observation of
     * each video, oldest first; {@code since} (null: each video's previous observation) picks the
     * baseline: the newest observation at or before it, else the oldest one.
     */
    public static List<TrendRow> of(List<PlaylistItem> items, Map<String, List<Observation>> observations, Instant since) {
        Map<String, Basis> bases = new HashMap<>();
        for (PlaylistItem item : items) {
            bases.computeIfAbsent(item.video().id(), id -> basis(observations.getOrDefault(id, List.of()), since));
        }
        return of(items, bases);
    }

    /**
     * The rows for {@code items} in playlist order, from each video's basis (by video id), as
     * {@link #basis} gives it or the catalog keeps it.
     */
    public static List<TrendRow> of(List<PlaylistItem> items, Map<String, Basis> bases) {
        List<Partial> partials = new ArrayList<>(items.size());
        for (PlaylistItem item : items) {
            Basis basis = bases.get(item.video().id());
            // a video that cannot be watched now is not compared, whatever it had
            boolean compared = basis != null && basis.latest() != null && item.video().status().available();
            partials.add(new Partial(item, compared ? basis.latest() : null, compared ? basis.baseline() : null,
                    basis == null ? null : basis.uploadSpan()));
        }
        Map<String, Integer> ranks = ranks(partials, p -> p.latest);
        Map<String, Integer> previousRanks = ranks(partials, p -> p.baseline);
        Map<String, Integer> percentiles = percentiles(partials);
        List<TrendRow> rows = new ArrayList<>(partials.size());
        for (Partial partial : partials) {
            rows.add(partial.row(ranks, previousRanks, percentiles));
        }
        return List.copyOf(rows);
    }

    /**
     * The basis of one video's observations, oldest first; {@code since} as for {@link #of(List, Map,
     * Instant)}.
     */
    public static Basis basis(List<Observation> all, Instant since) {
        // loops rather than streams: a trend walks 150,000 observations in a run too short to compile them
        Observation latest = null;
        for (int i = all.size() - 1; i >= 0 && latest == null; i--) {
            latest = counted(all.get(i)) ? all.get(i) : null;
        }
        return new Basis(latest, latest == null ? null : baseline(all, latest, since), uploadSpan(all));
    }

    private static boolean counted(Observation observation) {
        return observation.views() != null && observation.status().available();
    }

    // Of the counted observations before the latest: the last one, or with a moment given, the last at
    // or before it, else the first.
    private static Observation baseline(List<Observation> all, Observation latest, Instant since) {
        Observation first = null;
        Observation last = null;
        Observation lastBySince = null;
        for (Observation o : all) {
            if (!counted(o) || !o.capturedAt().isBefore(latest.capturedAt())) {
                continue;
            }
            first = first == null ? o : first;
            last = o;
            if (since != null && !o.capturedAt().isAfter(since)) {
                lastBySince = o;
            }
        }
        if (since == null || last == null) {
            return last;
        }
        return lastBySince != null ? lastBySince : first;
    }

    /** One video's observations picked, before ranks and percentiles across the playlist are known. */
    private static final class Partial {
        final PlaylistItem item;
        final Observation latest;
        final Observation baseline;
        final Instant uploadedAfter;
        final Instant uploadedBefore;
        final Estimate viewsPerDay;

        Partial(PlaylistItem item, Observation latest, Observation baseline, Age.Span uploadSpan) {
            this.item = item;
            this.latest = latest;
            this.baseline = baseline;
            Instant published = item.video().publishedAt();
            Age.Span span = published != null ? new Age.Span(published, published) : uploadSpan;
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
    // (YouTube counting months differently) leave the narrowest single span, the first of those as
    // narrow. The narrowest is looked for only then: ages that agree are the common case.
    private static Age.Span uploadSpan(List<Observation> all) {
        Instant earliest = null;
        Instant latest = null;
        for (Observation observation : all) {
            if (observation.age() == null) {
                continue;
            }
            Age.Span span = observation.age().uploadedBetween(observation.capturedAt());
            earliest = earliest == null ? span.earliest() : max(earliest, span.earliest());
            latest = latest == null ? span.latest() : min(latest, span.latest());
        }
        if (earliest == null) {
            return null;
        }
        if (!earliest.isAfter(latest)) {
            return new Age.Span(earliest, latest);
        }
        Age.Span narrowest = null;
        for (Observation observation : all) {
            if (observation.age() == null) {
                continue;
            }
            Age.Span span = observation.age().uploadedBetween(observation.capturedAt());
            if (narrowest == null || width(span).compareTo(width(narrowest)) < 0) {
                narrowest = span;
            }
        }
        return narrowest;
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

    // 1 for the most viewed; ties share the better rank. Loops, as above.
    private static Map<String, Integer> ranks(List<Partial> partials, Function<Partial, Observation> pick) {
        double[] descending = new double[partials.size()];
        int counted = 0;
        for (Partial p : partials) {
            Observation picked = pick.apply(p);
            if (picked != null) {
                descending[counted++] = -Estimate.of(picked.views()).middle();
            }
        }
        descending = java.util.Arrays.copyOf(descending, counted);
        java.util.Arrays.sort(descending);
        Map<String, Integer> ranks = HashMap.newHashMap(counted);
        for (Partial p : partials) {
            Observation picked = pick.apply(p);
            if (picked != null) {
                ranks.put(p.item.video().id(), below(descending, -Estimate.of(picked.views()).middle()) + 1);
            }
        }
        return ranks;
    }

    // 100 for the best views per day since upload, 0 for the worst; ties share the better one.
    private static Map<String, Integer> percentiles(List<Partial> partials) {
        double[] ascending = new double[partials.size()];
        int rated = 0;
        for (Partial p : partials) {
            if (p.viewsPerDay != null) {
                ascending[rated++] = p.viewsPerDay.middle();
            }
        }
        ascending = java.util.Arrays.copyOf(ascending, rated);
        java.util.Arrays.sort(ascending);
        Map<String, Integer> percentiles = HashMap.newHashMap(rated);
        long others = rated - 1;
        for (Partial p : partials) {
            if (p.viewsPerDay != null) {
                long below = below(ascending, p.viewsPerDay.middle());
                percentiles.put(p.item.video().id(), others == 0 ? 100 : (int) Math.round(100.0 * below / others));
            }
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
