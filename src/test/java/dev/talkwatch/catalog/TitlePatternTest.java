package dev.talkwatch.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TitlePatternTest {

    @Test
    void matchesEachPlaceholderBetweenTheLiteralText() {
        TitlePattern pattern = TitlePattern.parse("{speakers} - {title} | {event}");

        assertThat(pattern.match("Jane Doe - Polars in Production | PyData Virginia 2025")).contains(
                new TitlePattern.Parts(null, "Jane Doe", "Polars in Production", "PyData Virginia 2025"));
    }

    @Test
    void theTitleTakesAllItCanAndTheOthersAsLittle() {
        assertThat(TitlePattern.parse("{title} — {speakers}").match(
                "Pydantic Logfire — Uncomplicated Observability — Samuel Colvin"))
                .map(TitlePattern.Parts::title).contains("Pydantic Logfire — Uncomplicated Observability");
        assertThat(TitlePattern.parse("{track} - {speakers}: {title}").match(
                "Talks - Vinícius Gubiani Ferreira: PEP 683: Immortal Objects - A new approach"))
                .map(TitlePattern.Parts::speakers).contains("Vinícius Gubiani Ferreira");
    }

    @Test
    void aSpacedSeparatorNeedsASpaceOnOneSideAndAcceptsOtherDashes() {
        TitlePattern pattern = TitlePattern.parse("{track} - {title}");

        assertThat(pattern.match("Talks -Toby Ho")).map(TitlePattern.Parts::track).contains("Talks");
        assertThat(pattern.match("Talks – Toby Ho")).map(TitlePattern.Parts::track).contains("Talks");
        assertThat(pattern.match("Keith-Magee")).isEmpty();
    }

    @Test
    void quotesMatchStraightAndCurlyOnes() {
        TitlePattern pattern = TitlePattern.parse("\"{title}\" - {speakers} ({event})");

        assertThat(pattern.match("“Async all the way down” - Jane Doe (PyConline AU 2020)")).contains(
                new TitlePattern.Parts(null, "Jane Doe", "Async all the way down", "PyConline AU 2020"));
    }

    @Test
    void reductionsDropOnePartButNeverTheFirst() {
        assertThat(TitlePattern.parse("{track} - {speakers}: {title}").reductions())
                .extracting(TitlePattern::text).containsExactly("{track} - {title}", "{track} - {speakers}");
        assertThat(TitlePattern.parse("\"{title}\" - {speakers} ({event})").reductions()).isEmpty();
    }

    @Test
    void refusesPatternsThatCannotWork() {
        assertThatThrownBy(() -> TitlePattern.parse("{track} - {track}")).hasMessageContaining("twice");
        assertThatThrownBy(() -> TitlePattern.parse("{who}: {title}")).hasMessageContaining("unknown placeholder");
        assertThatThrownBy(() -> TitlePattern.parse("{track} - {event}")).hasMessageContaining("{title} or {speakers}");
        assertThatThrownBy(() -> TitlePattern.parse("{speakers}{title}")).hasMessageContaining("separator");
    }
}
