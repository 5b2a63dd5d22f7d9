package dev.talkwatch.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Conventions of real conferences, each detected from a few of its titles. */
class TitleDetectionTest {

    private static Talk talk(String track, List<String> speakers, String title) {
        return new Talk(track, speakers, title, false);
    }

    @Test
    void pyconUsTitlesWithTheirExceptions() {
        List<String> titles = List.of(
                "Talks - Josh Wiedemeier: There and Back Again: Reverse Engineering Python Binaries",
                "Talks - Anthony Shaw: Unlocking the Parallel Universe: Subinterpreters and Free-Threading in...",
                "Tutorials - Reuven M. Lerner: All about decorators",
                "Keynote Speaker - Simon Willison",
                "Lightning Talks - May 17, 6pm",
                "Maintainers Summit at PyCon US 2024");
        TitleParser parser = TitleParser.detect(titles);

        assertThat(parser.pattern().text()).isEqualTo("{track} - {speakers}: {title}");
        assertThat(parser.parseWithPattern(titles.get(3)))
                .isEqualTo(new ParsedTitle(talk("Keynote", List.of("Simon Willison"), null),
                        TitlePattern.parse("{track} - {title}")));
        assertThat(parser.parse(titles.get(4))).isEqualTo(talk("Lightning Talks", List.of(), "May 17, 6pm"));
        assertThat(parser.parseWithPattern(titles.get(5)).pattern()).isEqualTo(TitleParser.WHOLE_TITLE);
    }

    @Test
    void europythonSlashSeparatedSpeakers() {
        TitleParser parser = TitleParser.detect(List.of(
                "Talk - Paul Kehrer/Alex Gaynor: Shipping Python Extensions in Rust Two Million Times a Day",
                "Talk - Benjamin \"Zags\" Zagorsky: Handling Timezones in Python",
                "Keynote - Python Software Foundation Update"));

        assertThat(parser.parse("Talk - Paul Kehrer/Alex Gaynor: Shipping Python Extensions in Rust Two Million Times a Day"))
                .isEqualTo(talk("Talk", List.of("Paul Kehrer", "Alex Gaynor"),
                        "Shipping Python Extensions in Rust Two Million Times a Day"));
        assertThat(parser.parse("Talk - Benjamin \"Zags\" Zagorsky: Handling Timezones in Python").speakers())
                .containsExactly("Benjamin \"Zags\" Zagorsky");
        assertThat(parser.parse("Keynote - Python Software Foundation Update"))
                .isEqualTo(talk("Keynote", List.of(), "Python Software Foundation Update"));
    }

    @Test
    void trackColonSpeakersColonTitle() {
        TitleParser parser = TitleParser.detect(List.of(
                "Talk: Jigyasa Grover/Rishabh Misra: Sculpting Data for Machine Learning V02",
                "Talk: Jane Doe: Packaging in 2020"));

        assertThat(parser.pattern().text()).isEqualTo("{track}: {speakers}: {title}");
        assertThat(parser.parse("Talk: Jigyasa Grover/Rishabh Misra: Sculpting Data for Machine Learning V02"))
                .isEqualTo(talk("Talk", List.of("Jigyasa Grover", "Rishabh Misra"), "Sculpting Data for Machine Learning V02"));
    }

    @Test
    void titleThenSpeakerWithEmDashes() {
        TitleParser parser = TitleParser.detect(List.of(
                "Pydantic Logfire — Uncomplicated Observability — Samuel Colvin",
                "Building a Search Engine — Jane Doe"));

        assertThat(parser.pattern().text()).isEqualTo("{title} — {speakers}");
        assertThat(parser.parse("Pydantic Logfire — Uncomplicated Observability — Samuel Colvin"))
                .isEqualTo(talk(null, List.of("Samuel Colvin"), "Pydantic Logfire — Uncomplicated Observability"));
    }

    @Test
    void speakerThenTrackAfterABar() {
        TitleParser parser = TitleParser.detect(List.of("Carol Willing | Keynote", "Ana Smith | Keynote"));

        assertThat(parser.parse("Carol Willing | Keynote")).isEqualTo(talk("Keynote", List.of("Carol Willing"), null));
    }

    @Test
    void pydataSpeakerTitleAndEvent() {
        TitleParser parser = TitleParser.detect(List.of(
                "Jane Doe - Polars in Production | PyData Virginia 2025",
                "Ana Smith, Bo Chen - Forecasting with Prophet | PyData Virginia 2025"));

        assertThat(parser.pattern().text()).isEqualTo("{speakers} - {title} | {event}");
        assertThat(parser.parse("Ana Smith, Bo Chen - Forecasting with Prophet | PyData Virginia 2025"))
                .isEqualTo(talk(null, List.of("Ana Smith", "Bo Chen"), "Forecasting with Prophet"));
    }

    @Test
    void quotedTitleSpeakerAndEventInParentheses() {
        TitleParser parser = TitleParser.detect(List.of(
                "\"Python in the browser\" - Jane Doe (PyConline AU 2020)",
                "\"Async all the way down\" - Bo Chen (PyConline AU 2020)"));

        assertThat(parser.parse("\"Python in the browser\" - Jane Doe (PyConline AU 2020)"))
                .isEqualTo(talk(null, List.of("Jane Doe"), "Python in the browser"));
    }

    @Test
    void speakersColonTitle() {
        TitleParser parser = TitleParser.detect(List.of(
                "Alice Zhang, Bob Meyer: Data Pipelines with Dagster",
                "Chiara Rossi: Fast Dataframes"));

        assertThat(parser.pattern().text()).isEqualTo("{speakers}: {title}");
        assertThat(parser.parse("Alice Zhang, Bob Meyer: Data Pipelines with Dagster"))
                .isEqualTo(talk(null, List.of("Alice Zhang", "Bob Meyer"), "Data Pipelines with Dagster"));
    }

    @Test
    void titlesWithoutConventionStayWhole() {
        TitleParser parser = TitleParser.detect(List.of("Welcome", "Closing remarks", "Lightning talks"));

        assertThat(parser.pattern()).isEqualTo(TitleParser.WHOLE_TITLE);
        assertThat(parser.parse("Welcome")).isEqualTo(talk(null, List.of(), "Welcome"));
    }

    @Test
    void aTruncatedTitleCannotEndInCutSpeakers() {
        TitleParser parser = new TitleParser(TitlePattern.parse("{title} — {speakers}"));

        Talk talk = parser.parse("Pydantic Logfire — Uncomplicated Observability — Samuel Co...");
        assertThat(talk.speakers()).isEmpty();
        assertThat(talk.truncated()).isTrue();
    }

    @Test
    void aRecurringUnknownPrefixIsATrack() {
        TitleParser parser = TitleParser.detect(List.of(
                "Education Summit - Ana Smith: Teaching Python",
                "Education Summit - Teachers and Python",
                "Education Summit - Closing"));

        assertThat(parser.parse("Education Summit - Teachers and Python"))
                .isEqualTo(talk("Education Summit", List.of(), "Teachers and Python"));
    }
}
