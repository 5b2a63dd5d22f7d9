package dev.talkwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkwatch.Fixtures;
import dev.talkwatch.store.Engine;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A catalog shared by two users: one catalog and history, each user's own curation and posts. */
@ParameterizedClass
@EnumSource(Engine.class)
class UsersTest {

    private static final String TALK = "mCkqz8jo19M";

    @Parameter
    Engine engine;

    @TempDir
    Path temp;

    private CliRunner cli;

    @BeforeEach
    void sharedCatalog() {
        cli = new CliRunner(temp).with("TALKWATCH_DB", engine.location(temp));
        assertThat(cli.run("import", "--captured-at", "2024-08-06",
                Fixtures.path("ingest/page/classic-complete.html").toString()).exitCode()).isZero();
    }

    private CliRunner.Result as(String user, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--user";
        all[1] = user;
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.run(all);
    }

    @Test
    void twoUsersRateTheSameTalkDifferentlyAndEachPostShowsTheirOwn() {
        as("ana", "rate", TALK, "4.5");
        as("ana", "note", TALK, "ana's note");
        as("bo", "rate", TALK, "2");

        String anas = as("ana", "publish", "--date", "2024-08-10").out();
        String bos = as("bo", "publish", "--date", "2024-08-10").out();

        assertThat(anas).contains("★★★★½").contains("ana's note").doesNotContain("★★☆");
        assertThat(bos).contains("★★").doesNotContain("★★★★½").doesNotContain("ana's note");
        assertThat(as("ana", "show", TALK).out()).contains("4.5").contains("ana's note");
        assertThat(as("bo", "show", TALK).out()).doesNotContain("ana's note");
        // the catalog is the same for both
        assertThat(as("bo", "list", "--format", "csv").out()).isEqualTo(as("ana", "list", "--format", "csv").out());
    }

    @Test
    void eachUserHasTheirOwnQueueAndDiaryAndTalkwatchUserNamesTheUser() {
        as("ana", "queue", "add", TALK);
        cli.with("TALKWATCH_USER", "bo");
        cli.run("watched", TALK, "--on", "2024-08-07");

        assertThat(as("ana", "queue", "list").out()).contains(TALK);
        assertThat(cli.run("queue", "list").out()).doesNotContain(TALK);
        assertThat(cli.run("diary").out()).contains(TALK);
        assertThat(as("ana", "diary").out()).doesNotContain(TALK);
    }

    @Test
    void anImportedPostIsTheCurationOfTheUserWhoImportedIt() {
        as("ana", "import", Fixtures.path("ingest/post/recap-august.md").toString());

        assertThat(as("ana", "diary").exitCode()).isZero();
        String anasRatings = as("ana", "export", "--csv").out();
        String bosRatings = as("bo", "export", "--csv").out();
        assertThat(anasRatings).as("the post's notes").contains("worth it");
        assertThat(bosRatings).doesNotContain("worth it");
        // bo's curation columns (rating, notes, queue position, watched) are all empty
        assertThat(bosRatings.lines().skip(1)).allSatisfy(row -> assertThat(row).endsWith(",,,,"));
    }

    @Test
    void aSearchFindsTheUsersOwnNotesAndNeverAnotherUsers() {
        as("ana", "note", TALK, "Quantenverschränkung, explained with kittens");
        cli.run("note", TALK, "the catalog's own note on kittens"); // the SQLite file's own user, or the login name

        CliRunner.Result anas = as("ana", "search", "quantenverschrankung");
        CliRunner.Result bos = as("bo", "search", "quantenverschrankung");

        assertThat(anas.out()).contains(TALK).contains("[Quantenverschränkung,]");
        assertThat(bos.out()).doesNotContain(TALK);
        assertThat(as("bo", "search", "kittens").out()).as("no one else's notes, the file's own user's included")
                .doesNotContain(TALK);
        assertThat(as("ana", "search", "wiedemeier").out()).as("titles and speakers are everyone's").contains(TALK);
        assertThat(as("bo", "search", "wiedemeier", "--format", "json").out()).as("an excerpt of another's find, no notes in it")
                .contains(TALK).doesNotContain("kittens");
        as("ana", "note", "ex9draKAP3c", "Kittens first, then more kittens and dogs");
        assertThat(as("ana", "search", "kittens", "--format", "json").out()).as("an excerpt starts at the first word found")
                .contains("[Kittens] first, then more [kittens] and dogs").contains("…[kittens]");
    }
}
