package dev.talkwatch.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            Talks - Charlie Marsh: Ruff: An Extremely Fast Python Linter  | Talks - Charlie Marsh: Ruff: An Extremely Fast Python Linter
            Tutorials - Aya Elsayed: SQLAlchemy, ORMs & asyncio           | Tutorials - Aya Elsayed: SQLAlchemy, ORMs & asyncio
            Hacking `import` for speed                                    | Hacking \\`import\\` for speed
            Using `a[0]` in loops                                         | Using \\`a\\[0\\]\\` in loops
            A `](javascript:alert(1))` trap                               | A \\`\\](javascript:alert(1))\\` trap
            A lone ` backtick                                             | A lone \\` backtick
            [Links](https://evil.example) inside                          | \\[Links\\](https://evil.example) inside
            *args and **kwargs                                            | \\*args and \\*\\*kwargs
            __init__ and snake_case                                       | \\_\\_init\\_\\_ and snake_case
            <script>alert(1)</script>                                     | \\<script>alert(1)\\</script>
            a &amp; b &#42; c & d                                         | a \\&amp; b \\&#42; c & d
            back\\slash                                                   | back\\\\slash
            ~~struck~~                                                    | \\~\\~struck\\~\\~
            """)
    void escapesOnlyWhatWouldChangeTheText(String text, String expected) {
        assertThat(MarkdownText.escape(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://www.youtube.com/watch?v=x&list=PL_a&index=1   | https://www.youtube.com/watch?v=x&list=PL_a&index=1
            https://example.com/a (b)                             | https://example.com/a%20%28b%29
            """)
    void encodesWhatWouldEndALinkDestination(String url, String expected) {
        assertThat(MarkdownText.linkDestination(url)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void everyCharacterThatMarkdownReadsIsEscapedAndTheRestLeftAlone() {
        java.util.Random random = new java.util.Random(5);
        String plain = "abcXYZ019 :-,.!?()'\"/#+=|é漢🎤";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(30); n > 0; n--) {
                text.appendCodePoint(plain.codePointAt(plain.offsetByCodePoints(0, random.nextInt(plain.codePointCount(0, plain.length())))));
            }
            assertThat(MarkdownText.escape(text.toString())).isEqualTo(text.toString());
            for (char special : new char[] {'\\', '[', ']', '*', '<', '`', '~'}) {
                String with = text + " " + special + " end";
                assertThat(MarkdownText.escape(with)).as(with).contains("\\" + special);
            }
            assertThat(MarkdownText.escape(text + " _word")).endsWith(" \\_word");
            assertThat(MarkdownText.escape(text + " &amp;")).endsWith(" \\&amp;");
        }
    }
}
