package dev.talkwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talkwatch.Fixtures;
import dev.talkwatch.catalog.ViewCount;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetReaderTest {

    private static PlaylistCapture read(Source source, ImportProblems problems) throws IOException {
        return new SnippetReader().read(source, problems).captures().getFirst();
    }

    @Test
    void readsTheConsoleOutputOfTheSnippet() throws IOException {
        ImportProblems problems = new ImportProblems("snippet");
        PlaylistCapture capture = read(Fixtures.source("ingest/snippet/console-output.txt"), problems);

        assertThat(problems.list()).as("console noise is no problem").isEmpty();
        assertThat(capture.playlistId()).isEqualTo(Fixtures.PLAYLIST);
        assertThat(capture.entries()).extracting(VideoEntry::videoId).containsExactlyElementsOf(ReaderAssertions.IDS);
        assertThat(capture.entries()).extracting(VideoEntry::position).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(capture.entries()).extracting(e -> e.views().text())
                .containsExactly("921", "1", "No", "3.6K", "4.7K", "266M", "277M", "1.7B", "2.2B", "64,534");
        assertThat(capture.entries().get(3).views()).isEqualTo(new ViewCount(3600, "3.6K", 100));
        assertThat(capture.entries().get(8).title()).isEqualTo(
                "Talks - Vinícius Gubiani Ferreira: PEP 683: Immortal Objects - A new approach for memory managing");
    }

    @Test
    void keepsQuotesAndBracketsInTitles() throws IOException {
        String line = "\"[Talk - Benjamin \"Zags\" Zagorsky: [Handling] Timezones](https://www.youtube.com/watch?v=abcdefghijk&list=PLx&index=3)\",12\n";
        PlaylistCapture capture = read(Source.bytes("s.txt", line.getBytes(StandardCharsets.UTF_8), Instant.EPOCH),
                new ImportProblems("s.txt"));

        assertThat(capture.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.title()).isEqualTo("Talk - Benjamin \"Zags\" Zagorsky: [Handling] Timezones");
            assertThat(entry.position()).isEqualTo(3);
            assertThat(entry.views().value()).isEqualTo(12);
        });
    }

    @Test
    void reportsLinesItCannotReadAndKeepsTheOthers() throws IOException {
        String text = String.join("\n", List.of(
                "\"[One](https://www.youtube.com/watch?v=abcdefghijk&list=PLx&index=1)\",5",
                "this line is something else",
                "\"[Two](https://www.youtube.com/watch?v=bcdefghijkl&list=PLx&index=2)\",Premiere"));
        ImportProblems problems = new ImportProblems("s.txt");
        PlaylistCapture capture = read(Source.bytes("s.txt", text.getBytes(StandardCharsets.UTF_8), Instant.EPOCH), problems);

        assertThat(capture.entries()).extracting(VideoEntry::videoId).containsExactly("abcdefghijk", "bcdefghijkl");
        assertThat(capture.entries().get(1).views()).isNull();
        assertThat(problems.list()).extracting(ImportProblem::where).containsExactly("line 2", "line 3");
    }

    @Test
    void refusesLinksWithoutAPlaylist() {
        byte[] text = "\"[One](https://www.youtube.com/watch?v=abcdefghijk)\",5\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> read(Source.bytes("s.txt", text, Instant.EPOCH), new ImportProblems("s.txt")))
                .isInstanceOf(UnreadableSourceException.class)
                .hasMessageContaining("'s.txt'")
                .hasMessageContaining("no list=");
    }
}
