package dev.talkwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void readsTheClocksOnThumbnails() {
        assertThat(Durations.parseClock("4:09")).isEqualTo(249);
        assertThat(Durations.parseClock(" 1:02:03 ")).isEqualTo(3723);
        assertThat(Durations.parseClock("12:00:00")).isEqualTo(43_200);
    }

    @Test
    void whatIsNoClockIsNoDuration() {
        assertThat(Durations.parseClock("LIVE")).isNull();
        assertThat(Durations.parseClock("4:9")).isNull();
        assertThat(Durations.parseClock(null)).isNull();
        // a number of hours no video has would overflow; it is no duration, not a failed import
        assertThat(Durations.parseClock("99999999999:00:00")).isNull();
    }
}
