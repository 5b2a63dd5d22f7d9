package dev.talkwatch.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link TitlePattern#match} reads a title as the backtracking regular expression it replaced
 * ({@code ^L0(.+?)L1…(.+)Ln$}, built here from the pattern's literal text as before), but in
 * linear time: the old one took seconds on a title of thousands of " - " parts.
 */
class TitlePatternLinearTest {

    private static final List<String> PATTERNS = Stream.concat(TitleParser.BUILT_IN.stream().map(TitlePattern::text),
            Stream.of("{title}", "[{track}] {title} ({speakers})", "{event}: {speakers} - {title}", "{speakers}, {title}"))
            .toList();

    private static final String[] PIECES = {"Jane", "Doe", "PyCon", "Talks", "a-b", " - ", " – ", "—", " — ", ": ", ":", " | ",
        "|", " (", ")", "(", "\"", "“", "”", " ", "  ", "\t", "\n", ",", "[", "] ", "x", " by ", "by", "Hobby", " • ", "•"};

    @Test
    void readsEveryTitleAsTheRegularExpressionDid() {
        Random random = new Random(20261204);
        int compared = 0;
        for (String text : PATTERNS) {
            TitlePattern pattern = TitlePattern.parse(text);
            Pattern oracle = oracle(text);
            for (int i = 0; i < 4_000; i++) {
                StringBuilder title = new StringBuilder();
                for (int parts = 1 + random.nextInt(9); parts > 0; parts--) {
                    title.append(PIECES[random.nextInt(PIECES.length)]);
                }
                assertThat(pattern.match(title.toString())).as("%s on '%s'", text, title)
                        .isEqualTo(oracleMatch(oracle, text, title.toString()));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(PATTERNS.size() * 4_000);
    }

    @Test
    @Timeout(10)
    void aTitleOfThousandsOfSeparatedPartsTakesLinearTime() {
        String title = String.join(" - ", java.util.Collections.nCopies(20_000, "ab")); // 100 KB
        for (TitlePattern pattern : TitleParser.BUILT_IN) {
            pattern.match(title);
        }
        assertThat(TitlePattern.parse("{track} - {speakers}: {title}").match(title + ": end"))
                .map(TitlePattern.Parts::track).contains("ab");
    }

    private static Optional<TitlePattern.Parts> oracleMatch(Pattern oracle, String text, String title) {
        TitlePattern pattern = TitlePattern.parse(text);
        List<TitlePattern.Slot> slots = slots(text);
        for (String word : requiredWords(text)) {
            if (!title.contains(word)) {
                return Optional.empty();
            }
        }
        Matcher m = oracle.matcher(title.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String[] values = new String[4];
        for (int i = 0; i < slots.size(); i++) {
            String value = m.group(i + 1).strip();
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values[slots.get(i).ordinal()] = value;
        }
        assertThat(pattern.text()).isEqualTo(text);
        return Optional.of(new TitlePattern.Parts(values[0], values[1], values[2], values[3]));
    }

    private static List<String> requiredWords(String text) {
        return literals(text).stream().flatMap(literal -> java.util.Arrays.stream(literal.strip().split("\\s+")))
                .filter(word -> !word.isEmpty() && word.chars().noneMatch(c -> "-–—\"“”".indexOf(c) >= 0)).distinct().toList();
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(track|speakers|title|event)}");

    private static List<TitlePattern.Slot> slots(String text) {
        return PLACEHOLDER.matcher(text).results()
                .map(r -> TitlePattern.Slot.valueOf(r.group(1).toUpperCase(java.util.Locale.ROOT))).toList();
    }

    private static List<String> literals(String text) {
        List<String> literals = new ArrayList<>(List.of(PLACEHOLDER.split(text, -1)));
        return literals;
    }

    /** The regular expression TitlePattern compiled before it matched in linear time. */
    private static Pattern oracle(String text) {
        List<TitlePattern.Slot> slots = slots(text);
        List<String> literals = literals(text);
        StringBuilder regex = new StringBuilder("^");
        for (int i = 0; i < slots.size(); i++) {
            regex.append(literal(literals.get(i)));
            boolean greedy = slots.get(i) == TitlePattern.Slot.TITLE || i == slots.size() - 1;
            regex.append(greedy ? "(.+)" : "(.+?)");
        }
        return Pattern.compile(regex.append(literal(literals.getLast())).append("$").toString());
    }

    private static String literal(String text) {
        return TitlePattern.literal(text);
    }
}
