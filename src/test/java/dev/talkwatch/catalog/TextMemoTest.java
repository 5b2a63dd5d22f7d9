package dev.talkwatch.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextMemoTest {

    @Test
    void readsEachTextOnceAndAnswersWhatTheReadingGave() {
        List<String> read = new ArrayList<>();
        TextMemo<Integer> lengths = new TextMemo<>(8, text -> {
            read.add(text);
            return text.length();
        });

        assertThat(lengths.get("3.6K views")).isEqualTo(10);
        assertThat(lengths.get("3.6K views")).isEqualTo(10);
        assertThat(lengths.get("1 day ago")).isEqualTo(9);

        assertThat(read).containsExactly("3.6K views", "1 day ago");
    }

    @Test
    void keepsNoTextLongerThanACountOrAnAgeCouldBe() {
        // found by the fuzz tests: 10 MB texts in view counts, kept 4,096 at a time, filled a 256 MB heap
        List<String> read = new ArrayList<>();
        TextMemo<Integer> lengths = new TextMemo<>(8, text -> {
            read.add(text);
            return text.length();
        });
        String huge = "1" + "0".repeat(TextMemo.LONGEST) + " views";

        assertThat(lengths.get(huge)).isEqualTo(huge.length());
        assertThat(lengths.get(huge)).isEqualTo(huge.length());

        assertThat(read).as("read each time, never kept").hasSize(2);
    }

    @Test
    void holdsNoMoreThanItsCapacityAndStillAnswersRight() {
        List<String> read = new ArrayList<>();
        TextMemo<String> upper = new TextMemo<>(2, text -> {
            read.add(text);
            return text.toUpperCase();
        });

        for (String text : List.of("a", "b", "c", "a", "d", "c")) {
            assertThat(upper.get(text)).isEqualTo(text.toUpperCase());
        }

        // a and b fill it; c empties it first, so a is read again; d empties it, so c is too
        assertThat(read).containsExactly("a", "b", "c", "a", "d", "c");
    }
}
