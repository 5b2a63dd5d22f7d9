package dev.talkwatch.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Title shapes real conference playlists use beside their main convention. */
class TitleShapesTest {

    private static final List<String> PYCON_STYLE = List.of(
            "Talks - Ana Lima: Profiling Python in Production",
            "Talks - Bo Chen, Carla Diaz: Typing the Untyped",
            "Tutorials - Dev Patel: Pandas from the Ground Up",
            "Talks - Emma Stone: Packaging Without Tears",
            "Keynote - Farid Haddad");

    private static List<String> with(String... more) {
        List<String> titles = new ArrayList<>(PYCON_STYLE);
        titles.addAll(List.of(more));
        return titles;
    }

    @Test
    void aColonRightAfterTheTrackWithSlashSeparatedSpeakers() {
        String title = "Talk: Grace Hopper/Alan Kay: Compilers for Everyone";
        TitleParser parser = TitleParser.detect(with(title));

        assertThat(parser.convention()).isEqualTo("{track} - {speakers}: {title}");
        assertThat(parser.parse(title)).isEqualTo(new Talk("Talk", List.of("Grace Hopper", "Alan Kay"),
                "Compilers for Everyone", false));
    }

    @Test
    void severalSpeakersSeparatedBySlashes() {
        String title = "Talks - Ana Lima/Bo Chen/Carla Diaz: One Codebase, Three Teams";

        assertThat(TitleParser.detect(with(title)).parse(title).speakers())
                .containsExactly("Ana Lima", "Bo Chen", "Carla Diaz");
    }

    @Test
    void aDoubleSurnameWrittenWithASpacedHyphen() {
        String one = "Talks - Amanda Ximena Rojas - Vargas: Data Pipelines in Practice";
        String two = "Talks - María José García – Herrera, Bo Chen: Geodata at Scale";
        TitleParser parser = TitleParser.detect(with(one, two));

        assertThat(parser.parse(one)).isEqualTo(new Talk("Talks", List.of("Amanda Ximena Rojas - Vargas"),
                "Data Pipelines in Practice", false));
        assertThat(parser.parse(two).speakers()).containsExactly("María José García – Herrera", "Bo Chen");
    }

    @Test
    void aSpeakerKnownByOneNameBetweenTrackAndTitle() {
        String title = "Talk - Carlos: How We Rewrote the Scheduler";
        TitleParser parser = TitleParser.detect(with(title, "Talks - Naty: Community Building"));

        assertThat(parser.parse(title)).isEqualTo(new Talk("Talk", List.of("Carlos"), "How We Rewrote the Scheduler", false));
        assertThat(parser.parse("Talks - Naty: Community Building").speakers()).containsExactly("Naty");
    }

    @Test
    void oneWordThatIsNoNameStaysInTheTitle() {
        TitleParser parser = TitleParser.detect(PYCON_STYLE);

        assertThat(parser.parse("Talks - Django: Ten Years of Migrations").speakers()).isEmpty();
        assertThat(parser.parse("Talks - API: Design Lessons").speakers()).isEmpty();
        assertThat(parser.parse("Talks - PyTorch: Under the Hood").speakers()).isEmpty();
        assertThat(TitleParser.detect(List.of("Carlos: A Talk", "Ana: Another")).parse("Carlos: A Talk").speakers())
                .as("without a track, one word is no speaker").isEmpty();
    }

    @Test
    void aPatternThatExplainsFewTitlesIsNoConventionAndEachTitleIsReadOnItsOwn() {
        Random random = new Random(6_100);
        List<String> words = List.of("Data", "Streaming", "Python", "Async", "Testing", "Graphs", "Search", "Maps",
                "Compilers", "Notebooks", "Security", "Packaging", "Dashboards", "Sensors", "Robots");
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < 94; i++) {
            titles.add("Day " + (i % 3 + 1) + " " + words.get(random.nextInt(words.size())) + " and "
                    + words.get(random.nextInt(words.size())) + " #" + i);
        }
        titles.addAll(List.of("Talks - Ana Lima: Profiling", "Talks - Bo Chen: Typing", "Talks - Carla Diaz: Sensors",
                "Talks - Dev Patel: Maps", "Talks - Emma Stone: Robots", "Talks - Farid Haddad: Graphs"));

        TitleParser parser = TitleParser.detect(titles);

        assertThat(parser.convention()).as("6 of 100 is no convention").isEqualTo(TitleParser.TITLE_BY_TITLE);
        assertThat(parser.parse("Talks - Dev Patel: Maps")).isEqualTo(new Talk("Talks", List.of("Dev Patel"), "Maps", false));
        assertThat(parser.parse(titles.getFirst())).isEqualTo(new Talk(null, List.of(), titles.getFirst(), false));
    }

    @Test
    void aPatternThatExplainsMostTitlesIsTheConvention() {
        List<String> titles = new ArrayList<>(PYCON_STYLE);
        titles.addAll(List.of("Welcome", "Closing"));

        assertThat(TitleParser.detect(titles).convention()).isEqualTo("{track} - {speakers}: {title}");
    }
}
