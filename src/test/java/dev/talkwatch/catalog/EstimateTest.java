package dev.talkwatch.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EstimateTest {

    private static ViewCount count(String text) {
        return ViewCount.parse(text).orElseThrow();
    }

    @Test
    void aRoundedCountStandsForEveryValueItTruncates() {
        Estimate estimate = Estimate.of(count("3.6K views"));
        assertThat(estimate.low()).isEqualTo(3600);
        assertThat(estimate.high()).isEqualTo(3699);
        assertThat(estimate.exact()).isFalse();
        assertThat(Estimate.of(count("925 views")).exact()).isTrue();
        assertThat(Estimate.of(count("925 views").approximate()).exact()).as("copied into a post").isFalse();
    }

    @Test
    void aTableWritesLargeFiguresShortAsYouTubeDoes() {
        assertThat(new Estimate(1_887_357_680, 1_987_357_679, false).compact(0, true)).isEqualTo("+1.9B\u20132B");
        assertThat(new Estimate(1_887_357_680, 1_887_357_680, false).compact(0, true)).isEqualTo("+1.9B");
        assertThat(new Estimate(1_880_000_000, 1_889_999_999, false).compact(0, true)).as("both ends alike")
                .isEqualTo("\u2248+1.9B");
        assertThat(new Estimate(12_345, 12_345, false).compact(0, true)).isEqualTo("+12K");
        assertThat(new Estimate(123_456, 123_456, false).compact(1, false)).isEqualTo("123K");
        assertThat(new Estimate(999_999, 999_999, false).compact(0, false)).isEqualTo("1M");
        assertThat(new Estimate(-25_000, -25_000, false).compact(0, true)).isEqualTo("-25K");
        assertThat(new Estimate(9_999, 9_999, false).compact(0, true)).as("short enough as it is").isEqualTo("+9,999");
        assertThat(new Estimate(100, 299, false).compact(0, true)).isEqualTo("+100\u2013299");
        assertThat(new Estimate(12.5, 12.5, false).compact(1, true)).isEqualTo("+12.5");
    }

    @Test
    void aGainBetweenExactCountsIsExact() {
        Estimate gain = Estimate.of(count("1,234 views")).gainSince(Estimate.of(count("1,000 views")));
        assertThat(gain.exact()).isTrue();
        assertThat(gain.text(0, true)).isEqualTo("+234");
    }

    @Test
    void aGainBetweenRoundedCountsIsARange() {
        Estimate gain = Estimate.of(count("4.8K views")).gainSince(Estimate.of(count("4.2K views")));
        assertThat(gain.low()).isEqualTo(501);
        assertThat(gain.high()).isEqualTo(699);
        assertThat(gain.text(0, true)).isEqualTo("+501–699");
    }

    @Test
    void roundingAloneNeverMakesACountDrop() {
        Estimate same = Estimate.of(count("3.6K views")).gainSince(Estimate.of(count("3.6K views")));
        assertThat(same.low()).isZero();
        assertThat(same.high()).isEqualTo(99);
        Estimate dropped = Estimate.of(count("900 views")).gainSince(Estimate.of(count("950 views")));
        assertThat(dropped.exact()).isTrue();
        assertThat(dropped.text(0, true)).as("an exact drop is shown as it is").isEqualTo("-50");
    }

    @Test
    void dividingByAnUncertainSpanWidensTheRange() {
        Estimate rate = Estimate.exactly(600).per(10, 12);
        assertThat(rate.low()).isEqualTo(50);
        assertThat(rate.high()).isEqualTo(60);
        assertThat(rate.text(1, false)).as("a wide range needs no decimals").isEqualTo("50–60");
        assertThat(Estimate.exactly(60).per(10, 12).text(1, false)).isEqualTo("5.0–6.0");
        assertThat(Estimate.exactly(7).per(7, 7).text(1, true)).isEqualTo("+1.0");
    }

    @Test
    void aCopiedCountIsMarkedAsApproximate() {
        Estimate gain = Estimate.of(count("925 views")).gainSince(Estimate.of(count("900 views").approximate()));
        assertThat(gain.text(0, true)).isEqualTo("≈+25");
    }
}
