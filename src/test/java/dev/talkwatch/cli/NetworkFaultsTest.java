package dev.talkwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkwatch.fetch.ReplayServer;
import dev.talkwatch.fetch.ReplayServer.Reply;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The network faults a fetch meets, each against the replay server, on a catalog that already
 * holds a capture of the playlist and the user's ratings and notes. Each ends in the whole
 * playlist imported or in one line saying why not, with the catalog as it was: never a partial
 * import, never an endless loop (every case has a time limit).
 */
@Tag("server")
class NetworkFaultsTest {

    static final String PLAYLIST = "PLtalkwatchReplay000000000000001";
    static final String URL = "https://www.youtube.com/playlist?list=" + PLAYLIST;

    @TempDir
    Path home;

    private final ReplayServer server = new ReplayServer();

    @AfterEach
    void stop() {
        server.close();
    }

    /** A fault, what the fetch must end in: null for success, else a text its one line holds. */
    record Fault(String name, Consumer<ReplayServer> setUp, String failure) {
        @Override
        public String toString() {
            return name;
        }
    }

    static byte[] page(String name) {
        return ReplayServer.resource("/dev/talkwatch/fetch/classic/" + name);
    }

    static Stream<Arguments> faults() {
        byte[] page2 = page("page-2.json");
        byte[] botCheck = ReplayServer.resource("/dev/talkwatch/fetch/failures/bot-check.html");
        return Stream.of(
                new Fault("a slow answer, sent in ten pieces", s -> s.failFirst("page-2",
                        Reply.of(200, "application/json", page2).dripped(Duration.ofMillis(150))), null),
                new Fault("a reset mid-body, then a whole answer", s -> s.failFirst("page-2",
                        Reply.of(200, "application/json", page2).cutShort()), null),
                new Fault("a reset mid-body every time", s -> s.always("page-2",
                        Reply.of(200, "application/json", page2).cutShort()), "the connection failed"),
                new Fault("a 429 storm without Retry-After", s -> s.always("page-2", Reply.status(429)),
                        "failed 5 times, last with HTTP 429"),
                new Fault("a 429 storm asking for an hour each time", s -> s.always("page-2",
                        Reply.status(429).withHeader("Retry-After", "3600")), "failed 5 times, last with HTTP 429"),
                new Fault("429s, then an answer", s -> s.failFirst("page-3", Reply.status(429), Reply.status(429),
                        Reply.status(429).withHeader("Retry-After", "2")), null),
                new Fault("JSON cut short in a whole answer", s -> s.always("page-2",
                        Reply.of(200, "application/json", Arrays.copyOf(page2, page2.length / 2))), "page 2"),
                new Fault("a bot check instead of JSON", s -> s.always("page-2",
                        Reply.of(200, "text/html; charset=utf-8", botCheck)), "not a bot"),
                new Fault("a continuation that loops back", s -> s.always("page-3",
                        Reply.of(200, "application/json", page2)), "the same continuation twice"),
                new Fault("a server that never answers", s -> s.always("page-2",
                        Reply.of(200, "application/json", page2).delayed(Duration.ofDays(1))), "no answer within"),
                new Fault("an empty answer", s -> s.always("page-2", Reply.of(200, "application/json", new byte[0])),
                        "page 2"),
                new Fault("a server error page", s -> s.always("metadata", Reply.of(500, "text/html",
                        "<html>Internal error</html>".getBytes(StandardCharsets.UTF_8))), "HTTP 500"))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    @Timeout(120)
    void aFaultEndsInTheWholePlaylistOrInOneLineWithTheCatalogAsItWas(Fault fault) throws Exception {
        server.load("/dev/talkwatch/fetch/classic");
        CliRunner cli = new CliRunner(home).with("TALKWATCH_YOUTUBE_URL", server.url())
                .with("TALKWATCH_YOUTUBE_API_URL", server.url() + "/youtube/v3")
                .with("TALKWATCH_REQUEST_TIMEOUT", "2");
        assertThat(cli.run("import", URL).exitCode()).isZero();
        assertThat(cli.run("rate", "k3PqVn7xY2a", "4.5").exitCode()).as("a video of the fixture").isZero();
        assertThat(cli.run("note", "k3PqVn7xY2a", "watch again").exitCode()).isZero();
        Path before = home.resolve("before.json");
        cli.run("export", "--all", before.toString());

        server.load("/dev/talkwatch/fetch/classic");
        fault.setUp().accept(server);
        CliRunner.Result result = cli.run("import", URL);

        if (fault.failure() == null) {
            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(cli.run("list", "--format", "csv").out().lines().count()).as("every video, and the header").isEqualTo(13);
            assertThat(cli.run("show", "k3PqVn7xY2a").out()).contains("watch again");
            return;
        }
        assertThat(result.exitCode()).isEqualTo(Cli.FAILED);
        String last = result.err().lines().reduce((a, b) -> b).orElse("");
        assertThat(last).startsWith("talkwatch: ").contains(fault.failure()).contains("nothing was imported")
                .doesNotContain("Exception");
        Path after = home.resolve("after.json");
        cli.run("export", "--all", after.toString());
        assertThat(Files.readString(after)).as("the catalog as it was").isEqualTo(Files.readString(before));
    }
}
