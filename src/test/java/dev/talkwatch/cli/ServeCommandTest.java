package dev.talkwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkwatch.Fixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("server")
class ServeCommandTest {

    private static final Pattern URL = Pattern.compile("at (http://\\S+)");

    @TempDir
    Path home;

    private static String waitForUrl(CliRunner.Background server) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            Matcher m = URL.matcher(server.out());
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("serve printed no URL; out: " + server.out() + " err: " + server.err());
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheCatalogWhileTheCommandLineKeepsWritingToIt() throws Exception {
        CliRunner cli = new CliRunner(home);
        cli.run("import", Fixtures.path("ingest/page/classic-complete.html").toString());
        CliRunner.Background server = cli.start("serve", "--port", "0");
        try {
            String url = waitForUrl(server);
            assertThat(url).startsWith("http://127.0.0.1:").endsWith("/");
            assertThat(server.out()).contains("talkwatch serves " + cli.defaultDatabase()).contains("Ctrl+C stops it.");
            assertThat(get(url).body()).contains("PyCon US 2024 (fixture)");

            assertThat(cli.run("rate", "mCkqz8jo19M", "4.5").exitCode()).isZero();
            assertThat(get(url + "videos/mCkqz8jo19M").body()).as("what the CLI writes the app shows").contains("★★★★½");

            Matcher csrf = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"").matcher(get(url).body());
            assertThat(csrf.find()).isTrue();
            HttpResponse<String> queued = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url
                            + "videos/ex9draKAP3c/queue"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("queued=true&csrf=" + csrf.group(1))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(queued.statusCode()).isEqualTo(303);
            assertThat(cli.run("queue", "list").out()).as("what the app writes the CLI shows")
                    .contains("Talks -Toby Ho: Rewind: Python Time-Travel Debugger");
        } finally {
            CliRunner.Result result = server.stop();
            assertThat(result).isNotNull();
            assertThat(result.exitCode()).isZero();
        }
    }

    @Test
    void anotherAddressNeedsATokenAndSaysSo() throws Exception {
        CliRunner.Background server = new CliRunner(home).start("serve", "--port", "0", "--bind", "0.0.0.0");
        try {
            String url = waitForUrl(server);
            assertThat(server.err()).contains("warning: listening on 0.0.0.0 lets other machines reach your catalog");
            assertThat(url).matches("http://127\\.0\\.0\\.1:\\d+/\\?token=[\\w-]{32}");
            assertThat(get(url.substring(0, url.indexOf('?'))).statusCode()).isEqualTo(401);
            assertThat(get(url).statusCode()).isEqualTo(303);
        } finally {
            server.stop();
        }
    }

    @Test
    void aPortInUseIsReportedInOneLine() throws Exception {
        java.io.PrintStream stderr = System.err;
        java.io.ByteArrayOutputStream logged = new java.io.ByteArrayOutputStream();
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            System.setErr(new java.io.PrintStream(logged, true, java.nio.charset.StandardCharsets.UTF_8));
            CliRunner.Result result;
            try {
                result = new CliRunner(home).run("serve", "--port", Integer.toString(taken.getLocalPort()));
            } finally {
                System.setErr(stderr);
            }

            assertThat(logged.toString(java.nio.charset.StandardCharsets.UTF_8)).as("the server's own log").isEmpty();

            assertThat(result.exitCode()).isEqualTo(Cli.FAILED);
            assertThat(result.err()).startsWith("talkwatch: cannot listen on 127.0.0.1:" + taken.getLocalPort())
                    .contains("--port").hasLineCount(1);
        }
    }
}
