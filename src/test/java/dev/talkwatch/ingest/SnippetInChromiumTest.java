package dev.talkwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkwatch.Browsers;
import dev.talkwatch.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Runs the recap post's snippet in real headless Chromium over the rendered-page fixture and checks
 * that talkwatch's import of the same page gives the same titles, links and views.
 */
@Tag("browser")
class SnippetInChromiumTest {

    private static final Pattern LINE = Pattern.compile("^\"\\[(.*)]\\((.*)\\)\",(.*)$");

    @TempDir
    Path temp;

    @Test
    void theImportGivesWhatTheSnippetPrints() throws Exception {
        Path page = Fixtures.path("ingest/rendered/scrolled-playlist.html");
        String snippet = Files.readString(Fixtures.path("ingest/rendered/recap-snippet.js"));
        List<?> printed;
        ChromeDriver chromium = Browsers.chromium(temp.resolve("profile"));
        try {
            chromium.get(page.toUri().toString());
            // the post's author ran it on the playlist element stored as temp1 from DevTools
            printed = (List<?>) ((JavascriptExecutor) chromium).executeScript(
                    "const lines = []; const log = console.log; console.log = (line) => lines.push(line);"
                            + "var temp1 = document.querySelector('ytd-playlist-video-list-renderer');"
                            + "try {" + snippet + "} finally { console.log = log; } return lines;");
        } finally {
            chromium.quit();
        }

        List<VideoEntry> imported = new RenderedPageReader().read(Source.file(page), new ImportProblems("page"))
                .captures().getFirst().entries().stream().filter(e -> e.status().available()).toList();
        assertThat(printed).hasSize(imported.size()).hasSize(9);
        for (int i = 0; i < printed.size(); i++) {
            Matcher line = LINE.matcher((String) printed.get(i));
            assertThat(line.matches()).as((String) printed.get(i)).isTrue();
            VideoEntry entry = imported.get(i);
            assertThat(entry.title()).isEqualTo(line.group(1));
            assertThat("https://www.youtube.com" + entry.link()).isEqualTo(line.group(2));
            assertThat(entry.views().text().split(" ")[0]).isEqualTo(line.group(3));
        }
    }

    @Test
    void theSnippetIsTheSeedPostsOwn() throws Exception {
        Path seed = dev.talkwatch.SharedFixtures.require("../seed", getClass());
        String ours = Files.readString(Fixtures.path("ingest/rendered/recap-snippet.js")).strip();
        try (var posts = Files.list(seed)) {
            for (Path post : posts.toList()) {
                assertThat(Files.readString(post)).contains(ours);
            }
        }
    }
}
