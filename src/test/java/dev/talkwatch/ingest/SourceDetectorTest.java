package dev.talkwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talkwatch.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceDetectorTest {

    private final SourceDetector detector = new SourceDetector();

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "ingest/page/classic-complete.html, YOUTUBE_PAGE",
        "ingest/page/consent.html, YOUTUBE_PAGE",
        "ingest/browse/first-page.json, YOUTUBE_BROWSE",
        "ingest/browse/continuation-last.json, YOUTUBE_BROWSE",
        "ingest/browse/reload-first-page.json, YOUTUBE_BROWSE",
        "ingest/snippet/console-output.txt, SNIPPET"})
    void detectsTheFormatFromTheContent(String fixture, SourceFormat expected) {
        assertThat(detector.detect(Fixtures.source(fixture))).isEqualTo(expected);
    }

    @Test
    void ignoresTheFileName() {
        byte[] json = "{\"responseContext\":{}}".getBytes(StandardCharsets.UTF_8);
        assertThat(detector.detect(Source.bytes("playlist.html", json, Instant.EPOCH))).isEqualTo(SourceFormat.YOUTUBE_BROWSE);
    }

    @Test
    void listsTheKnownFormatsWhenNoneFits() {
        assertThatThrownBy(() -> detector.detect(Fixtures.source("ingest/browse/not-youtube.json")))
                .isInstanceOf(UnreadableSourceException.class)
                .hasMessageContaining("not-youtube.json")
                .hasMessageContaining("talkwatch reads page, rendered, browse, har, snippet,");
        byte[] text = "just some notes\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> detector.detect(Source.bytes("notes.txt", text, Instant.EPOCH)))
                .hasMessageContaining("no format talkwatch knows");
    }

    @Test
    void saysWhenAFileIsEmptyOrBinary() {
        assertThatThrownBy(() -> detector.detect(Source.bytes("empty.html", new byte[0], Instant.EPOCH)))
                .hasMessage("cannot read 'empty.html': the file is empty");
        byte[] gzip = {0x1f, (byte) 0x8b, 8, 0};
        assertThatThrownBy(() -> detector.detect(Source.bytes("page.html.gz", gzip, Instant.EPOCH)))
                .hasMessageContaining("gzip");
    }
}
