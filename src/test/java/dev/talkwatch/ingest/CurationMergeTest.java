package dev.talkwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkwatch.Fixtures;
import dev.talkwatch.catalog.Note;
import dev.talkwatch.catalog.Stars;
import dev.talkwatch.publish.RecapOptions;
import dev.talkwatch.publish.RecapPublisher;
import dev.talkwatch.publish.RecapSource;
import dev.talkwatch.store.CatalogStore;
import dev.talkwatch.store.CurationStore;
import dev.talkwatch.store.Database;
import dev.talkwatch.store.HistoryStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.talkwatch.store.Engine;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A post's curation merged into the user's own: nothing the user did later is undone by an older post. */
@ParameterizedClass
@EnumSource(Engine.class)
class CurationMergeTest {

    @Parameter
    Engine engine;

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private Database database;
    private CatalogStore store;
    private CurationStore curation;

    @BeforeEach
    void openCatalog() {
        database = engine.open(temp);
        store = new CatalogStore(database);
        curation = new CurationStore(database);
    }

    private ImportResult importFixture(String fixture) {
        return new Importer(store, CLOCK).importSources(List.of(Fixtures.source(fixture)),
                new ImportOptions(Optional.empty(), Optional.empty()));
    }

    private <T> T read(java.util.function.Function<CurationStore.Curation, T> query) {
        return curation.inTransaction(query);
    }

    private List<String> notes(String videoId) {
        return read(c -> c.notes(videoId)).stream().map(Note::text).toList();
    }

    @Test
    void theNewerPostsRatingWinsAndTheOlderPostsOrderHoldsInEitherOrder() {
        importFixture("ingest/post/recap-september.md");
        importFixture("ingest/post/recap-august.md");

        Map<String, Stars> ratings = read(CurationStore.Curation::ratings);
        assertThat(ratings.get("mCkqz8jo19M")).isEqualTo(Stars.parse("4").orElseThrow());
        assertThat(ratings.keySet()).as("in the order first rated: August's two, then September's new one")
                .containsExactly("mCkqz8jo19M", "1ND6COslBKU", "LauNJNKECOM");
        assertThat(notes("mCkqz8jo19M")).as("as written: August's, then what September added")
                .containsExactly("a decompiler that runs in the browser", "worth it", "better the second time");
        assertThat(read(CurationStore.Curation::queue)).containsExactly("P1-KQZZarpc", "LauNJNKECOM", "PostOnly001",
                "kns4Qlvl3vk");
    }

    @Test
    void aRatingGivenAfterThePostStays() {
        importFixture("ingest/page/classic-complete.html");
        curation.inTransaction(c -> {
            c.rate("mCkqz8jo19M", Stars.parse("5").orElseThrow(), Instant.parse("2026-01-01T00:00:00Z"));
            return null;
        });

        importFixture("ingest/post/recap-august.md");

        Optional<Stars> kept = read(c -> c.rating("mCkqz8jo19M"));
        assertThat(kept).contains(Stars.parse("5").orElseThrow());
        assertThat(read(CurationStore.Curation::ratings).keySet()).as("first rated by the post, in 2024")
                .containsExactly("mCkqz8jo19M", "1ND6COslBKU");
    }

    @Test
    void aTalkWatchedAfterThePostListedItIsNotQueuedAgain() {
        importFixture("ingest/page/classic-complete.html");
        curation.inTransaction(c -> c.addWatched("P1-KQZZarpc", LocalDate.parse("2024-08-20"), "manual"));

        ImportResult result = importFixture("ingest/post/recap-august.md");

        assertThat(read(CurationStore.Curation::queue)).doesNotContain("P1-KQZZarpc").contains("LauNJNKECOM");
        assertThat(result.curation().watchedSinceQueued()).isEqualTo(1);
    }

    @Test
    void aWatchHistoryTakesWhatItWatchedAfterQueueingOutOfTheQueue() {
        importFixture("ingest/post/recap-august.md");

        importFixture("ingest/takeout/watched-after-august.json");

        assertThat(read(CurationStore.Curation::queue)).as("both watched after the post queued them")
                .containsExactly("LauNJNKECOM");
        assertThat(read(CurationStore.Curation::diary)).extracting(d -> d.videoId() + " " + d.watchedOn())
                .containsExactly("P1-KQZZarpc 2024-08-20", "PostOnly001 2024-09-20");
    }

    @Test
    void aViewingOfAVideoNotInTheCatalogWaitsForIt() {
        ImportResult history = importFixture("ingest/takeout/watched-after-august.json");

        assertThat(history.curation().otherViewings()).isEqualTo(3);
        assertThat(read(CurationStore.Curation::diary)).isEmpty();
        importFixture("ingest/post/recap-august.md");

        assertThat(read(CurationStore.Curation::diary)).extracting(d -> d.videoId() + " " + d.watchedOn())
                .containsExactly("P1-KQZZarpc 2024-08-20", "PostOnly001 2024-09-20");
        assertThat(read(CurationStore.Curation::queue)).as("both watched after the post queued them")
                .containsExactly("LauNJNKECOM");
    }

    @Test
    void theNewestPostIsTheLayoutTheNextBuildsOnWhicheverCameLast() {
        importFixture("ingest/post/recap-september.md");
        importFixture("ingest/post/recap-august.md");

        assertThat(store.post(Fixtures.PLAYLIST).orElseThrow().date()).isEqualTo("2024-09-06T00:00:00-07:00");
    }

    @Test
    void whatTheUserWroteOfATalkThatLeftThePlaylistIsStillPublished() {
        importFixture("ingest/post/recap-august.md");
        // a complete capture of the playlist, newer than the post, without the post-only talk
        new Importer(store, CLOCK).importSources(List.of(Fixtures.source("ingest/page/classic-complete.html")),
                new ImportOptions(Optional.empty(), Optional.of(Instant.parse("2024-10-01T00:00:00Z"))));
        curation.inTransaction(c -> {
            c.rate("PostOnly001", Stars.parse("4.5").orElseThrow(), Instant.parse("2024-10-02T00:00:00Z"));
            return null;
        });

        var playlist = store.requirePlaylist(Fixtures.PLAYLIST);
        String post = new RecapPublisher().markdown(RecapSource.load(store, curation, new HistoryStore(database), playlist,
                null, OffsetDateTime.now(CLOCK), false), RecapOptions.defaults());

        assertThat(store.items(Fixtures.PLAYLIST)).extracting(i -> i.video().id()).doesNotContain("PostOnly001");
        assertThat(post).contains("★★★★½ [Talks - Ada Byron: A Talk Only the Posts Link]")
                .contains("[Talks - Ada Byron: A Talk Only the Posts Link](https://www.youtube.com/watch?v=PostOnly001");
    }
}
