package dev.talkwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkwatch.catalog.ItemFilter;
import dev.talkwatch.catalog.ItemSort;
import dev.talkwatch.catalog.PlaylistItem;
import dev.talkwatch.catalog.Talk;
import dev.talkwatch.catalog.VideoStatus;
import dev.talkwatch.catalog.ViewCount;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The items a filter selects are the same whether SQL orders and cuts them or Java does: seeded
 * playlists with ties, rounded and exact counts, videos without counts and videos that cannot be
 * watched, a video at two positions, and two partial captures that put two videos at one position.
 */
@ParameterizedClass
@EnumSource(Engine.class)
class ItemOrderTest {

    @Parameter
    Engine engine;

    private static final Instant T1 = Instant.parse("2024-08-06T07:00:00Z");
    private static final Instant T2 = Instant.parse("2024-09-06T07:00:00Z");

    @TempDir
    Path temp;

    @Test
    void sqlOrdersAndCutsAsTheFilterDoes() {
        for (int seed = 0; seed < 12; seed++) {
            Random random = new Random(seed);
            CatalogStore store = new CatalogStore(engine.open(temp));
            fill(store, random);
            List<PlaylistItem> all = store.items("PLx");
            for (ItemSort sort : ItemSort.values()) {
                for (Integer limit : new Integer[] {null, 0, 1, 3, 7, all.size() + 5}) {
                    for (Long least : new Long[] {null, 0L, 150L, 1_000L}) {
                        ItemFilter filter = new ItemFilter(null, least, sort, limit);
                        assertThat(store.items("PLx", filter)).as("seed %d, %s", seed, filter)
                                .containsExactlyElementsOf(filter.apply(all));
                    }
                }
                ItemFilter byTrack = new ItemFilter("talks", null, sort, 3);
                assertThat(store.items("PLx", byTrack)).containsExactlyElementsOf(byTrack.apply(all));
            }
        }
    }

    private static void fill(CatalogStore store, Random random) {
        int videos = 5 + random.nextInt(30);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < videos; i++) {
            ids.add("vid%08d%02d".formatted(i, random.nextInt(100)).substring(0, 11));
        }
        store.inTransaction(writer -> {
            writer.upsertPlaylist("PLx", "A conference", null, null, T1);
            long complete = writer.insertCapture("PLx", T1, "page", true, "d1", T1);
            List<CatalogWriter.CaptureEntry> entries = new ArrayList<>();
            List<CatalogWriter.SnapshotRow> snapshots = new ArrayList<>();
            for (int i = 0; i < videos; i++) {
                VideoStatus status = random.nextInt(6) == 0 ? VideoStatus.PRIVATE : VideoStatus.AVAILABLE;
                VideoRow video = new VideoRow(ids.get(i), "Talks - Ana: talk " + random.nextInt(5), status, null, null, null, null);
                writer.saveVideo(video, T1);
                writer.saveTalk(video.id(), new Talk(random.nextBoolean() ? "Talks" : null, List.of("Ana"), "talk", false), "p");
                entries.add(new CatalogWriter.CaptureEntry(i + 1, video.id(), null));
                snapshots.add(new CatalogWriter.SnapshotRow(video, count(random), null, null));
            }
            entries.add(new CatalogWriter.CaptureEntry(videos + 1, ids.getFirst(), null)); // the first video again
            writer.insertCaptureEntries(complete, entries);
            writer.insertSnapshots(complete, snapshots);
            // two later partial captures, each putting another video at the same position
            for (int k = 0; k < 2; k++) {
                long partial = writer.insertCapture("PLx", T2, "page", false, "p" + k, T2);
                String id = "late%07d".formatted(k);
                VideoRow video = new VideoRow(id, "late " + k, VideoStatus.AVAILABLE, null, null, null, null);
                writer.saveVideo(video, T2);
                writer.insertCaptureEntry(partial, 2, id, null);
                writer.insertSnapshot(partial, video, count(random), null, null);
                ids.add(id);
            }
            writer.refreshVideoStates(ids);
            writer.refreshEntries("PLx");
            return null;
        });
    }

    // Few distinct values, so that ties are common; rounded counts whose ranges overlap exact ones.
    private static ViewCount count(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> null;
            case 1 -> new ViewCount(1_000 * (1 + random.nextInt(3)), "1K views", 1_000);
            case 2 -> new ViewCount(100 * random.nextInt(20), "views", 100);
            default -> ViewCount.exact(random.nextInt(4) * 500L + random.nextInt(2) * 999, "views");
        };
    }
}
