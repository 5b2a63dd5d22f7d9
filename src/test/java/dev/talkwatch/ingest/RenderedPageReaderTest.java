package dev.talkwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkwatch.Fixtures;
import dev.talkwatch.catalog.VideoStatus;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class RenderedPageReaderTest {

    private static PlaylistCapture read() throws IOException {
        ImportProblems problems = new ImportProblems("rendered");
        PlaylistCapture capture = new RenderedPageReader()
                .read(Fixtures.source("ingest/rendered/scrolled-playlist.html"), problems).captures().getFirst();
        assertThat(problems.list()).isEmpty();
        return capture;
    }

    @Test
    @org.junit.jupiter.api.Timeout(10)
    void aTagNameOfAMillionCharactersIsRefusedInLinearTime() throws IOException {
        // found by the fuzz tests: jsoup builds a tag name in quadratic time, and a 10 MB one ran for minutes
        String page = java.nio.file.Files.readString(Fixtures.path("ingest/rendered/lockup-playlist.html"));
        int middle = page.indexOf("</yt-lockup-view-model>") + 2;
        byte[] damaged = (page.substring(0, middle) + "x".repeat(10_000_000) + page.substring(middle))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RenderedPageReader().read(
                Source.bytes("damaged.html", damaged, java.time.Instant.EPOCH), new ImportProblems("damaged.html")))
                .isInstanceOf(UnreadableSourceException.class)
                .hasMessage("cannot read 'damaged.html': the HTML holds a tag name of more than 100,000 characters"
                        + " (at character " + String.format(java.util.Locale.ROOT, "%,d", middle + 100_001) + "): the page is damaged; save it again");
        assertThat(new RenderedPageReader().read(Fixtures.source("ingest/rendered/lockup-playlist.html"),
                new ImportProblems("x")).captures()).as("a whole page is read").hasSize(1);
    }

    @Test
    void readsEveryRenderedVideoNotOnlyTheFirstPageInInitialData() throws IOException {
        PlaylistCapture capture = read();

        assertThat(capture.playlistId()).isEqualTo(Fixtures.PLAYLIST);
        assertThat(capture.title()).isEqualTo("PyCon US 2024 (fixture)");
        assertThat(capture.entries()).hasSize(10);
        assertThat(capture.entries()).extracting(VideoEntry::position).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    @Test
    void takesWhatTheSnippetTakesAndMore() throws IOException {
        VideoEntry ibis = read().entries().get(3);

        assertThat(ibis.title()).isEqualTo(
                "Tutorials - Gil, Jim, Naty, Phillip: Introduction to Ibis: blazing fast analytics with DuckDB...");
        assertThat(ibis.link()).isEqualTo("/watch?v=1ND6COslBKU&list=" + Fixtures.PLAYLIST + "&index=4&pp=iAQB");
        assertThat(ibis.views().text()).isEqualTo("3.6K views");
        assertThat(ibis.views().value()).isEqualTo(3600);
        assertThat(ibis.channel()).isEqualTo("PyCon US");
        assertThat(ibis.durationSeconds()).isEqualTo(3 * 3600 + 12 * 60 + 40);
    }

    @Test
    void decodesMarkupInTitles() throws IOException {
        assertThat(read().entries().get(9).title())
                .isEqualTo("Tutorials - Felipe, Amanda: 🌐 Building <Your> First API with Django & \"DRF\"");
    }

    @Test
    void keepsAPrivateVideoAtItsPosition() throws IOException {
        VideoEntry hidden = read().entries().get(5);

        assertThat(hidden.position()).isEqualTo(6);
        assertThat(hidden.status()).isEqualTo(VideoStatus.PRIVATE);
        assertThat(hidden.views()).isNull();
    }

    @Test
    void readsThe2026LockupElementsToo() throws IOException {
        PlaylistCapture capture = new RenderedPageReader()
                .read(Fixtures.source("ingest/rendered/lockup-playlist.html"), new ImportProblems("lockup")).captures().getFirst();

        assertThat(capture.playlistId()).isEqualTo(Fixtures.PLAYLIST);
        assertThat(capture.title()).isEqualTo("PyCon US 2024 (fixture)");
        assertThat(capture.entries()).extracting(VideoEntry::videoId).containsExactly("mCkqz8jo19M", "1ND6COslBKU");
        VideoEntry ibis = capture.entries().get(1);
        assertThat(ibis.position()).isEqualTo(2);
        assertThat(ibis.views().text()).isEqualTo("3.6K views");
        assertThat(ibis.channel()).isEqualTo("PyCon US");
        assertThat(ibis.durationSeconds()).isEqualTo(3 * 3600 + 12 * 60 + 40);
    }

    @Test
    void isChosenOverTheInitialDataOfTheSamePage() {
        assertThat(new SourceDetector().detect(Fixtures.source("ingest/rendered/scrolled-playlist.html")))
                .isEqualTo(SourceFormat.RENDERED_PAGE);
    }
}
