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
    }

    @Test
    void anAgeBoundsTheUploadBetweenItsUnitAndTheNext() {
        Instant captured = Instant.parse("2026-11-15T12:00:00Z");
        Age.Span span = Age.parse("2 weeks ago").orElseThrow().uploadedBetween(captured);
        assertThat(span.earliest()).isEqualTo(Instant.parse("2026-10-25T12:00:00Z"));
        assertThat(span.latest()).isEqualTo(Instant.parse("2026-11-01T12:00:00Z"));
        assertThat(span.middle()).isEqualTo(Instant.parse("2026-10-29T00:00:00Z"));
    }
}
