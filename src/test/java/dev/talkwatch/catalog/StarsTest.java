package dev.talkwatch.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StarsTest {

    @ParameterizedTest(name = "{0} is {1} half stars")
    @CsvSource(delimiter = '|', textBlock = """
            3        | 6
            3.5      | 7
            3,5      | 7
            0        | 0
            5        | 10
            4/5      | 8
            ★★★☆☆    | 6
            ★★★½☆    | 7
            ★★☆☆☆    | 4
            ☆☆☆☆☆    | 0
            ★★★★★    | 10
            ★★★      | 6
            ★★★½     | 7
            """)
    void readsNumbersAndGlyphs(String text, int halfStars) {
        assertThat(Stars.parse(text)).contains(new Stars(halfStars));
    }

    @ParameterizedTest
    @ValueSource(strings = {"6", "-1", "3.3", "five", "", "★★★☆", "★★★★★★", "½★"})
    void refusesWhatIsNoRating(String text) {
        assertThat(Stars.parse(text)).isEmpty();
    }

    @Test
    void writesFivePlacesWithAHalf() {
        assertThat(new Stars(6).glyphs()).isEqualTo("★★★☆☆");
        assertThat(new Stars(7).glyphs()).isEqualTo("★★★½☆");
        assertThat(new Stars(1).glyphs()).isEqualTo("½☆☆☆☆");
        assertThat(new Stars(10).glyphs()).isEqualTo("★★★★★");
        assertThat(new Stars(7)).hasToString("3.5");
        assertThat(new Stars(6)).hasToString("3");
    }

    @Test
    void everyRatingReadsBackFromItsGlyphs() {
        for (int half = 0; half <= 10; half++) {
            assertThat(Stars.parse(new Stars(half).glyphs())).contains(new Stars(half));
            assertThat(Stars.parse(new Stars(half).toString())).contains(new Stars(half));
        }
    }
}
