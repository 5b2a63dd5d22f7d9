package dev.talkwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkwatch.catalog.Estimate;
import dev.talkwatch.catalog.Observation;
import dev.talkwatch.catalog.TrendRow;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The playlist screen's Trend column says what is known: a gain a day, or the gain over a long span. */
class TrendTextTest {

    static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    static TrendRow trend(Duration apart, Estimate gained) {
        double days = apart.toSeconds() / 86_400.0;
        Estimate perDay = new Estimate(gained.low() / days, gained.high() / days, gained.approximate());
        return new TrendRow(null, new Observation(NOW, null, null, null), new Observation(NOW.minus(apart), null, null, null),
                gained, perDay, null, null, null, null, null, null);
    }

    @Test
    void aGainADayWhileTheSnapshotsAreCloseAndItShowsMoreThanNoise() {
        assertThat(PlaylistRoutes.trendText(trend(Duration.ofDays(7), new Estimate(70, 70, false)))).isEqualTo("+10.0/day");
        assertThat(PlaylistRoutes.trendText(trend(Duration.ofDays(7), new Estimate(700, 1393, false)))).isEqualTo("+100\u2013199/day");
    }

    @Test
    void theGainOverTheSpanWhenTheSnapshotsAreFarApartOrTheDailyFigureIsNoise() {
        // counts copied into two posts two years apart: "≈+0.0/day" on every row before
        assertThat(PlaylistRoutes.trendText(trend(Duration.ofDays(731), new Estimate(12, 12, true)))).isEqualTo("\u2248+12 in 2 years");
        assertThat(PlaylistRoutes.trendText(trend(Duration.ofDays(400), new Estimate(1_887_357_680, 1_887_357_680, false))))
                .isEqualTo("+1.9B in 13 months");
        assertThat(PlaylistRoutes.trendText(trend(Duration.ofDays(20), new Estimate(0, 0, false)))).isEqualTo("+0 in 2 weeks");
        assertThat(PlaylistRoutes.trendText(null)).isEmpty();
    }
}
