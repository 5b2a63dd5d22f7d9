package dev.talkwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talkwatch.Fixtures;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class HarReaderTest {

    @Test
    void takesThePlaylistPageAndEveryBrowseResponseInOrder() throws IOException {
        ImportProblems problems = new ImportProblems("har");
        List<PlaylistCapture> captures = new HarReader()
                .read(Fixtures.source("ingest/har/playlist-session.har"), problems).captures();

        assertThat(problems.list()).as("the home feed's browse response is no problem").isEmpty();
        assertThat(captures).hasSize(2);
        assertThat(captures.get(0).format()).isEqualTo(SourceFormat.YOUTUBE_PAGE);
        assertThat(captures.get(0).continues()).isTrue();
        ReaderAssertions.hasFixtureEntries(captures.get(0).entries(), 0, 6);
        assertThat(captures.get(1).format()).isEqualTo(SourceFormat.YOUTUBE_BROWSE);
        ReaderAssertions.hasFixtureEntries(captures.get(1).entries(), 6, 10);
    }

    @Test
    void saysWhenTheHarWasSavedWithoutContent() {
        assertThatThrownBy(() -> new HarReader().read(Fixtures.source("ingest/har/without-content.har"),
                new ImportProblems("har")))
                .isInstanceOf(UnreadableSourceException.class)
                .hasMessageContaining("without-content.har")
                .hasMessageContaining("save all as HAR with content");
    }

    @Test
    void isDetectedFromItsLog() {
        assertThat(new SourceDetector().detect(Fixtures.source("ingest/har/playlist-session.har")))
                .isEqualTo(SourceFormat.HAR);
    }
}
