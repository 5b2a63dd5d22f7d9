package dev.talkwatch.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkwatch.catalog.FrontMatterYaml;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What the recap writes in its front matter, the post reader reads back as the same text. */
class FrontMatterRoundTripTest {

    @Test
    void everyTitleReadsBackAsWritten() {
        Random random = new Random(1204);
        String alphabet = "aZ0 :-#'\"\\/{}[],&*!|>%@`?\u0000\u0001\u0007\u001b\t\n\r\u0085\u2028\u00e9\u6f22\ud83c\udfa4\ufeff";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder title = new StringBuilder();
            for (int n = random.nextInt(24); n > 0; n--) {
                title.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                        random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            String written = FrontMatter.quoted(title.toString());
            assertThat(written).as("one line").doesNotContain("\n");
            StringBuilder problem = new StringBuilder();
            Map<String, Object> read = FrontMatterYaml.read("title: " + written + "\ntags:\n  - " + FrontMatter.scalar(title.toString()),
                    problem).orElseThrow(() -> new AssertionError(problem + " in " + written));
            assertThat(read.get("title")).as(written).isEqualTo(title.toString());
            assertThat(read.get("tags")).as(written).isEqualTo(java.util.List.of(title.toString()));
        }
    }

    @Test
    void aControlCharacterIsWrittenAsAnEscapeThatReadsBackAsItself() {
        String written = FrontMatter.quoted("bell\u0007 and escape\u001b");
        assertThat(written).doesNotContain("\u0007").doesNotContain("\u001b");
        assertThat(FrontMatterYaml.read("title: " + written, new StringBuilder()).orElseThrow().get("title"))
                .isEqualTo("bell\u0007 and escape\u001b");
    }
}
