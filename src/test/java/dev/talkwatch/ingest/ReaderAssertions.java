package dev.talkwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkwatch.catalog.ViewCount;
import java.util.List;
import java.util.stream.IntStream;

/** What the hand-written fixtures hold: ten PyCon US 2024 titles, one per view-count form. */
final class ReaderAssertions {

    static final List<String> IDS = List.of("mCkqz8jo19M", "ex9draKAP3c", "LauNJNKECOM", "1ND6COslBKU", "P1-KQZZarpc",
            "p_Vx3gDHeUI", "kns4Qlvl3vk", "L-Ok_89QJOM", "7j0RRiDeqRg", "iL9vp8xuHDw");

    static final List<Long> VIEWS = List.of(921L, 1L, 0L, 3674L, 4700L, 266_000_000L, 277_000_000L, 1_700_000_000L,
            2_200_000_000L, 64_534L);

    private ReaderAssertions() {
    }

    /** Entries {@code from} to {@code to} (exclusive), with the exact counts the classic labels give. */
    static void hasFixtureEntries(List<VideoEntry> entries, int from, int to) {
        hasFixtureEntries(entries, from, to, VIEWS);
    }

    /** As above, for the lockup layout, whose labels carry no count: "3.6K views" stays 3,600. */
    static void hasLockupFixtureEntries(List<VideoEntry> entries, int from, int to) {
        List<Long> shown = VIEWS.stream().map(v -> v == 3674L ? 3600L : v).toList();
        hasFixtureEntries(entries, from, to, shown);
    }

    private static void hasFixtureEntries(List<VideoEntry> entries, int from, int to, List<Long> views) {
        assertThat(entries).extracting(VideoEntry::videoId).containsExactlyElementsOf(IDS.subList(from, to));
        assertThat(entries).extracting(VideoEntry::position)
                .containsExactlyElementsOf(IntStream.rangeClosed(from + 1, to).boxed().toList());
        assertThat(entries).extracting(e -> e.views().value()).containsExactlyElementsOf(views.subList(from, to));
    }

    static ViewCount views(List<VideoEntry> entries, String id) {
        return entries.stream().filter(e -> e.videoId().equals(id)).findFirst().orElseThrow().views();
    }
}
