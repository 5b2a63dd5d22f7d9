package dev.talkwatch.ingest;

import static dev.talkwatch.ingest.ReaderAssertions.hasFixtureEntries;
import static dev.talkwatch.ingest.ReaderAssertions.hasLockupFixtureEntries;
import static dev.talkwatch.ingest.ReaderAssertions.views;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talkwatch.Fixtures;
import dev.talkwatch.catalog.ViewCount;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class YouTubePageReaderTest {

    private static PlaylistCapture read(String fixture) throws IOException {
        Source source = Fixtures.source("ingest/page/" + fixture);
        ImportProblems problems = new ImportProblems(source.name());
        PlaylistCapture capture = new YouTubePageReader().read(source, problems).captures().getFirst();
        assertThat(problems.list()).isEmpty();
        return capture;
    }

    @Test
    void readsTheClassicLayoutAfterTheWindowMarker() throws IOException {
        PlaylistCapture capture = read("classic-complete.html");

        assertThat(capture.playlistId()).isEqualTo(Fixtures.PLAYLIST);
        assertThat(capture.title()).isEqualTo("PyCon US 2024 (fixture)");
        assertThat(capture.channel()).isEqualTo("PyCon US");
        assertThat(capture.channelId()).isEqualTo("UCfixtureChannel00000001");
        assertThat(capture.reportedVideoCount()).isEqualTo(10);
        assertThat(capture.continues()).as("the continuation beside the list is not the list's").isFalse();
        hasFixtureEntries(capture.entries(), 0, 10);
    }

    @Test
    void takesTheExactCountFromTheAccessibilityLabelAndKeepsTheShownText() throws IOException {
        PlaylistCapture capture = read("classic-complete.html");

        assertThat(views(capture.entries(), "1ND6COslBKU")).isEqualTo(new ViewCount(3674, "3.6K views", 1));
        assertThat(views(capture.entries(), "P1-KQZZarpc")).isEqualTo(new ViewCount(4700, "4.7k views", 100));
    }

    @Test
    void readsEntryDetails() throws IOException {
        VideoEntry first = read("classic-complete.html").entries().getFirst();

        assertThat(first.title()).isEqualTo(
                "Talks - Josh Wiedemeier: There and Back Again: Reverse Engineering Python Binaries");
        assertThat(first.channel()).isEqualTo("PyCon US");
        assertThat(first.durationSeconds()).isEqualTo(1805);
        assertThat(first.link()).isEqualTo("/watch?v=mCkqz8jo19M&list=" + Fixtures.PLAYLIST + "&index=1&pp=iAQB");
    }

    @Test
    void readsTheLockupLayoutAfterTheVarMarker() throws IOException {
        PlaylistCapture capture = read("lockup-var-marker.html");

        assertThat(capture.playlistId()).isEqualTo(Fixtures.PLAYLIST);
        hasLockupFixtureEntries(capture.entries(), 0, 10);
        assertThat(capture.entries().getFirst().durationSeconds()).isEqualTo(3720);
        assertThat(capture.entries().getFirst().channel()).isEqualTo("PyCon US");
        assertThat(capture.continues()).isFalse();
    }

    @Test
    void readsAnInitialDataGivenAsAnEscapedStringLiteral() throws IOException {
        PlaylistCapture capture = read("escaped-string.html");

        hasFixtureEntries(capture.entries(), 0, 3);
    }

    @Test
    void seesThatTheFirstPageContinues() throws IOException {
        PlaylistCapture capture = read("first-page-continues.html");

        assertThat(capture.continues()).isTrue();
        hasFixtureEntries(capture.entries(), 0, 6);
    }

    @Test
    void explainsTheConsentPage() {
        assertThatThrownBy(() -> read("consent.html"))
                .isInstanceOf(UnreadableSourceException.class)
                .hasMessageContaining("consent.html")
                .hasMessageContaining("cookie consent page");
    }

    @Test
    void saysWhenAPageHasNoInitialData() {
        assertThatThrownBy(() -> read("not-youtube.html"))
                .isInstanceOf(UnreadableSourceException.class)
                .hasMessageContaining("not-youtube.html")
                .hasMessageContaining("no ytInitialData found");
    }

    @Test
    void saysWhenThePageIsTruncated() {
        assertThatThrownBy(() -> read("truncated.html"))
                .isInstanceOf(UnreadableSourceException.class)
                .hasMessageContaining("truncated.html")
                .hasMessageContaining("truncated");
    }

    @Test
    void keepsACountItCannotReadInEnglishForThePagesLanguageAndKeepsTheVideo() throws IOException {
        String json = """
                {"contents":{"x":{"contents":[
                 {"playlistVideoRenderer":{"videoId":"abcdefghijk","title":{"simpleText":"Eins"},"index":{"simpleText":"1"},
                  "navigationEndpoint":{"watchEndpoint":{"playlistId":"PLx1"}},
                  "videoInfo":{"runs":[{"text":"1234 Aufrufe"},{"text":" • "},{"text":"vor 2 Wochen"}]}}},
                 {"playlistVideoRenderer":{"videoId":"bcdefghijkl","title":{"simpleText":"Zwei"},"index":{"simpleText":"2"},
                  "navigationEndpoint":{"watchEndpoint":{"playlistId":"PLx1"}},
                  "videoInfo":{"runs":[{"text":"Premieres 5/17/24, 6:00 PM"}]}}}]}}}
                """;
        Source source = Source.bytes("de.html", ("<html><script>var ytInitialData = " + json + ";</script>")
                .getBytes(StandardCharsets.UTF_8), Instant.EPOCH);
        ImportProblems problems = new ImportProblems("de.html");

        PlaylistCapture capture = new YouTubePageReader().read(source, problems).captures().getFirst();

        assertThat(capture.language()).as("the page does not say").isNull();
        assertThat(capture.entries()).extracting(VideoEntry::views).containsExactly(null, null);
        assertThat(capture.entries().getFirst().viewsText()).isEqualTo("1234 Aufrufe");
        assertThat(problems.list()).as("reported once its playlist's pages are merged").isEmpty();
    }

    @Test
    void aSiteRelativeWatchLinkWithoutIndexFallsBackToTheEndpointIndex() throws IOException {
        String json = """
                {"contents":{"x":{"contents":[{"playlistVideoRenderer":{"videoId":"abcdefghijk",
                 "title":{"simpleText":"A title"},
                 "navigationEndpoint":{"watchEndpoint":{"videoId":"abcdefghijk","playlistId":"PLx1","index":4}}}}]}}}
                """;
        Source source = Source.bytes("inline.html", ("<html><script>var ytInitialData = " + json + ";</script>")
                .getBytes(StandardCharsets.UTF_8), Instant.EPOCH);
        PlaylistCapture capture = new YouTubePageReader().read(source, new ImportProblems("inline.html")).captures().getFirst();

        assertThat(capture.playlistId()).isEqualTo("PLx1");
        assertThat(capture.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.position()).isEqualTo(5);
            assertThat(entry.views()).isNull();
        });
    }
}
