package dev.talkwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkwatch.catalog.PlaylistItem;
import dev.talkwatch.catalog.Snapshot;
import dev.talkwatch.catalog.Talk;
import dev.talkwatch.catalog.Video;
import dev.talkwatch.catalog.VideoStatus;
import dev.talkwatch.catalog.ViewCount;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlaylistTableTest {

    private static PlaylistTable.Entry entry(int position, String views) {
        Video video = new Video("v" + position, "Talk " + position, VideoStatus.AVAILABLE, null, null, null, null, null,
                new Talk(null, List.of(), "Talk " + position, false));
        Snapshot latest = views == null ? null
                : new Snapshot(Instant.EPOCH, ViewCount.parse(views).orElseThrow(), null, "page");
        return PlaylistTable.entries(List.of(new PlaylistItem("PLx", position, video, null, latest)), Map.of(), Map.of(),
                Set.of(), Set.of()).getFirst();
    }

    private static List<Integer> positions(List<PlaylistTable.Entry> rows) {
        return rows.stream().map(e -> e.item().position()).toList();
    }

    @Test
    void sortsViewsByWhatTheCountsStandForAsTheCommandLineDoes() {
        List<PlaylistTable.Entry> entries = List.of(entry(1, "1K views"), entry(2, "1.4K views"), entry(3, "999 views"),
                entry(4, null), entry(5, "15K views"));

        List<PlaylistTable.Entry> descending = PlaylistTable.apply(entries,
                new PlaylistTable.Query(null, null, null, null, PlaylistTable.Column.VIEWS, true, 500));
        List<PlaylistTable.Entry> ascending = PlaylistTable.apply(entries,
                new PlaylistTable.Query(null, null, null, null, PlaylistTable.Column.VIEWS, false, 500));

        assertThat(positions(descending)).containsExactly(5, 2, 1, 3, 4);
        assertThat(positions(ascending)).as("without a count last either way").containsExactly(3, 1, 2, 5, 4);
    }

    @Test
    void theLeastViewsFilterKeepsOnlyCountsSurelyOverIt() {
        List<PlaylistTable.Entry> entries = List.of(entry(1, "1K views"), entry(2, "1,050 views"));

        assertThat(positions(PlaylistTable.apply(entries,
                new PlaylistTable.Query(null, 1050L, null, null, PlaylistTable.Column.POSITION, false, 500))))
                .containsExactly(2);
    }
}
