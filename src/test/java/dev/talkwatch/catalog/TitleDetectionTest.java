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

    /** How conferences beyond Python's name their recordings: event first or last, " by ", bullets. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '~', textBlock = """
            {event}: {speakers} - {title}     ~ GopherCon 2023: Ann Ray & Tim Vo - Profiling Go          ~ GopherCon 2023: Bo Chen - Generics in Practice                ~ Profiling Go
            {event} - {speakers} - {title}    ~ ElixirConf 2023 - Ann Ray, Tim Vo - Profiling Go         ~ ElixirConf 2023 - Bo Chen - Generics in Practice              ~ Profiling Go
            {event} - {title} by {speakers}   ~ RustConf 2023 - Profiling Go by Ann Ray and Tim Vo       ~ RustConf 2023 - Generics in Practice by Bo Chen               ~ Profiling Go
            {event}: {title} by {speakers}    ~ RubyConf 2022: Profiling Go by Ann Ray and Tim Vo        ~ RubyConf 2022: Hobby Projects by Bo Chen                      ~ Profiling Go
            "{title}" by {speakers} ({event}) ~ "Profiling Go" by Ann Ray and Tim Vo (Strange Loop 2023) ~ "Generics in Practice" by Bo Chen (Strange Loop 2023)        ~ Profiling Go
            {title} - {speakers} | {event}    ~ Profiling Go - Ann Ray, Tim Vo | PyData London 2023      ~ Generics in Practice - Bo Chen | PyData London 2023           ~ Profiling Go
            {speakers}: {title} | {event}     ~ Ann Ray, Tim Vo: Profiling Go | JSConf EU 2019           ~ Bo Chen: Generics in Practice | JSConf EU 2019                ~ Profiling Go
            {title} | {speakers} | {event}    ~ Profiling Go | Ann Ray, Tim Vo | Conf42 Golang 2023       ~ Generics in Practice | Bo Chen | Conf42 Golang 2023           ~ Profiling Go
            {title} - {speakers} - {event}    ~ Back to Basics: Profiling Go - Ann Ray, Tim Vo - CppCon 2023 ~ Generics in Practice - Bo Chen - NDC Oslo 2023         ~ Back to Basics: Profiling Go
            {title} • {speakers} • {event}    ~ Profiling Go • Ann Ray & Tim Vo • GOTO 2023              ~ Generics in Practice • Bo Chen • GOTO 2023                    ~ Profiling Go
            {title} by {speakers}             ~ Profiling Go by Ann Ray and Tim Vo                       ~ Hobby Projects by Bo Chen                                     ~ Profiling Go
            """)
    void conventionsOfOtherConferences(String convention, String first, String second, String firstTitle) {
        TitleParser parser = TitleParser.detect(List.of(first, second));

        assertThat(parser.pattern().text()).isEqualTo(convention);
        assertThat(parser.parse(first)).isEqualTo(talk(null, List.of("Ann Ray", "Tim Vo"), firstTitle));
        assertThat(parser.parse(second).speakers()).containsExactly("Bo Chen");
    }

    @Test
    void aWordSeparatorIsAWholeWordAndAnEventAfterADashOrColonHasANumber() {
        TitleParser byWord = TitleParser.withPattern(TitlePattern.parse("{title} by {speakers}"), List.of());
        assertThat(byWord.parse("Hobby Lobby Bo Chen")).as("'by' inside Hobby and Lobby").isEqualTo(talk(null, List.of(), "Hobby Lobby Bo Chen"));

        TitleParser leading = TitleParser.withPattern(TitlePattern.parse("{event}: {speakers} - {title}"), List.of());
        assertThat(leading.parse("GopherCon 2023: Bo Chen - Generics").speakers()).containsExactly("Bo Chen");
        // "Keynote" is no conference's edition; the title is read on its own instead
        assertThat(leading.parse("Keynote: Bo Chen - Generics").speakers()).isEmpty();

        TitleParser barred = TitleParser.withPattern(TitlePattern.parse("{speakers} - {title} | {event}"), List.of());
        assertThat(barred.parse("Bo Chen - Generics | PyData Global").speakers()).as("a bar sets an event off")
                .containsExactly("Bo Chen");
    }

    @Test
    void readOnItsOwnATitleHasAnEventOnlyWhereItNamesAYear() {
        // no convention among these: each is read on its own, where no playlist vouches for an event's place
        TitleParser parser = TitleParser.detect(List.of(
                "PEP 683: Immortal Objects - A new approach for memory managing",
                "Extraction Theme | Full High Quality Extraction and Mission Complete Music | Helldivers 2 OST",
                "Generics in Practice • Bo Chen • GOTO 2023",
                "Welcome"));

        assertThat(parser.pattern()).isEqualTo(TitleParser.WHOLE_TITLE);
        assertThat(parser.parse("PEP 683: Immortal Objects - A new approach for memory managing").speakers()).isEmpty();
        assertThat(parser.parse("Extraction Theme | Full High Quality Extraction and Mission Complete Music | Helldivers 2 OST")
                .speakers()).isEmpty();
        assertThat(parser.parse("Generics in Practice • Bo Chen • GOTO 2023"))
                .isEqualTo(talk(null, List.of("Bo Chen"), "Generics in Practice"));
    }

    @Test
    void aReductionToATitleAndAnEventExplainsNoTitle() {
        // "{title} | {speakers} | {event}" reduces to "{title} | {event}", which reads all three
        TitleParser parser = TitleParser.detect(List.of(
                "Jane Doe - Polars in Production | PyData Virginia 2025",
                "Ana Smith, Bo Chen - Forecasting with Prophet | PyData Virginia 2025",
                "Keynote: The Road Ahead | PyData Virginia 2025"));

        assertThat(parser.pattern().text()).isEqualTo("{speakers} - {title} | {event}");
        assertThat(parser.parse("Jane Doe - Polars in Production | PyData Virginia 2025").speakers()).containsExactly("Jane Doe");
    }
}
