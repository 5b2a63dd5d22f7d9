package dev.talkwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkwatch.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Counts too large for their type, as the fuzz tests wrote them into pages and posts: not a count, not a crash. */
class HugeNumbersTest {

    @Test
    void aPlaylistOfMoreVideosThanAnyHasNoCount() {
        assertThat(PlaylistMetadata.videoCount("2,147,483,648 videos")).isNull();
        assertThat(PlaylistMetadata.videoCount("99999999999999999999999 videos")).isNull();
        assertThat(PlaylistMetadata.videoCount("1,234 videos")).isEqualTo(1234);
    }

    @Test
    void aNegativeOrHugeCountOrLengthInYtDlpsJsonIsNone() throws Exception {
        String json = Files.readString(Fixtures.path("ingest/ytdlp/flat-playlist.json"))
                .replaceFirst("\"view_count\": 921", "\"view_count\": -1")
                .replaceFirst("\"duration\": 1800", "\"duration\": -1");
        assertThat(json).contains("\"view_count\": -1").contains("\"duration\": -1");

        SourceContent content = new YtDlpReader().read(Source.bytes("damaged.json", json.getBytes(StandardCharsets.UTF_8),
                Instant.EPOCH), new ImportProblems("damaged.json"));

        VideoEntry first = content.captures().getFirst().entries().getFirst();
        assertThat(first.views()).isNull();
        assertThat(first.durationSeconds()).isNull();
        String huge = Files.readString(Fixtures.path("ingest/ytdlp/flat-playlist.json"))
                .replaceFirst("\"view_count\": 921", "\"view_count\": 99999999999999999999999");
        assertThat(new YtDlpReader().read(Source.bytes("huge.json", huge.getBytes(StandardCharsets.UTF_8), Instant.EPOCH),
                new ImportProblems("huge.json")).captures().getFirst().entries().getFirst().views()).isNull();
    }

    @Test
    void aNotesFurtherLineUnderATalkWithoutANoteIsNoNote() throws Exception {
        // found by the fuzz tests: a line indented as a note's continuation, right under a rated talk, threw
        String post = Files.readString(Fixtures.path("ingest/post/recap-september.md"));
        int talk = post.indexOf("\n  - ", post.indexOf("notes:"));
        int end = post.indexOf('\n', talk + 1);
        String damaged = post.substring(0, end) + "\n      continued, but of no note" + post.substring(end);

        SourceContent content = new PostReader().read(Source.bytes("damaged.md", damaged.getBytes(StandardCharsets.UTF_8),
                Instant.EPOCH), new ImportProblems("damaged.md"));

        assertThat(content.posts()).hasSize(1);
    }

    @Test
    void aPostsCutoffTooLargeForACountIsNoCutoff() throws Exception {
        String post = Files.readString(Fixtures.path("cli/demo-post.md")).replaceFirst("\\(500\\+ views", "(99999999999999999999999+ views");
        assertThat(post).contains("99999999999999999999999+ views");

        SourceContent content = new PostReader().read(Source.bytes("huge.md", post.getBytes(StandardCharsets.UTF_8), Instant.EPOCH),
                new ImportProblems("huge.md"));

        assertThat(content.posts()).singleElement().satisfies(read -> assertThat(read.post().blocks())
                .anySatisfy(block -> assertThat(block.heading()).contains("99999999999999999999999+ views")));
    }
}
