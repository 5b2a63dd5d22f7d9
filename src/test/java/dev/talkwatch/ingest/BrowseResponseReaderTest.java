package dev.talkwatch.ingest;

import static dev.talkwatch.ingest.ReaderAssertions.hasFixtureEntries;
import static dev.talkwatch.ingest.ReaderAssertions.hasLockupFixtureEntries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talkwatch.Fixtures;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class BrowseResponseReaderTest {

    private final ImportProblems problems = new ImportProblems("test");

    private PlaylistCapture read(String fixture) throws IOException {
        return new BrowseResponseReader().read(Fixtures.source("ingest/browse/" + fixture), problems).captures().getFirst();
    }

    @Test
    void readsAFirstPageAndItsContinuationToken() throws IOException {
        PlaylistCapture capture = read("first-page.json");

        assertThat(capture.continues()).isTrue();
        assertThat(capture.title()).isEqualTo("PyCon US 2024 (fixture)");
        hasFixtureEntries(capture.entries(), 0, 6);
    }

    @Test
    void readsAContinuationPageWithoutPlaylistMetadata() throws IOException {
        PlaylistCapture capture = read("continuation-last.json");

        assertThat(capture.playlistId()).as("from the entries' own links").isEqualTo(Fixtures.PLAYLIST);
        assertThat(capture.title()).isNull();
        assertThat(capture.continues()).isFalse();
        hasFixtureEntries(capture.entries(), 6, 10);
    }

    @Test
    void readsAFirstPageDeliveredAsReloadContinuationItems() throws IOException {
        PlaylistCapture capture = read("reload-first-page.json");

        assertThat(capture.continues()).isTrue();
        hasFixtureEntries(capture.entries(), 0, 6);
    }

    @Test
    void readsLockupPages() throws IOException {
        PlaylistCapture first = read("lockup-first-page.json");
        PlaylistCapture last = read("lockup-continuation-last.json");

        assertThat(first.continues()).isTrue();
        assertThat(last.continues()).isFalse();
        hasLockupFixtureEntries(first.entries(), 0, 6);
        hasLockupFixtureEntries(last.entries(), 6, 10);
    }

    @Test
    void collectsAnUnreadableEntryAndKeepsTheRest() throws IOException {
        PlaylistCapture capture = read("one-bad-entry.json");

        assertThat(capture.entries()).extracting(VideoEntry::videoId).containsExactly("mCkqz8jo19M", "ex9draKAP3c");
        assertThat(problems.list()).singleElement().satisfies(problem -> {
            assertThat(problem.where()).isEqualTo("item 2");
            assertThat(problem.message()).contains("without a valid video id");
        });
    }

    @Test
    void saysWhenTheJsonIsTruncated() {
        assertThatThrownBy(() -> read("truncated.json"))
                .isInstanceOf(UnreadableSourceException.class)
                .hasMessageContaining("truncated.json")
                .hasMessageContaining("the JSON ends early, at byte ");
    }
}
