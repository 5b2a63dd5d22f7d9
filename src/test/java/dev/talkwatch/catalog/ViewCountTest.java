package dev.talkwatch.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ViewCountTest {

    // Every English form YouTube writes, with the range of true counts it stands for. YouTube
    // truncates, and drops ".0" below 10 of a unit, so "1K" is 1.0K: 1,000 to 1,099.
    @ParameterizedTest(name = "{0} -> {1} to {2}")
    @CsvSource(delimiter = '|', textBlock = """
            921 views           | 921        | 921
            999 views           | 999        | 999
            1 view              | 1          | 1
            No views            | 0          | 0
            1K views            | 1000       | 1099
            1k views            | 1000       | 1099
            1.4K views          | 1400       | 1499
            3.6K views          | 3600       | 3699
            4.7k views          | 4700       | 4799
            9.9K views          | 9900       | 9999
            15K views           | 15000      | 15999
            36K views           | 36000      | 36999
            913k views          | 913000     | 913999
            1M views            | 1000000    | 1099999
            1.2M views          | 1200000    | 1299999
            6m views            | 6000000    | 6099999
            266m views          | 266000000  | 266999999
            277M views          | 277000000  | 277999999
            999m views          | 999000000  | 999999999
            1.7B views          | 1700000000 | 1799999999
            2B views            | 2000000000 | 2099999999
            2.2bn views         | 2200000000 | 2299999999
            1.8bn views         | 1800000000 | 1899999999
            12B views           | 12000000000 | 12999999999
            64,534 views        | 64534      | 64534
            1,043,568,535 views | 1043568535 | 1043568535
            1 lakh views        | 100000     | 109999
            14 lakh views       | 1400000    | 1499999
            13 crore views      | 130000000  | 139999999
            3.6K                | 3600       | 3699
            1K                  | 1000       | 1099
            921                 | 921        | 921
            No                  | 0          | 0
            """)
    void readsEveryEnglishFormAsTheRangeItStandsFor(String text, long low, long high) {
        ViewCount count = ViewCount.parse(text).orElseThrow();

        assertThat(count.low()).isEqualTo(low);
        assertThat(count.high()).isEqualTo(high);
        assertThat(count.exact()).isEqualTo(low == high);
        assertThat(count.text()).isEqualTo(text.strip());
    }

    @Test
    void ordersCountsByWhatTheyStandFor() {
        ViewCount oneK = ViewCount.parse("1K views").orElseThrow();
        ViewCount onePointFourK = ViewCount.parse("1.4K views").orElseThrow();
        ViewCount exact = ViewCount.parse("1,050 views").orElseThrow();
        ViewCount fifteenK = ViewCount.parse("15K views").orElseThrow();

        assertThat(java.util.stream.Stream.of(fifteenK, onePointFourK, exact, oneK).sorted(ViewCount.ORDER))
                .containsExactly(oneK, exact, onePointFourK, fifteenK);
    }

    @Test
    void aCutoffHoldsOnlyCountsSurelyOverIt() {
        assertThat(ViewCount.parse("1K views").orElseThrow().atLeast(500)).isTrue();
        assertThat(ViewCount.parse("1K views").orElseThrow().atLeast(1000)).isTrue();
        assertThat(ViewCount.parse("1K views").orElseThrow().atLeast(1050)).isFalse();
        assertThat(ViewCount.parse("519 views").orElseThrow().atLeast(500)).isTrue();
        assertThat(ViewCount.parse("499 views").orElseThrow().atLeast(500)).isFalse();
    }

    @Test
    void acceptsANoBreakSpaceBeforeTheWord() {
        assertThat(ViewCount.parse("3.6K\u00A0views")).contains(new ViewCount(3600, "3.6K views", 100));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "views", "Scheduled", "1,4 Mio. Aufrufe", "3.6 views", "12,34 views", "3.6KB views",
        "-5 views", "1,2K views", "99999999999999999999 views", "9999999999999999999999K views",
        "99,999,999,999,999,999,999 views"})
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
    void readsALabelAsTheExpressionForItsCountWould() {
        // seeded generator against the form the hand-written reading stands for, last match winning
        java.util.regex.Pattern form = java.util.regex.Pattern.compile(
                "(?i)(?<![\\w.,])(no|\\d{1,3}(?:,\\d{3})+|\\d+)\\s+views?\\b");
        String[] parts = {"1", "23", "456", "7890", ",", ",123", ",12", ",1234", " ", "  ", "\t", "\n", "\u00A0", "view",
            "views", "Views", "VIEW", "viewss", "s", "no", "No", "nO", "x", "_", ".", "é", "\u0301", "-", "by", "ago", "1.5",
            "\u0663", "vıew", "vİew", "\u200D", "\u0345", "\u2028", "ſ"};
        java.util.Random random = new java.util.Random(3674);
        for (int run = 0; run < 50_000; run++) {
            StringBuilder label = new StringBuilder();
            for (int n = random.nextInt(8); n >= 0; n--) {
                label.append(parts[random.nextInt(parts.length)]);
            }
            String text = label.toString();
            java.util.regex.Matcher m = form.matcher(text);
            ViewCount expected = null;
            while (m.find()) {
                expected = ViewCount.exact(m.group(1).equalsIgnoreCase("no") ? 0 : Long.parseLong(m.group(1).replace(",", "")),
                        m.group());
            }
            assertThat(ViewCount.fromLabel(text)).as("label \"%s\"", text).isEqualTo(java.util.Optional.ofNullable(expected));
        }
    }

    @Test
    void aLabelCountTooLargeForAnyVideoIsNoCount() {
        assertThat(ViewCount.fromLabel(" 99999999999999999999 views")).isEmpty();
        assertThat(ViewCount.fromLabel(" 99999999999999999999 views 12 views")).map(ViewCount::value).contains(12L);
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

    @Test
    void groupsThousandsAsTheUsIntegerFormatDoes() {
        java.text.NumberFormat us = java.text.NumberFormat.getIntegerInstance(java.util.Locale.US);
        java.util.Random random = new java.util.Random(20261203);
        java.util.List<Long> numbers = new java.util.ArrayList<>(java.util.List.of(0L, 7L, -7L, 999L, 1000L, -1000L,
                999_999L, 1_000_000L, Long.MAX_VALUE, Long.MIN_VALUE));
        for (int i = 0; i < 10_000; i++) {
            numbers.add(random.nextLong() >> random.nextInt(64));
        }
        for (long number : numbers) {
            assertThat(ViewCount.grouped(number)).as(Long.toString(number)).isEqualTo(us.format(number));
        }
    }
}
