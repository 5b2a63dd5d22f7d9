package dev.talkwatch.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkwatch.catalog.PostBlock;
import dev.talkwatch.catalog.RecapPost;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The user's value, else the imported post's, else the configuration's; and a line when the post's wins. */
class PostDefaultsTest {

    static final PostDefaults CONFIGURED = new PostDefaults("Ann", List.of("python"), 1000L);

    static Optional<RecapPost> post(String author, Long cutoff) {
        return Optional.of(new RecapPost("PyCon US 2024 Recordings", "2024-08-06T00:00:00-07:00", List.of("pycon"), List.of(),
                author, "PyCon US 2024", List.of(PostBlock.popular("Popular talks as of today (" + cutoff + "+ views):", cutoff,
                        "!Tutorials")), true));
    }

    @Test
    void theUsersValueWinsAndNothingIsSaid() {
        PostDefaults.Chosen chosen = CONFIGURED.choose("Bo", List.of("web"), 200L, post("Willi", 500L), f -> "--" + f);
        assertThat(chosen).isEqualTo(new PostDefaults.Chosen("Bo", List.of("web"), 200L, List.of()));
    }

    @Test
    void thePostsValueWinsOverTheConfigurationsAndThatIsSaidInOneLineEach() {
        PostDefaults.Chosen chosen = CONFIGURED.choose(null, List.of(), null, post("Willi", 500L), f -> "--" + f);

        assertThat(chosen.author()).as("the post's, taken from it by the publisher").isNull();
        assertThat(chosen.cutoff()).isNull();
        assertThat(chosen.tags()).isEmpty();
        assertThat(chosen.notes()).containsExactly(
                "the author is the imported post's (Willi), not author= of the configuration (Ann); --author chooses another",
                "the cutoff is the imported post's (500+ views), not cutoff= of the configuration (1000); --cutoff chooses another");
        assertThat(CONFIGURED.choose(null, List.of(), null, post("Ann", 1000L), f -> "--" + f).notes())
                .as("the same values: nothing to say").isEmpty();
    }

    @Test
    void withoutAPostTheConfigurationsValues() {
        assertThat(CONFIGURED.choose(null, List.of(), null, Optional.empty(), f -> "--" + f))
                .isEqualTo(new PostDefaults.Chosen("Ann", List.of("python"), 1000L, List.of()));
        assertThat(CONFIGURED.cutoffFor(null, null)).isEqualTo(1000);
        assertThat(CONFIGURED.cutoffFor(null, 500L)).isEqualTo(500);
        assertThat(CONFIGURED.cutoffFor(20L, 500L)).isEqualTo(20);
        assertThat(new PostDefaults(null, List.of(), null).cutoffFor(null, null)).isEqualTo(RecapOptions.DEFAULT_CUTOFF);
    }

    @Test
    void asOfADayIsUpToItsEnd() {
        assertThat(PostDefaults.endOf(LocalDate.of(2024, 8, 6), ZoneId.of("America/Los_Angeles")))
                .isEqualTo(Instant.parse("2024-08-07T06:59:59Z"));
    }
}
