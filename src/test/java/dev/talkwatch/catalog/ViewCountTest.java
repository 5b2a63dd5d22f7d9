package dev.talkwatch.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ViewCountTest {

    @ParameterizedTest(name = "{0} -> {1} (unit {2})")
    @CsvSource(delimiter = '|', textBlock = """
            921 views     | 921        | 1
            1 view        | 1          | 1
            No views      | 0          | 1
            3.6K views    | 3600       | 100
            4.7k views    | 4700       | 100
            36K views     | 36000      | 1000
            913k views    | 913000     | 1000
            266m views    | 266000000  | 1000000
            277M views    | 277000000  | 1000000
            6m views      | 6000000    | 1000000
            1.7B views    | 1700000000 | 100000000
            2B views      | 2000000000 | 1000000000
            2.2bn views   | 2200000000 | 100000000
            1.8bn views   | 1800000000 | 100000000
            64,534 views  | 64534      | 1
            1,043,568,535 views | 1043568535 | 1
            3.6K          | 3600       | 100
            921           | 921        | 1
            No            | 0          | 1
            """)
    void parsesEveryFormSeenInTheRecordings(String text, long value, long unit) {
        ViewCount count = ViewCount.parse(text).orElseThrow();

        assertThat(count.value()).isEqualTo(value);
        assertThat(count.unit()).isEqualTo(unit);
        assertThat(count.exact()).isEqualTo(unit == 1);
        assertThat(count.text()).isEqualTo(text.strip());
    }

    @Test
    void acceptsANoBreakSpaceBeforeTheWord() {
        assertThat(ViewCount.parse("3.6K\u00A0views")).contains(new ViewCount(3600, "3.6K views", 100));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "views", "Scheduled", "1,4 Mio. Aufrufe", "3.6 views", "12,34 views", "3.6KB views",
        "-5 views", "1,2K views"})
    void rejectsTextThatIsNoViewCount(String text) {
        assertThat(ViewCount.parse(text)).isEmpty();
    }

    @Test
    void readsTheExactCountFromAnAccessibilityLabel() {
        assertThat(ViewCount.fromLabel(" by Logan Avidan 3,674 views 2 weeks ago 4 minutes, 9 seconds"))
                .contains(ViewCount.exact(3674, "3,674 views"));
        assertThat(ViewCount.fromLabel(" by Tech With Tim 1 year ago 11 minutes, 21 seconds 491,880 views"))
                .map(ViewCount::value).contains(491_880L);
        assertThat(ViewCount.fromLabel(" by Someone No views 1 day ago")).map(ViewCount::value).contains(0L);
    }

    @Test
    void findsNoCountInALabelWithoutOne() {
        assertThat(ViewCount.fromLabel(" 3 minutes, 7 seconds")).isEmpty();
        assertThat(ViewCount.fromLabel(null)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "0, 0", "925, 925", "999, 999", "1000, 1K", "1019, 1K", "1100, 1.1K", "3674, 3.6K", "9999, 9.9K",
        "10000, 10K", "36999, 36K", "999999, 999K", "1000000, 1M", "1700000, 1.7M", "277000000, 277M",
        "1700000000, 1.7B", "12000000000, 12B"})
    void abbreviatesAsYouTubeDoesTruncatingNotRounding(long value, String expected) {
        assertThat(ViewCount.exact(value, "x").abbreviated()).isEqualTo(expected);
    }

    @Test
    void writesTheNounForOneAndNone() {
        assertThat(ViewCount.exact(1, "1 view").abbreviatedWithNoun()).isEqualTo("1 view");
        assertThat(ViewCount.exact(0, "No views").abbreviatedWithNoun()).isEqualTo("No views");
        assertThat(ViewCount.exact(3674, "3,674 views").abbreviatedWithNoun()).isEqualTo("3.6K views");
    }

    @Test
    void aRoundedCountAbbreviatesBackToTheTextItCameFrom() {
        // seeded generator: every abbreviation YouTube can show parses and prints back the same
        Random random = new Random(20240806);
        for (int i = 0; i < 5_000; i++) {
            long value = (long) Math.pow(10, random.nextDouble() * 11);
            String shown = ViewCount.abbreviate(value) + " views";
            Optional<ViewCount> parsed = ViewCount.parse(shown);
            assertThat(parsed).as(shown).isPresent();
            assertThat(parsed.get().abbreviated()).as(shown).isEqualTo(ViewCount.abbreviate(value));
            assertThat(value).as(shown).isBetween(parsed.get().value(), parsed.get().value() + parsed.get().unit() - 1);
        }
    }
}
