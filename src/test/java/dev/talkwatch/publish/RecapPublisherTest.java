package dev.talkwatch.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkwatch.catalog.Playlist;
import dev.talkwatch.catalog.PlaylistItem;
import dev.talkwatch.catalog.Snapshot;
import dev.talkwatch.catalog.TitleParser;
import dev.talkwatch.catalog.Video;
import dev.talkwatch.catalog.ViewCount;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecapPublisherTest {

    private static final String LIST = "PL2Uw4_HvXqvYhjub9bw4uDAmNtprgAvlJ";
    private static final Playlist PLAYLIST = new Playlist(LIST, "PyCon US 2024", "PyCon US", 5, Instant.EPOCH);
    private static final OffsetDateTime DATE = OffsetDateTime.parse("2024-08-06T00:00:00-07:00");
    private static final TitleParser TITLES = new TitleParser();

    private static PlaylistItem item(int position, String id, String title, String viewsText) {
        ViewCount views = viewsText == null ? null : ViewCount.parse(viewsText).orElseThrow();
        Snapshot latest = views == null ? null : new Snapshot(Instant.EPOCH, views, null, "snippet");
        String link = "https://www.youtube.com/watch?v=" + id + "&list=" + LIST + "&index=" + position + "&pp=iAQB";
        return new PlaylistItem(LIST, position, Video.of(id, title, "PyCon US", null, TITLES.parse(title)), link, latest);
    }

    private static final List<PlaylistItem> ITEMS = List.of(
            item(4, "L-Ok_89QJOM", "Maintainers Summit at PyCon US 2024", "1.1K views"),
            item(19, "0yRsbh1bgtk", "Tutorials - Sebastian Raschka: The Fundamentals of Modern Deep Learning with PyTorch", "1.4K views"),
            item(57, "LauNJNKECOM", "Talks - Michael Chow, Richard Iannone: Making Beautiful, Publication Quality Tables in Python...", "925 views"),
            item(62, "mCkqz8jo19M", "Talks - Josh Wiedemeier: There and Back Again: Reverse Engineering Python Binaries", "499 views"),
            item(83, "UuW8JnegaWA", "Talks - Bradley Dice: Hacking `import` for speed: how we wrote a GPU accelerator for pandas", "636 views"),
            item(90, "xxxxxxxxxxx", "Talks - No Count: A talk whose views we never saw", null),
            item(121, "P1-KQZZarpc", "Keynote Speaker - Simon Willison", "3,674 views"));

    private final RecapPublisher publisher = new RecapPublisher();

    private static RecapSource source(List<PlaylistItem> items) {
        return new RecapSource(PLAYLIST, items, Optional.empty(), Map.of(), Map.of(), List.of(),
                OffsetDateTime.parse("2026-11-25T04:00:00-08:00"));
    }

    private static RecapOptions options(String title, String event, List<String> tags, long cutoff) {
        return new RecapOptions(title, event, DATE, tags, cutoff, null, null, null);
    }

    @Test
    void writesThePostInTheSeedsLayout() {
        String post = publisher.markdown(source(ITEMS), options(null, null, List.of("python"), 500));

        assertThat(post).isEqualTo("""
                ---
                title: "PyCon US 2024 Recordings"
                date: 2024-08-06T00:00:00-07:00
                tags:
                  - python
                ---

                The PyCon US 2024 recordings are [posted on YouTube](https://www.youtube.com/playlist?list=PL2Uw4_HvXqvYhjub9bw4uDAmNtprgAvlJ).

                Popular talks as of today (500+ views, arbitrary cutoff):

                  - [Keynote Speaker - Simon Willison](https://www.youtube.com/watch?v=P1-KQZZarpc&list=PL2Uw4_HvXqvYhjub9bw4uDAmNtprgAvlJ&index=121&pp=iAQB) with 3.6K views
                  - [Maintainers Summit at PyCon US 2024](https://www.youtube.com/watch?v=L-Ok_89QJOM&list=PL2Uw4_HvXqvYhjub9bw4uDAmNtprgAvlJ&index=4&pp=iAQB) with 1.1K views
                  - [Talks - Michael Chow, Richard Iannone: Making Beautiful, Publication Quality Tables in Python...](https://www.youtube.com/watch?v=LauNJNKECOM&list=PL2Uw4_HvXqvYhjub9bw4uDAmNtprgAvlJ&index=57&pp=iAQB) with 925 views
                  - [Talks - Bradley Dice: Hacking \\`import\\` for speed: how we wrote a GPU accelerator for pandas](https://www.youtube.com/watch?v=UuW8JnegaWA&list=PL2Uw4_HvXqvYhjub9bw4uDAmNtprgAvlJ&index=83&pp=iAQB) with 636 views

                Popular tutorials as of today:

                  - [Tutorials - Sebastian Raschka: The Fundamentals of Modern Deep Learning with PyTorch](https://www.youtube.com/watch?v=0yRsbh1bgtk&list=PL2Uw4_HvXqvYhjub9bw4uDAmNtprgAvlJ&index=19&pp=iAQB) with 1.4K views
                """);
    }

    @Test
    void theCutoffDecidesWhoIsPopular() {
        String post = publisher.markdown(source(ITEMS), options(null, null, List.of(), 1000));

        assertThat(post).contains("(1,000+ views, arbitrary cutoff):")
                .contains("Simon Willison").contains("Maintainers Summit").contains("Sebastian Raschka")
                .doesNotContain("Michael Chow").doesNotContain("Bradley Dice");
    }

    @Test
    void leavesOutSectionsWithoutTalks() {
        String post = publisher.markdown(source(ITEMS), options(null, null, List.of(), 2000));

        assertThat(post).contains("Popular talks as of today").doesNotContain("Popular tutorials");
        assertThat(post).contains("tags: []");
    }

    @Test
    void aTitleCannotBreakThePost() {
        List<PlaylistItem> nasty = List.of(
                item(1, "aaaaaaaaaaa", "Talks - Eve: [click](https://evil.example) *now* <script>alert(1)</script>", "900 views"),
                item(2, "bbbbbbbbbbb", "Talks - Ann Lee: A ] bracket and a ` tick", "800 views"));

        String post = publisher.markdown(source(nasty), options("Say \"hi\": a \\ post", "PyCon",
                List.of("python", "a: b"), 500));

        assertThat(post).contains("title: \"Say \\\"hi\\\": a \\\\ post\"")
                .contains("  - \"a: b\"")
                .contains("  - [Talks - Eve: \\[click\\](https://evil.example) \\*now\\* \\<script>alert(1)\\</script>]"
                        + "(https://www.youtube.com/watch?v=aaaaaaaaaaa&list=" + LIST + "&index=1&pp=iAQB) with 900 views")
                .contains("  - [Talks - Ann Lee: A \\] bracket and a \\` tick](");
    }
}
