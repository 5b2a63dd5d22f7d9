package dev.talkwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkwatch.Fixtures;
import dev.talkwatch.catalog.VideoStatus;
import dev.talkwatch.catalog.ViewCount;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YtDlpReaderTest {

    private static PlaylistCapture read(String fixture, ImportProblems problems) throws IOException {
        return new YtDlpReader().read(Fixtures.source("ingest/ytdlp/" + fixture), problems).captures().getFirst();
    }

    @ParameterizedTest
    @ValueSource(strings = {"flat-playlist.json", "flat-playlist.jsonl"})
    void readsBothTheSingleDocumentAndTheJsonLines(String fixture) throws IOException {
        ImportProblems problems = new ImportProblems(fixture);
        PlaylistCapture capture = read(fixture, problems);

        assertThat(problems.list()).isEmpty();
        assertThat(capture.playlistId()).isEqualTo(Fixtures.PLAYLIST);
        assertThat(capture.title()).isEqualTo("PyCon US 2024 (fixture)");
        assertThat(capture.entries()).hasSize(10);
        assertThat(capture.entries()).extracting(VideoEntry::position).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        VideoEntry first = capture.entries().getFirst();
        assertThat(first.videoId()).isEqualTo("mCkqz8jo19M");
        assertThat(first.channel()).isEqualTo("PyCon US");
        assertThat(first.durationSeconds()).isEqualTo(1800);
        assertThat(first.link()).as("yt-dlp's url names no position").isNull();
    }

    @Test
    void marksTheFlatCountsAsRoundedAsYouTubeShowedThem() throws IOException {
        PlaylistCapture capture = read("flat-playlist.json", new ImportProblems("x"));

        assertThat(capture.entries().get(0).views()).isEqualTo(ViewCount.exact(921, "921"));
        assertThat(capture.entries().get(3).views()).isEqualTo(new ViewCount(3600, "3600", 100));
        assertThat(capture.entries().get(5).views()).isEqualTo(new ViewCount(266_000_000, "266000000", 1_000_000));
        assertThat(capture.entries().get(9).views()).isEqualTo(new ViewCount(64_000, "64000", 1000));
    }

    @Test
    void keepsADeletedVideoAsUnavailable() throws IOException {
        VideoEntry deleted = read("flat-playlist.json", new ImportProblems("x")).entries().get(7);

        assertThat(deleted.videoId()).isEqualTo("xDELETEDxx1");
        assertThat(deleted.status()).isEqualTo(VideoStatus.DELETED);
        assertThat(deleted.position()).isEqualTo(8);
        assertThat(deleted.views()).isNull();
    }

    @Test
    void aCountThatIsNoAbbreviationIsExact() {
        assertThat(YtDlpReader.flatCount(3674).exact()).isTrue();
        assertThat(YtDlpReader.flatCount(51_000)).isEqualTo(new ViewCount(51_000, "51000", 1000));
        assertThat(YtDlpReader.flatCount(999).exact()).isTrue();
    }
}
