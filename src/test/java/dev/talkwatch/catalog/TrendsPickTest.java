package dev.talkwatch.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Which observations a trend compares, and the upload span it reads from the ages, checked on seeded
 * histories against the rules written out plainly: counted observations only (a count, of a video
 * that could be watched), the baseline before the latest, ages that agree intersected, ages that
 * contradict leaving the narrowest (the first of those as narrow).
 */
class TrendsPickTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final String[] AGES = {null, "3 days ago", "1 week ago", "2 weeks ago", "1 month ago", "2 months ago",
        "1 year ago", "5 hours ago"};

    @Test
    void picksTheLatestTheBaselineAndTheUploadSpanByTheRules() {
        for (int seed = 0; seed < 2_000; seed++) {
            Random random = new Random(seed);
            List<Observation> history = history(random);
            boolean available = random.nextInt(8) != 0;
            Video video = new Video("v", "t", available ? VideoStatus.AVAILABLE : VideoStatus.PRIVATE, null, null, null,
                    null, null, new Talk(null, List.of(), "t", false));
            Instant since = random.nextBoolean() ? null : START.plus(Duration.ofDays(random.nextInt(40) - 5));
            TrendRow row = Trends.of(List.of(new PlaylistItem("PL", 1, video, null, null)), Map.of("v", history), since)
                    .getFirst();

            List<Observation> counted = history.stream().filter(o -> o.views() != null && o.status().available()).toList();
            Observation latest = available && !counted.isEmpty() ? counted.getLast() : null;
            List<Observation> earlier = latest == null ? List.of()
                    : counted.stream().filter(o -> o.capturedAt().isBefore(latest.capturedAt())).toList();
            Observation baseline = earlier.isEmpty() ? null : since == null ? earlier.getLast()
                    : earlier.stream().filter(o -> !o.capturedAt().isAfter(since)).reduce((a, b) -> b).orElse(earlier.getFirst());
            Age.Span span = expectedSpan(history);

            assertThat(row.latest()).as("seed %d", seed).isSameAs(latest);
            assertThat(row.baseline()).as("seed %d", seed).isSameAs(baseline);
            assertThat(row.uploadedAfter()).as("seed %d", seed).isEqualTo(span == null ? null : span.earliest());
            assertThat(row.uploadedBefore()).as("seed %d", seed).isEqualTo(span == null ? null : span.latest());
        }
    }

    private static Age.Span expectedSpan(List<Observation> history) {
        List<Age.Span> spans = history.stream().filter(o -> o.age() != null)
                .map(o -> o.age().uploadedBetween(o.capturedAt())).toList();
        if (spans.isEmpty()) {
            return null;
        }
        Instant earliest = spans.stream().map(Age.Span::earliest).max(Instant::compareTo).orElseThrow();
        Instant latest = spans.stream().map(Age.Span::latest).min(Instant::compareTo).orElseThrow();
        if (!earliest.isAfter(latest)) {
            return new Age.Span(earliest, latest);
        }
        Age.Span narrowest = spans.getFirst();
        for (Age.Span span : spans) {
            if (Duration.between(span.earliest(), span.latest()).compareTo(
                    Duration.between(narrowest.earliest(), narrowest.latest())) < 0) {
                narrowest = span;
            }
        }
        return narrowest;
    }

    // Up to 8 observations in time order, some at one moment; counts missing, statuses that change,
    // ages that agree as time passes and ages that do not.
    private static List<Observation> history(Random random) {
        List<Observation> history = new ArrayList<>();
        Instant at = START;
        for (int i = random.nextInt(9); i > 0; i--) {
            at = at.plus(Duration.ofDays(random.nextInt(3) * 3L));
            VideoStatus status = random.nextInt(6) == 0 ? VideoStatus.PRIVATE : VideoStatus.AVAILABLE;
            ViewCount views = random.nextInt(5) == 0 ? null : ViewCount.exact(100L * random.nextInt(50), "views");
            String age = AGES[random.nextInt(AGES.length)];
            history.add(new Observation(at, status, views, age == null ? null : Age.parse(age).orElseThrow()));
        }
        return history;
    }
}
