package dev.talkwatch.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrendsTest {

    private static final Instant WEEK_1 = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant WEEK_2 = Instant.parse("2026-11-08T00:00:00Z");
    private static final Instant WEEK_3 = Instant.parse("2026-11-15T00:00:00Z");

    private static PlaylistItem item(int position, String id, Instant published) {
        Video video = new Video(id, "Talk " + id, VideoStatus.AVAILABLE, null, null, published, null, null,
                new Talk(null, List.of(), "t", false));
        return new PlaylistItem("PLx", position, video, null, null);
    }

    private static Observation seen(Instant at, String views, String age) {
        return new Observation(at, VideoStatus.AVAILABLE, ViewCount.parse(views).orElseThrow(),
                Age.parse(age).orElse(null));
    }

    @Test
    void comparesEachVideoWithItsPreviousObservationByDefault() {
        List<TrendRow> rows = Trends.of(List.of(item(1, "a", WEEK_1)), Map.of("a", List.of(
                seen(WEEK_1, "100 views", null), seen(WEEK_2, "170 views", null), seen(WEEK_3, "310 views", null))), null);

        TrendRow row = rows.getFirst();
        assertThat(row.baseline().capturedAt()).isEqualTo(WEEK_2);
        assertThat(row.gained().text(0, true)).isEqualTo("+140");
        assertThat(row.gainedPerDay().text(1, true)).isEqualTo("+20.0");
        assertThat(row.viewsPerDay().text(1, false)).as("310 views in 14 days").isEqualTo("22.1");
        assertThat(row.uploadExact()).isTrue();
    }

    @Test
    void comparesWithTheNewestObservationUpToSince() {
        Map<String, List<Observation>> seen = Map.of("a", List.of(
                seen(WEEK_1, "100 views", null), seen(WEEK_2, "170 views", null), seen(WEEK_3, "310 views", null)));

        assertThat(Trends.of(List.of(item(1, "a", null)), seen, WEEK_1.plusSeconds(60)).getFirst().gained().low())
                .isEqualTo(210);
        assertThat(Trends.of(List.of(item(1, "a", null)), seen, WEEK_1.minusSeconds(60)).getFirst().baseline()
                .capturedAt()).as("nothing that old: the oldest").isEqualTo(WEEK_1);
    }

    @Test
    void normalisesByAgeSoThatAYoungTalkCanOutrankAnOldOne() {
        List<PlaylistItem> items = List.of(item(1, "old", Instant.parse("2025-11-15T00:00:00Z")),
                item(2, "young", null));
        Map<String, List<Observation>> seen = Map.of(
                "old", List.of(seen(WEEK_3, "36,500 views", null)),
                "young", List.of(seen(WEEK_3, "2,000 views", "1 week ago")));

        List<TrendRow> rows = Trends.of(items, seen, null);

        assertThat(rows.get(0).rank()).isEqualTo(1);
        assertThat(rows.get(1).rank()).isEqualTo(2);
        assertThat(rows.get(0).viewsPerDay().middle()).isEqualTo(100);
        assertThat(rows.get(1).viewsPerDay().low()).as("2,000 views in 7 to 14 days").isBetween(142.0, 143.0);
        assertThat(rows.get(1).percentile()).isEqualTo(100);
        assertThat(rows.get(0).percentile()).isZero();
        assertThat(rows.get(1).uploadExact()).isFalse();
    }

    @Test
    void aVideoThatCannotBeWatchedHasNoTrend() {
        PlaylistItem hidden = new PlaylistItem("PLx", 1, new Video("gone", "[Private video]", VideoStatus.PRIVATE, null,
                null, null, null, null, new Talk(null, List.of(), "t", false)), null, null);

        TrendRow row = Trends.of(List.of(hidden), Map.of("gone", List.of(seen(WEEK_1, "5 views", null))), null).getFirst();

        assertThat(row.latest()).isNull();
        assertThat(row.gained()).isNull();
        assertThat(row.rank()).isNull();
    }

    @Test
    void aWholeThousandIsAsPreciseAsOneDecimal() {
        Map<String, List<Observation>> seen = Map.of("a", List.of(
                seen(WEEK_1, "1K views", null), seen(WEEK_2, "1.1K views", null)));

        TrendRow row = Trends.of(List.of(item(1, "a", null)), seen, null).getFirst();

        assertThat(row.gained().text(0, true)).as("1,000-1,099 to 1,100-1,199").isEqualTo("+1\u2013199");
    }
}
