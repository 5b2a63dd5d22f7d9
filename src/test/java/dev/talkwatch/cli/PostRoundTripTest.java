package dev.talkwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkwatch.Fixtures;
import dev.talkwatch.SharedFixtures;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The round trip of the reference post: imported into an empty catalog, then published as of its
 * day, it comes back exactly, its damaged encoding repaired. The expected text is a copy of the
 * seed post repaired by hand.
 */
class PostRoundTripTest {

    @TempDir
    Path home;

    private String roundTrip(Path post) {
        CliRunner cli = new CliRunner(home);
        CliRunner.Result imported = cli.run("import", post.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        CliRunner.Result published = cli.run("publish", "--as-of", "2024-08-06");
        assertThat(published.exitCode()).as(published.err()).isZero();
        return published.out();
    }

    @Test
    void theSeedPostComesBackExactlyWithItsEncodingRepaired() throws Exception {
        Path seed = SharedFixtures.require("../seed", getClass()).resolve("000_4d029630f76356ed.txt");

        assertThat(roundTrip(seed)).isEqualTo(Files.readString(Fixtures.path("publish/seed-post-repaired.md")));
    }

    @Test
    void aPostDamagedAsTheSeedWasComesBackRepaired() throws Exception {
        String repaired = Files.readString(Fixtures.path("publish/seed-post-repaired.md"));
        // UTF-8 read as Windows-1252; the bytes it cannot show (and the soft hyphen) get lost, as in the seed
        String damaged = new String(repaired.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"))
                .replace("\uFFFD", "").replace("\u00AD", "");
        Path post = home.resolve("damaged.md");
        Files.writeString(post, damaged);

        assertThat(damaged).contains("BuczyÅ„ski").contains("VinÃcius").contains("â˜…â˜…â˜…â˜†â˜†");
        assertThat(roundTrip(post)).isEqualTo(repaired);
    }

    @Test
    void importingThePostTwiceChangesNothing() throws Exception {
        CliRunner cli = new CliRunner(home);
        Path post = Fixtures.path("publish/seed-post-repaired.md");
        cli.run("import", post.toString());

        CliRunner.Result again = cli.run("import", post.toString());

        assertThat(again.out()).contains("already imported");
        assertThat(cli.run("publish", "--as-of", "2024-08-06").out()).isEqualTo(Files.readString(post));
    }

    @Test
    void thePostMergedIntoACatalogThatFollowsThePlaylistPublishesEveryTalkInEitherOrder() throws Exception {
        String repaired = Files.readString(Fixtures.path("publish/seed-post-repaired.md"));
        Path post = Fixtures.path("publish/seed-post-repaired.md");
        Path page = home.resolve("pycon-us-2024.html");
        try (var sample = DemoCommand.class.getResourceAsStream(DemoCommand.SAMPLE)) {
            Files.copy(sample, page); // saved today: newer than the post
        }
        CliRunner pageFirst = new CliRunner(home.resolve("a"));
        CliRunner postFirst = new CliRunner(home.resolve("b"));

        pageFirst.run("import", page.toString());
        CliRunner.Result merged = pageFirst.run("import", post.toString());
        postFirst.run("import", post.toString());
        postFirst.run("import", page.toString());

        assertThat(merged.out()).contains("the playlist now has 46 videos (13 new)");
        assertThat(pageFirst.run("list", "--format", "csv").out().lines().count()).as("a header and 46 talks")
                .isEqualTo(47);
        String published = pageFirst.run("publish", "--as-of", "2024-08-06").out();
        assertThat(published).as("both rated talks and all 19 queued ones").isEqualTo(repaired);
        assertThat(postFirst.run("publish", "--as-of", "2024-08-06").out()).isEqualTo(published);
    }
}
