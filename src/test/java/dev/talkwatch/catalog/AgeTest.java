package dev.talkwatch.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AgeTest {

    @Test
    void readsTheAgesYouTubeWrites() {
        assertThat(Age.parse("2 weeks ago")).get().satisfies(a -> {
            assertThat(a.amount()).isEqualTo(2);
            assertThat(a.unit()).isEqualTo(Age.Unit.WEEK);
        });
        assertThat(Age.parse("1 year ago")).get().extracting(Age::unit).isEqualTo(Age.Unit.YEAR);
        assertThat(Age.parse("Streamed 3 days ago")).get().extracting(Age::amount).isEqualTo(3L);
        assertThat(Age.parse("5\u00A0hours ago")).isPresent();
        assertThat(Age.parse("3.6K views")).isEmpty();
        assertThat(Age.parse("vor 2 Wochen")).isEmpty();
        assertThat(Age.parse(null)).isEmpty();
        assertThat(Age.parse("2 days ago\u00A0")).isPresent();
        assertThat(Age.parse("  4 MONTHS AGO \t")).get().extracting(Age::unit).isEqualTo(Age.Unit.MONTH);
        assertThat(Age.parse("2 days agony")).isEmpty();
        assertThat(Age.parse("ago")).isEmpty();
    }

    @Test
    void anAgeBoundsTheUploadBetweenItsUnitAndTheNext() {
        Instant captured = Instant.parse("2026-11-15T12:00:00Z");
        Age.Span span = Age.parse("2 weeks ago").orElseThrow().uploadedBetween(captured);
        assertThat(span.earliest()).isEqualTo(Instant.parse("2026-10-25T12:00:00Z"));
        assertThat(span.latest()).isEqualTo(Instant.parse("2026-11-01T12:00:00Z"));
        assertThat(span.middle()).isEqualTo(Instant.parse("2026-10-29T00:00:00Z"));
    }

    @Test
    void theSpanOfEveryUnitIsWhatItsLengthTimesTheAmountGives() {
        java.time.Instant captured = java.time.Instant.parse("2026-11-20T08:30:15Z");
        java.util.Map<String, java.time.Duration> lengths = java.util.Map.of("second", java.time.Duration.ofSeconds(1),
                "minute", java.time.Duration.ofMinutes(1), "hour", java.time.Duration.ofHours(1),
                "day", java.time.Duration.ofDays(1), "week", java.time.Duration.ofDays(7),
                "month", java.time.Duration.ofSeconds(2_629_746), "year", java.time.Duration.ofSeconds(31_556_952));
        lengths.forEach((unit, length) -> {
            for (long amount : new long[] {0, 1, 7, 59, 9999}) {
                Age.Span span = Age.parse(amount + " " + unit + "s ago").orElseThrow().uploadedBetween(captured);
                assertThat(span.earliest()).as(amount + " " + unit).isEqualTo(captured.minus(length.multipliedBy(amount + 1)));
                assertThat(span.latest()).as(amount + " " + unit).isEqualTo(captured.minus(length.multipliedBy(amount)));
            }
        });
    }
}
