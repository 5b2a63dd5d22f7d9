package dev.talkwatch.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's table of conventions: every built-in is in it, and its example is read by it. */
class ReadmeTitlePatternsTest {

    private static final Pattern ROW = Pattern.compile("^\\| `(.+?)` \\| `(.+?)`", Pattern.MULTILINE);

    @Test
    void eachExampleIsDetectedAsItsPatternAndEveryBuiltInIsListed() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("#### How titles are read"));
        section = section.substring(0, section.indexOf("Titles that leave a part out"));
        List<String> listed = new ArrayList<>();
        Matcher row = ROW.matcher(section);
        while (row.find()) {
            String pattern = row.group(1).replace("\\|", "|");
            String example = row.group(2).replace("\\|", "|");
            listed.add(pattern);
            ParsedTitle parsed = TitleParser.detect(List.of(example)).parseWithPattern(example);

            assertThat(parsed.pattern().text()).as(example).isEqualTo(pattern);
            assertThat(parsed.talk().speakers()).as(example).isNotEmpty();
        }
        // the last row names the three plain ones together, without an example
        listed.addAll(List.of("{speakers} - {title}", "{title} - {speakers}", "{track} - {title}"));
        assertThat(listed).containsExactlyInAnyOrderElementsOf(TitleParser.BUILT_IN.stream().map(TitlePattern::text).toList());
    }
}
