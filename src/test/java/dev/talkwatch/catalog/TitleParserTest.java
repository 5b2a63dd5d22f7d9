package dev.talkwatch.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleParserTest {

    private final TitleParser parser = new TitleParser();

    @Test
    void splitsTrackSpeakerAndTitle() {
        Talk talk = parser.parse("Talks - Josh Wiedemeier: There and Back Again: Reverse Engineering Python Binaries");

        assertThat(talk).isEqualTo(new Talk("Talks", List.of("Josh Wiedemeier"),
                "There and Back Again: Reverse Engineering Python Binaries", false));
    }

    @Test
    void acceptsAMissingSpaceAfterTheDash() {
        Talk talk = parser.parse("Talks -Toby Ho: Rewind: Python Time-Travel Debugger");

        assertThat(talk).isEqualTo(new Talk("Talks", List.of("Toby Ho"), "Rewind: Python Time-Travel Debugger", false));
    }

    @Test
    void parsesTwoSpeakersSeparatedByCommaAndMarksTruncation() {
        Talk talk = parser.parse(
                "Talks - Michael Chow, Richard Iannone: Making Beautiful, Publication Quality Tables in Python...");

        assertThat(talk.track()).isEqualTo("Talks");
        assertThat(talk.speakers()).containsExactly("Michael Chow", "Richard Iannone");
        assertThat(talk.title()).isEqualTo("Making Beautiful, Publication Quality Tables in Python");
        assertThat(talk.truncated()).isTrue();
    }

    @Test
    void parsesFirstNamesOnlySpeakerLists() {
        Talk talk = parser.parse(
                "Tutorials - Gil, Jim, Naty, Phillip: Introduction to Ibis: blazing fast analytics with DuckDB...");

        assertThat(talk.track()).isEqualTo("Tutorials");
        assertThat(talk.speakers()).containsExactly("Gil", "Jim", "Naty", "Phillip");
        assertThat(talk.title()).isEqualTo("Introduction to Ibis: blazing fast analytics with DuckDB");
        assertThat(talk.truncated()).isTrue();
    }

    @Test
    void keynoteSpeakerIsTheKeynoteTrackWithTheSpeakerAndNoTitle() {
        assertThat(parser.parse("Keynote Speaker - Simon Willison"))
                .isEqualTo(new Talk("Keynote", List.of("Simon Willison"), null, false));
    }

    @Test
    void lightningTalksKeepTheirDateAsTitle() {
        assertThat(parser.parse("Lightning Talks - May 17, 6pm"))
                .isEqualTo(new Talk("Lightning Talks", List.of(), "May 17, 6pm", false));
    }

    @Test
    void aColonInsideParenthesesIsNotASpeakerSeparator() {
        assertThat(parser.parse("Sponsor Presentations - Introducing Pydantic's new platform (Sponsor: Pydantic)"))
                .isEqualTo(new Talk("Sponsor Presentations", List.of(),
                        "Introducing Pydantic's new platform (Sponsor: Pydantic)", false));
    }

    @Test
    void aTitleWithoutConventionIsAllTitle() {
        assertThat(parser.parse("Maintainers Summit at PyCon US 2024"))
                .isEqualTo(new Talk(null, List.of(), "Maintainers Summit at PyCon US 2024", false));
    }

    @Test
    void onlyTheFirstDashSeparatesTheTrack() {
        assertThat(parser.parse(
                "Talks - Vinícius Gubiani Ferreira: PEP 683: Immortal Objects - A new approach for memory managing"))
                .isEqualTo(new Talk("Talks", List.of("Vinícius Gubiani Ferreira"),
                        "PEP 683: Immortal Objects - A new approach for memory managing", false));
    }

    @Test
    void keepsEmojiInTheTitle() {
        assertThat(parser.parse(
                "Tutorials - Felipe, Amanda: 🌐 Building Your First API with Django and Django Rest Framework"))
                .isEqualTo(new Talk("Tutorials", List.of("Felipe", "Amanda"),
                        "🌐 Building Your First API with Django and Django Rest Framework", false));
    }

    @Test
    void hyphenatedNamesAndInitialsAreNames() {
        assertThat(parser.parse("Tutorials - Russell Keith-Magee: Build a cross-platform app with BeeWare").speakers())
                .containsExactly("Russell Keith-Magee");
        assertThat(parser.parse("Talks - Reuven M. Lerner: Times and dates in Pandas").speakers())
                .containsExactly("Reuven M. Lerner");
        assertThat(parser.parse("Tutorials - Rodrigo Girão Serrão: The Pokémon trainer's guide").speakers())
                .containsExactly("Rodrigo Girão Serrão");
    }

    @Test
    void splitsSpeakersOnSlashAmpersandAndAnd() {
        assertThat(parser.parse("Talk - Paul Kehrer/Alex Gaynor: Shipping Python Extensions in Rust").speakers())
                .containsExactly("Paul Kehrer", "Alex Gaynor");
        assertThat(parser.parse("Talks - Ana Smith & Bo Chen: Title").speakers()).containsExactly("Ana Smith", "Bo Chen");
        assertThat(parser.parse("Talks - Ana Smith and Bo Chen: Title").speakers()).containsExactly("Ana Smith", "Bo Chen");
    }

    @Test
    void aProductNameBeforeAColonIsNotASpeaker() {
        Talk talk = parser.parse("Talks - Django: The Web Framework for Perfectionists");
        assertThat(talk.speakers()).isEmpty();
        assertThat(talk.title()).isEqualTo("Django: The Web Framework for Perfectionists");
    }

    @Test
    void aSegmentWithDigitsIsNotASpeakerList() {
        Talk talk = parser.parse("Talks - Python 3.13: What's New");
        assertThat(talk.speakers()).isEmpty();
        assertThat(talk.title()).isEqualTo("Python 3.13: What's New");
    }

    @Test
    void aKeynoteAboutATopicHasNoSpeaker() {
        assertThat(parser.parse("Keynote - Python Software Foundation Update"))
                .isEqualTo(new Talk("Keynote", List.of(), "Python Software Foundation Update", false));
    }

    @Test
    void anUnknownPrefixIsATrackOnlyWhenSpeakersFollow() {
        assertThat(parser.parse("Alex Warren - Ordinary (Official Video)"))
                .isEqualTo(new Talk(null, List.of(), "Alex Warren - Ordinary (Official Video)", false));
        assertThat(parser.parse("Education Summit - Ana Smith: Teaching Python").track()).isEqualTo("Education Summit");
    }

    @Test
    void aTrackFollowedByAPhraseIsATitleNotASpeaker() {
        assertThat(parser.parse("Talks - Some Great Topic"))
                .isEqualTo(new Talk("Talks", List.of(), "Some Great Topic", false));
    }

    @Test
    void marksAUnicodeEllipsisAsTruncated() {
        Talk talk = parser.parse("Talks - Ana Smith: A very long title…");
        assertThat(talk.truncated()).isTrue();
        assertThat(talk.title()).isEqualTo("A very long title");
    }

    @Test
    void neverFailsOnOddInput() {
        assertThat(parser.parse("")).isEqualTo(new Talk(null, List.of(), null, false));
        assertThat(parser.parse(null)).isEqualTo(new Talk(null, List.of(), null, false));
        assertThat(parser.parse("...").truncated()).isTrue();
        assertThat(parser.parse(" - ").title()).isEqualTo("-");
    }
}
