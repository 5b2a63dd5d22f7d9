package dev.talkwatch.publish;

import dev.talkwatch.catalog.Observation;
import dev.talkwatch.catalog.PlaylistItem;
import dev.talkwatch.catalog.TrendRow;
import dev.talkwatch.catalog.TrendSort;
import dev.talkwatch.catalog.Trends;
import dev.talkwatch.store.PostDate;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The post's sections that come from the playlist's history: "Trending this week" (the talks that
 * gained the most views per day in the week before the post, their gain written as precisely as the
 * counts allow) and "New since the last post" (videos that joined the playlist after the previous
 * post's day).
 */
final class HistorySections {

    static final String TRENDING_HEADING = "Trending this week:";
    static final String NEW_HEADING = "New since the last post:";
    private static final Duration WEEK = Duration.ofDays(7);
    private static final Duration SLACK = Duration.ofHours(1);

    private HistorySections() {
    }

    /**
     * The talks that gained the most views per day in the week before the newest snapshot (the
     * counts the popular sections show), each compared with its newest snapshot at least a week older
     * (an hour's slack for a refresh that ran late), else its oldest.
     */
    static RecapModel.Section trending(RecapSource source, int limit, String heading) {
        Map<String, List<Observation>> observations = source.history().observations();
        Instant newest = observations.values().stream().flatMap(List::stream).map(Observation::capturedAt)
                .max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        List<RecapModel.TalkLine> talks = Trends.of(source.items(), observations, newest.minus(WEEK).plus(SLACK)).stream()
                .filter(row -> row.gained() != null && row.gained().high() > 0)
                .sorted(TrendSort.PER_DAY.comparator())
                .limit(limit)
                .map(row -> RecapPublisher.line(row.item(), null, gained(row)))
                .toList();
        return new RecapModel.Section(heading == null ? TRENDING_HEADING : heading, talks);
    }

    // "+537 views", or "+100–299 views in 5 days" when the snapshots are not a week apart.
    private static String gained(TrendRow row) {
        double days = Duration.between(row.baseline().capturedAt(), row.latest().capturedAt()).toMinutes() / 1440.0;
        long whole = Math.max(1, Math.round(days));
        String span = Math.abs(days - WEEK.toDays()) < 0.5 ? "" : " in " + whole + (whole == 1 ? " day" : " days");
        boolean one = row.gained().exact() && row.gained().low() == 1;
        return row.gained().text(0, true) + (one ? " view" : " views") + span;
    }

    static RecapModel.Section newTalks(RecapSource source, OffsetDateTime postDate, String heading) {
        String title = heading == null ? NEW_HEADING : heading;
        Optional<Instant> lastPost = source.history().postBefore(postDate).map(PostDate::writtenAt);
        if (lastPost.isEmpty()) {
            return new RecapModel.Section(title, List.of());
        }
        Map<String, Instant> firstSeen = source.history().firstSeen();
        List<RecapModel.TalkLine> talks = source.items().stream()
                .filter(item -> item.video().status().available())
                .filter(item -> firstSeen.containsKey(item.video().id())
                        && firstSeen.get(item.video().id()).isAfter(lastPost.get()))
                .sorted(Comparator.comparingInt(PlaylistItem::position))
                .map(item -> RecapPublisher.line(item, null, null))
                .toList();
        return new RecapModel.Section(title, talks);
    }
}
