package dev.talkwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkwatch.Fixtures;
import dev.talkwatch.catalog.VideoStatus;
import dev.talkwatch.catalog.ViewCount;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DataApiReaderTest {

    private static SourceContent read(String fixture) throws IOException {
        return new DataApiReader().read(Fixtures.source("ingest/dataapi/" + fixture), new ImportProblems(fixture));
    }

    @Test
    void readsAPlaylistItemsPageWithTheVideosOwnPublishTime() throws IOException {
        PlaylistCapture page = read("playlist-items-1.json").captures().getFirst();

        assertThat(page.playlistId()).isEqualTo(Fixtures.PLAYLIST);
        assertThat(page.continues()).as("nextPageToken").isTrue();
        assertThat(page.entries()).extracting(VideoEntry::position).containsExactly(1, 2, 3, 4, 5, 6);
        VideoEntry first = page.entries().getFirst();
        assertThat(first.publishedAt()).as("contentDetails.videoPublishedAt, not snippet.publishedAt")
                .isEqualTo(Instant.parse("2024-06-01T15:00:00Z"));
        assertThat(first.channel()).isEqualTo("PyCon US");
        assertThat(page.entries().get(5).status()).isEqualTo(VideoStatus.PRIVATE);
    }

    @Test
    void readsExactCountsLikesAndDurationFromVideosList() throws IOException {
        SourceContent content = read("videos.json");

        assertThat(content.captures()).isEmpty();
        VideoFacts ibis = content.facts().stream().filter(f -> f.videoId().equals("1ND6COslBKU")).findFirst().orElseThrow();
        assertThat(ibis.views()).isEqualTo(ViewCount.exact(3674, "3674"));
        assertThat(ibis.likes()).isEqualTo(31L);
        assertThat(ibis.durationSeconds()).isEqualTo(33 * 60 + 3);
        assertThat(ibis.publishedAt()).isEqualTo(Instant.parse("2024-06-04T15:00:00Z"));
    }

    @Test
    void readsIso8601Durations() {
        assertThat(DataApiReader.duration("PT21M7S")).isEqualTo(1267);
        assertThat(DataApiReader.duration("PT1H2M")).isEqualTo(3720);
        assertThat(DataApiReader.duration("P1DT2H")).isEqualTo(93_600);
        assertThat(DataApiReader.duration("PT0S")).isZero();
        assertThat(DataApiReader.duration("soon")).isNull();
    }
}
