package dev.talkwatch.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemFilterTest {

    private static PlaylistItem item(int position, String title, String track, Long views) {
        Talk talk = new Talk(track, List.of(), title, false);
        Snapshot latest = views == null ? null
                : new Snapshot(Instant.EPOCH, ViewCount.exact(views, views + " views"), null, "page");
        return new PlaylistItem("PL1", position, Video.of("vid" + position, title, null, null, talk), null, latest);
    }

    private final List<PlaylistItem> items = List.of(
            item(1, "b talk", "Talks", 500L),
            item(2, "A tutorial", "Tutorials", 900L),
            item(3, "c talk", "Talks", null),
            item(4, "d summit", null, 50L));

    @Test
    void sortsByViewsWithUnknownCountsLast() {
        assertThat(new ItemFilter(null, null, ItemSort.VIEWS, null).apply(items))
                .extracting(PlaylistItem::position).containsExactly(2, 1, 4, 3);
    }

    @Test
    void sortsByTitleIgnoringCase() {
        assertThat(new ItemFilter(null, null, ItemSort.TITLE, null).apply(items))
                .extracting(PlaylistItem::position).containsExactly(2, 1, 3, 4);
    }

    @Test
    void filtersByTrackCaseInsensitivelyAndByMissingTrack() {
        assertThat(new ItemFilter("talks", null, ItemSort.POSITION, null).apply(items))
                .extracting(PlaylistItem::position).containsExactly(1, 3);
        assertThat(new ItemFilter("none", null, ItemSort.POSITION, null).apply(items))
                .extracting(PlaylistItem::position).containsExactly(4);
    }

    @Test
    void minimumViewsDropsVideosWithoutACount() {
        assertThat(new ItemFilter(null, 500L, ItemSort.POSITION, null).apply(items))
                .extracting(PlaylistItem::position).containsExactly(1, 2);
    }

    @Test
    void limitAppliesAfterSorting() {
        assertThat(new ItemFilter(null, null, ItemSort.VIEWS, 2).apply(items))
                .extracting(PlaylistItem::position).containsExactly(2, 1);
    }
}
