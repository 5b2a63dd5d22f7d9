package dev.talkwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.talkwatch.catalog.Observation;
import dev.talkwatch.catalog.Trends;
import dev.talkwatch.catalog.VideoStatus;
import dev.talkwatch.catalog.ViewCount;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the catalog keeps for a trend (each video's newest counted snapshot, the one before, its
 * upload span) is what {@link Trends#basis} makes of all its snapshots, on seeded histories imported
 * in any order: captures at the same moment, partial ones, videos that could not be watched, counts
 * missing, ages that agree, contradict or cannot be read; after a migration and a restore too.
 */
class TrendBasisTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final String[] AGES = {null, null, "3 days ago", "1 week ago", "2 weeks ago", "1 month ago",
        "2 months ago", "1 year ago", "5 hours ago", "Streamed 2 days ago", "vor 2 Tagen", "12 minutes ago"};
    private static final VideoStatus[] STATUSES = {VideoStatus.AVAILABLE, VideoStatus.AVAILABLE, VideoStatus.AVAILABLE,
        VideoStatus.PRIVATE, VideoStatus.MEMBERS_ONLY, VideoStatus.DELETED};
    private static final String PLAYLIST = "PLa";

    @TempDir
    Path temp;

    private record Seen(String videoId, VideoStatus status, ViewCount views, String ageText) {
    }

    private record Capture(String playlist, Instant at, boolean complete, String digest, List<Seen> seen) {
    }

    @Test
    void theCatalogKeepsWhatTheRulesMakeOfEverySnapshotWhateverTheOrderOfImports() {
        for (int seed = 0; seed < 40; seed++) {
            Random random = new Random(seed);
            List<Capture> captures = history(random);
            List<Capture> shuffled = new ArrayList<>(captures);
            Collections.shuffle(shuffled, random);

            Map<String, Trends.Basis> inOrder = bases(temp.resolve(seed + "-a.db"), captures);
            Map<String, Trends.Basis> anyOrder = bases(temp.resolve(seed + "-b.db"), shuffled);

            assertThat(inOrder).as("seed %d", seed).isEqualTo(fromEverySnapshot(temp.resolve(seed + "-a.db")));
            assertThat(anyOrder).as("seed %d, imported in another order", seed).isEqualTo(inOrder);
        }
    }

    @Test
    void aCatalogFromBeforeTheMigrationGetsTheSameBasis() throws SQLException {
        Path file = MigrationFixtures.catalogAt(temp.resolve("old.db"), "7",
                "INSERT INTO playlist (id, title, created_at) VALUES ('PLa', 'Old', '2026-01-01T00:00:00Z')",
                "INSERT INTO video (id, title, first_seen_at, last_seen_at) VALUES ('aaaaaaaaaaa', 'A', 'x', 'x')",
                "INSERT INTO capture (id, playlist_id, captured_at, source, complete, imported_at, digest)"
                        + " VALUES (1, 'PLa', '2026-01-10T00:00:00Z', 'page', 1, 'x', 'd1'),"
                        + " (2, 'PLa', '2026-01-03T00:00:00Z', 'page', 1, 'x', 'd2'),"
                        + " (3, 'PLa', '2026-01-20T00:00:00Z', 'page', 0, 'x', 'd3')",
                "INSERT INTO capture_entry (capture_id, position, video_id) VALUES (1, 1, 'aaaaaaaaaaa'),"
                        + " (2, 1, 'aaaaaaaaaaa'), (3, 1, 'aaaaaaaaaaa')",
                "INSERT INTO snapshot (capture_id, video_id, title, status, views, views_text, views_unit, views_exact,"
                        + " age_text) VALUES (1, 'aaaaaaaaaaa', 'A', 'available', 40, '40 views', 1, 1, '1 week ago'),"
                        + " (2, 'aaaaaaaaaaa', 'A', 'available', 12, '12 views', 1, 1, '3 days ago'),"
                        + " (3, 'aaaaaaaaaaa', 'A', 'available', 90, '90 views', 1, 1, '2 weeks ago')",
                "INSERT INTO playlist_entry (playlist_id, position, video_id, capture_id) VALUES ('PLa', 1, 'aaaaaaaaaaa', 3)");

        Database database = Database.openSqlite(file);
        Map<String, Trends.Basis> kept = new HistoryStore(database).bases("PLa");

        Trends.Basis basis = kept.get("aaaaaaaaaaa");
        assertThat(basis.latest().views().value()).isEqualTo(90);
        assertThat(basis.baseline().views().value()).isEqualTo(40);
        assertThat(basis.uploadSpan()).isNotNull();
        assertThat(kept).isEqualTo(fromEverySnapshot(file));
    }

    @Test
    void aBackupWithoutTheKeptBasisRestoresWithIt() {
        Random random = new Random(99);
        Path original = temp.resolve("original.db");
        Map<String, Trends.Basis> kept = bases(original, history(random));
        ObjectMapper json = new ObjectMapper();
        ObjectNode backup = new Backup(Database.openSqlite(original)).export(json);
        // as a talkwatch from before the basis wrote it
        backup.path("tables").path("snapshot").forEach(row -> ((ObjectNode) row).remove(List.of("age_at_least", "age_less_than")));
        backup.path("tables").path("video").forEach(row -> ((ObjectNode) row).remove(
                List.of("trend_latest_capture_id", "trend_baseline_capture_id", "upload_after", "upload_before")));

        Database restored = Database.openSqlite(temp.resolve("restored.db"));
        new Backup(restored).restore(backup, "backup.json");

        assertThat(new HistoryStore(restored).bases(PLAYLIST)).isEqualTo(kept);
    }

    private static Map<String, Trends.Basis> fromEverySnapshot(Path file) {
        Map<String, Trends.Basis> expected = new HashMap<>();
        new HistoryStore(Database.openSqlite(file)).observations(PLAYLIST)
                .forEach((id, observations) -> expected.put(id, Trends.basis(observations, null)));
        return expected;
    }

    private static Map<String, Trends.Basis> bases(Path file, List<Capture> captures) {
        Database database = Database.openSqlite(file);
        CatalogStore store = new CatalogStore(database);
        for (Capture capture : captures) {
            store.inTransaction(writer -> {
                writer.upsertPlaylist(capture.playlist(), "PyCon US 2026", "PyCon US", null, capture.at());
                long id = writer.insertCapture(capture.playlist(), capture.at(), "page", capture.complete(), capture.digest(),
                        capture.at());
                int position = 1;
                for (Seen s : capture.seen()) {
                    VideoRow video = new VideoRow(s.videoId(), "Talks - Ana: A talk", s.status(), "PyCon US", null, 1800, null);
                    writer.saveVideo(video, capture.at());
                    writer.insertCaptureEntry(id, position++, s.videoId(), null);
                    writer.insertSnapshot(id, video, s.views(), null, s.ageText());
                }
                writer.refreshVideoStates(capture.seen().stream().map(Seen::videoId).toList());
                writer.refreshEntries(capture.playlist());
                return null;
            });
        }
        return new HistoryStore(database).bases(PLAYLIST);
    }

    // Up to 12 captures of two playlists sharing videos, some at the same moment, over a few weeks.
    private static List<Capture> history(Random random) {
        List<Capture> captures = new ArrayList<>();
        int count = 1 + random.nextInt(12);
        for (int c = 0; c < count; c++) {
            Instant at = START.plus(Duration.ofHours(random.nextInt(6) * 24L * (1 + random.nextInt(4))));
            List<Seen> seen = new ArrayList<>();
            for (int v = 0; v < 6; v++) {
                if (random.nextInt(4) == 0) {
                    continue;
                }
                VideoStatus status = STATUSES[random.nextInt(STATUSES.length)];
                long views = 10 + random.nextInt(5_000);
                ViewCount counted = random.nextInt(5) == 0 ? null
                        : random.nextBoolean() ? ViewCount.exact(views, views + " views")
                        : new ViewCount(views / 100 * 100, (views / 100) / 10.0 + "K views", 100);
                seen.add(new Seen("video" + v + "xxxx", status, counted, AGES[random.nextInt(AGES.length)]));
            }
            captures.add(new Capture(random.nextInt(4) == 0 ? "PLb" : PLAYLIST, at, random.nextInt(3) != 0,
                    "digest-" + c, seen));
        }
        return captures;
    }
}
