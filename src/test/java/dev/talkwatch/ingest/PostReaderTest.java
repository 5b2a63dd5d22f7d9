package dev.talkwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talkwatch.Fixtures;
import dev.talkwatch.catalog.PostBlock;
import dev.talkwatch.catalog.RecapPost;
import dev.talkwatch.catalog.Stars;
import dev.talkwatch.catalog.ViewCount;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostReaderTest {

    private static SourceContent read(String fixture) throws IOException {
        return new PostReader().read(Fixtures.source(fixture), new ImportProblems(fixture));
    }

    @Test
    void readsTheFrontMatterAndTheLayout() throws IOException {
        SourceContent content = read("publish/seed-post-repaired.md");
        RecapPost post = content.posts().getFirst().post();

        assertThat(post.title()).isEqualTo("PyCon US 2024 Recordings");
        assertThat(post.date()).isEqualTo("2024-08-06T00:00:00-07:00");
        assertThat(post.tags()).containsExactly("python");
        assertThat(post.author()).isEqualTo("Willi");
        assertThat(post.event()).isEqualTo("PyCon US 2024");
        assertThat(post.finalNewline()).isTrue();
        assertThat(post.blocks()).extracting(PostBlock::kind).containsExactly(PostBlock.Kind.TEXT, PostBlock.Kind.INTRO,
                PostBlock.Kind.TEXT, PostBlock.Kind.NOTES, PostBlock.Kind.TEXT, PostBlock.Kind.QUEUE, PostBlock.Kind.TEXT,
                PostBlock.Kind.POPULAR, PostBlock.Kind.TEXT, PostBlock.Kind.POPULAR, PostBlock.Kind.TEXT);
        assertThat(post.blocks().get(2).lines()).containsExactly(
                "Here I'll highlight some of the interesting entries and takeaways as I watch them.", "");
        assertThat(post.blocks().get(7).cutoff()).isEqualTo(500);
        assertThat(post.blocks().get(7).tracks()).isEqualTo("!Tutorials");
        assertThat(post.blocks().get(9).tracks()).isEqualTo("Tutorials");
        assertThat(post.blocks().getLast().lines()).contains("```js", "```");
    }

    @Test
    void readsRatingsNotesAndTheQueueInOrder() throws IOException {
        PostContent post = read("publish/seed-post-repaired.md").posts().getFirst();

        assertThat(post.ratings()).containsExactly(new PostContent.Rated("mCkqz8jo19M", new Stars(6)),
                new PostContent.Rated("lCjsy7tb420", new Stars(4)));
        assertThat(post.notes().get("lCjsy7tb420")).containsExactly("cool to see these big new changes working live",
                "doesn't really touch on synchronization and data exchange");
        assertThat(post.queue()).hasSize(19).startsWith("wr0fVU3Ajwc", "La_wk7maIpY").endsWith("ELvIJdBh0Os");
    }

    @Test
    void capturesEveryLinkedTalkWithTheViewsOfThePostsDay() throws IOException {
        PlaylistCapture capture = read("publish/seed-post-repaired.md").captures().getFirst();

        assertThat(capture.playlistId()).isEqualTo("PL2Uw4_HvXqvYhjub9bw4uDAmNtprgAvlJ");
        assertThat(capture.title()).isEqualTo("PyCon US 2024");
        assertThat(capture.excerpt()).isTrue();
        assertThat(capture.capturedAt()).isEqualTo(Instant.parse("2024-08-06T07:00:00Z"));
        VideoEntry simon = capture.entries().stream().filter(e -> e.videoId().equals("P1-KQZZarpc") && e.views() != null)
                .findFirst().orElseThrow();
        assertThat(simon.views()).isEqualTo(new ViewCount(3600, "3.6K views", 100));
        VideoEntry chow = capture.entries().stream().filter(e -> e.videoId().equals("LauNJNKECOM") && e.views() != null)
                .findFirst().orElseThrow();
        assertThat(chow.views()).as("a count copied into a post is marked rounded")
                .isEqualTo(new ViewCount(925, "925 views", 1, false));
        assertThat(simon.position()).isEqualTo(121);
        assertThat(capture.entries()).extracting(VideoEntry::videoId).contains("heF0Iaxa5k8", "mCkqz8jo19M");
    }

    @Test
    void repairsADamagedPost() throws IOException {
        byte[] damaged = new String("Willi's notes:\n\n  - ★★★½☆ [Talks - Sebastian Buczyński: Fun](https://www.youtube.com/watch?v=VQcXKGeCsI8&list=PLx&index=87)\n    - über gut\n"
                .getBytes(StandardCharsets.UTF_8), java.nio.charset.Charset.forName("windows-1252")).getBytes(StandardCharsets.UTF_8);

        SourceContent content = new PostReader().read(Source.bytes("post.md", damaged, Instant.EPOCH), new ImportProblems("post.md"));

        assertThat(content.posts().getFirst().ratings()).containsExactly(new PostContent.Rated("VQcXKGeCsI8", new Stars(7)));
        assertThat(content.posts().getFirst().notes().get("VQcXKGeCsI8")).containsExactly("über gut");
        assertThat(content.captures().getFirst().entries().getFirst().title()).isEqualTo("Talks - Sebastian Buczyński: Fun");
    }

    @Test
    void aTextWithoutAnySectionOfAPostIsRefused() {
        byte[] text = "---\ntitle: x\n---\n\nJust some thoughts about [a video](https://www.youtube.com/watch?v=abcdefghijk).\n"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new PostReader().read(Source.bytes("thoughts.md", text, Instant.EPOCH), new ImportProblems("t")))
                .isInstanceOf(UnreadableSourceException.class)
                .hasMessageContaining("thoughts.md")
                .hasMessageContaining("none of the sections of a recap post");
    }

    @Test
    void isDetectedFromItsSections() {
        assertThat(new SourceDetector().detect(Fixtures.source("publish/seed-post-repaired.md"))).isEqualTo(SourceFormat.POST);
        assertThat(List.of(SourceFormat.values())).contains(SourceFormat.POST, SourceFormat.TAKEOUT);
    }
}
