package dev.talkwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkwatch.catalog.Age;
import dev.talkwatch.catalog.Observation;
import dev.talkwatch.catalog.VideoStatus;
import dev.talkwatch.catalog.ViewCount;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Engine.class)
class HistoryStoreTest {

    @Parameter
    Engine engine;

    private static final Instant MAY = Instant.parse("2024-05-20T07:00:00Z");
    private static final Instant JUNE = Instant.parse("2024-06-20T07:00:00Z");
    private static final Instant JULY = Instant.parse("2024-07-20T07:00:00Z");

    @TempDir
    Path temp;

    private Database database;
    private CatalogStore store;

    @BeforeEach
    void open() {
        open(firstLocation = engine.location(temp));
    }

    private String firstLocation;

    private void open(String location) {
        database = Database.open(location, Engine.environment());
        store = new CatalogStore(database);
    }

    private record Seen(String videoId, VideoStatus status, ViewCount views, String ageText) {
    }

    private void capture(String playlist, Instant at, Seen... seen) {
        store.inTransaction(writer -> {
            writer.upsertPlaylist(playlist, "PyCon US 2024", "PyCon US", null, at);
            long capture = writer.insertCapture(playlist, at, "page", true, "digest-" + playlist + at, at);
            int position = 1;
            for (Seen s : seen) {
                VideoRow video = new VideoRow(s.videoId(), "Talks - Ana: A talk", s.status(), "PyCon US", null, 1800, null);
                writer.saveVideo(video, at);
                writer.insertCaptureEntry(capture, position++, s.videoId(), null);
                writer.insertSnapshot(capture, video, s.views(), null, s.ageText());
            }
            writer.refreshVideoStates(List.of(seen).stream().map(Seen::videoId).toList());
            writer.refreshEntries(playlist);
            return null;
        });
    }

    @Test
    void everyVideosObservationsComeOldestFirstWhateverOrderTheCapturesWereImportedIn() {
        ViewCount rounded = new ViewCount(3600, "3.6K views", 100);
        // texts JSON has to escape, and one outside ASCII
        ViewCount quoted = ViewCount.exact(4100, "4,100 \"views\" \\ café");
        capture("PLa", JULY, new Seen("aaaaaaaaaaa", VideoStatus.AVAILABLE, quoted, "2 months ago"),
                new Seen("bbbbbbbbbbb", VideoStatus.PRIVATE, null, null));
        capture("PLa", MAY, new Seen("aaaaaaaaaaa", VideoStatus.AVAILABLE, ViewCount.exact(12, "12 views"), "1 day ago"));
        capture("PLa", JUNE, new Seen("aaaaaaaaaaa", VideoStatus.AVAILABLE, rounded, null),
                new Seen("bbbbbbbbbbb", VideoStatus.AVAILABLE, ViewCount.exact(7, "7 views"), "3 weeks ago"));
        capture("PLother", JUNE, new Seen("ccccccccccc", VideoStatus.AVAILABLE, ViewCount.exact(1, "1 view"), null));

        Map<String, List<Observation>> observations = new HistoryStore(database).observations("PLa");

        assertThat(observations.keySet()).containsExactly("aaaaaaaaaaa", "bbbbbbbbbbb");
        assertThat(observations.get("aaaaaaaaaaa")).containsExactly(
                new Observation(MAY, VideoStatus.AVAILABLE, ViewCount.exact(12, "12 views"), Age.parse("1 day ago").orElseThrow()),
                new Observation(JUNE, VideoStatus.AVAILABLE, rounded, null),
                new Observation(JULY, VideoStatus.AVAILABLE, quoted, Age.parse("2 months ago").orElseThrow()));
        assertThat(observations.get("bbbbbbbbbbb")).containsExactly(
                new Observation(JUNE, VideoStatus.AVAILABLE, ViewCount.exact(7, "7 views"), Age.parse("3 weeks ago").orElseThrow()),
                new Observation(JULY, VideoStatus.PRIVATE, null, null));
    }

    @Test
    void twoCapturesAtTheSameMomentComeInTheSameOrderWhicheverWasImportedFirst() {
        capture("PLb", JUNE, new Seen("aaaaaaaaaaa", VideoStatus.AVAILABLE, ViewCount.exact(9, "9 views"), null));
        capture("PLa", JUNE, new Seen("aaaaaaaaaaa", VideoStatus.AVAILABLE, ViewCount.exact(5, "5 views"), null));
        open(engine.location(temp));
        capture("PLa", JUNE, new Seen("aaaaaaaaaaa", VideoStatus.AVAILABLE, ViewCount.exact(5, "5 views"), null));
        capture("PLb", JUNE, new Seen("aaaaaaaaaaa", VideoStatus.AVAILABLE, ViewCount.exact(9, "9 views"), null));

        // by content (their digests), as the newest snapshot is picked, never by the order of imports
        assertThat(new HistoryStore(database).observations("PLa").get("aaaaaaaaaaa"))
                .extracting(o -> o.views().value()).containsExactly(5L, 9L);
        assertThat(new HistoryStore(Database.open(firstLocation, Engine.environment())).observations("PLa").get("aaaaaaaaaaa"))
                .extracting(o -> o.views().value()).containsExactly(5L, 9L);
    }
}
