package dev.talkwatch.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlaylistDiffTest {

    private static PlaylistListing listing(String... ids) {
        List<PlaylistListing.Entry> entries = new ArrayList<>();
        for (String id : ids) {
            VideoStatus status = id.endsWith("!") ? VideoStatus.PRIVATE : VideoStatus.AVAILABLE;
            String videoId = id.replace("!", "");
            entries.add(new PlaylistListing.Entry(entries.size() + 1, videoId, "Title of " + videoId, status));
        }
        return new PlaylistListing(Instant.EPOCH, true, entries);
    }

    private static List<String> kinds(List<PlaylistChange> changes) {
        return changes.stream().map(c -> c.kind().label() + " " + c.videoId()).toList();
    }

    @Test
    void anAdditionAtTheTopShiftsPositionsWithoutMovingAnything() {
        assertThat(kinds(PlaylistDiff.between(listing("a", "b", "c"), listing("n", "a", "b", "c"))))
                .containsExactly("added n");
    }

    @Test
    void aSwapMovesOneVideo() {
        List<PlaylistChange> changes = PlaylistDiff.between(listing("a", "b", "c", "d"), listing("a", "c", "b", "d"));
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(PlaylistChange.Kind.MOVED);
            assertThat(c.before() + "→" + c.after()).isIn("2→3", "3→2");
        });
    }

    @Test
    void tellsRemovalsStatusChangesAndNewTitles() {
        PlaylistListing before = listing("a", "b", "c");
        PlaylistListing after = new PlaylistListing(Instant.EPOCH, true, List.of(
                new PlaylistListing.Entry(1, "a", "A better title", VideoStatus.AVAILABLE),
                new PlaylistListing.Entry(2, "c", "[Private video]", VideoStatus.PRIVATE)));
        List<PlaylistChange> changes = PlaylistDiff.between(before, after);
        assertThat(kinds(changes)).containsExactly("retitled a", "made private c", "removed b");
        assertThat(changes.getFirst().before()).isEqualTo("Title of a");
        assertThat(changes.get(1).title()).as("the title it had while it could be watched").isEqualTo("Title of c");
    }

    @Test
    void aVideoAvailableAgainIsTold() {
        assertThat(kinds(PlaylistDiff.between(listing("a!", "b"), listing("a", "b")))).containsExactly("available again a");
    }

    @Test
    void movesAreTheFewestThatExplainTheNewOrder() {
        Random random = new Random(20261125);
        for (int round = 0; round < 200; round++) {
            int size = 1 + random.nextInt(40);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                ids.add("v" + i);
            }
            List<String> shuffled = new ArrayList<>(ids);
            int swaps = random.nextInt(4);
            for (int s = 0; s < swaps; s++) {
                Collections.swap(shuffled, random.nextInt(size), random.nextInt(size));
            }
            List<PlaylistChange> changes = PlaylistDiff.between(listing(ids.toArray(String[]::new)),
                    listing(shuffled.toArray(String[]::new)));
            assertThat(changes).allMatch(c -> c.kind() == PlaylistChange.Kind.MOVED);
            assertThat(changes.size()).as("a swap moves at most two").isLessThanOrEqualTo(2 * swaps);
            // the rest keep their relative order
            List<String> moved = changes.stream().map(PlaylistChange::videoId).toList();
            List<String> keptBefore = ids.stream().filter(id -> !moved.contains(id)).toList();
            List<String> keptAfter = shuffled.stream().filter(id -> !moved.contains(id)).toList();
            assertThat(keptAfter).isEqualTo(keptBefore);
        }
    }

    @Test
    void findsALongestIncreasingRun() {
        Set<Integer> kept = PlaylistDiff.longestIncreasing(new int[] {0, 1, 2, 3, 4, 6, 5, 7});
        assertThat(kept).hasSize(7);
        assertThat(PlaylistDiff.longestIncreasing(new int[] {3, 2, 1, 0})).hasSize(1);
        assertThat(PlaylistDiff.longestIncreasing(new int[0])).isEmpty();
    }
}
