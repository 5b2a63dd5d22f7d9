package dev.talkwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkwatch.store.Database;
import dev.talkwatch.web.WebApp;
import dev.talkwatch.web.WebSettings;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web app and two CLI processes write to one SQLite file at once for 30 seconds
 * (-Dtalkwatch.seconds=N): ratings, notes, queue changes, and imports from the CLI. Each writer has
 * its own videos, so the last write it was told succeeded is what the catalog must hold. Every
 * write acknowledged (exit 0, an HTTP redirect) is there at the end, and no writer ever sees a
 * failure: no "database is locked" reaches a user.
 */
@Tag("slow")
class ConcurrentWritersTest {

    static final int SECONDS = Integer.getInteger("talkwatch.seconds", 30);
    static final int VIDEOS = 60; // 20 for each writer

    @TempDir
    Path temp;

    /** What one writer was told it did: the last rating and queue state per video, every note added. */
    static final class Acknowledged {
        final Map<String, Integer> halfStars = new HashMap<>();
        final Map<String, Boolean> queued = new HashMap<>();
        final List<String> notes = new ArrayList<>();
        int imports;
        int writes;
        final List<String> failures = new ArrayList<>();
    }

    @Test
    void everyAcknowledgedWriteOfThreeWritersIsThereAndNoneFails() throws Exception {
        Path catalog = temp.resolve("shared.db");
        CliRunner cli = new CliRunner(temp).with("TALKWATCH_DB", catalog.toString());
        Path first = Files.writeString(temp.resolve("first.json"), CrashSafetyTest.ytDlp("PLtalkwatchShared000000000000001", VIDEOS, 1));
        assertThat(cli.run("import", "--captured-at", "2026-01-01", first.toString()).exitCode()).isZero();
        int capturesBefore = count(catalog, "SELECT count(*) FROM capture");

        Database database = Database.openSqlite(catalog).pooled(4);
        Javalin app = WebApp.create(database, Clock.systemUTC(), new WebSettings(WebSettings.LOOPBACK, 0, null),
                WebApp.Defaults.none()).start();
        long end = System.nanoTime() + SECONDS * 1_000_000_000L;
        Acknowledged web = new Acknowledged();
        Acknowledged[] clis = {new Acknowledged(), new Acknowledged()};
        try {
            List<Thread> writers = new ArrayList<>();
            writers.add(Thread.ofPlatform().start(() -> webWriter(app.port(), 0, end, web)));
            for (int w = 0; w < 2; w++) {
                int writer = w;
                writers.add(Thread.ofPlatform().start(() -> cliWriter(catalog, writer + 1, end, clis[writer])));
            }
            for (Thread writer : writers) {
                writer.join();
            }
        } finally {
            app.stop();
        }

        List<Acknowledged> all = List.of(web, clis[0], clis[1]);
        for (Acknowledged writer : all) {
            assertThat(writer.failures).as("what a writer was told failed").isEmpty();
        }
        Map<String, Integer> ratings = map(catalog, "SELECT video_id, half_stars FROM rating");
        Map<String, Integer> queue = map(catalog, "SELECT video_id, position FROM queue_entry");
        List<String> notes = list(catalog, "SELECT text FROM note");
        for (Acknowledged writer : all) {
            writer.halfStars.forEach((video, stars) -> assertThat(ratings.get(video)).as("rating of " + video).isEqualTo(stars));
            writer.queued.forEach((video, queued) -> assertThat(queue.containsKey(video)).as("queue has " + video).isEqualTo(queued));
            assertThat(notes).containsAll(writer.notes);
        }
        assertThat(notes).doesNotHaveDuplicates();
        int imports = clis[0].imports + clis[1].imports;
        assertThat(count(catalog, "SELECT count(*) FROM capture")).isEqualTo(capturesBefore + imports);
        assertThat(list(catalog, "PRAGMA integrity_check")).containsExactly("ok");
        int writes = web.writes + clis[0].writes + clis[1].writes;
        System.out.printf("concurrent writers: %d s, %d writes acknowledged (web %d, CLI %d and %d, %d imports), none failed%n",
                SECONDS, writes, web.writes, clis[0].writes, clis[1].writes, imports);
        assertThat(web.writes).as("the web app kept writing").isGreaterThan(SECONDS);
        assertThat(imports).as("imports ran among the writes").isPositive();
    }

    static String video(int writer, int i) {
        return String.format("vid%08d", 1 + writer * (VIDEOS / 3) + i % (VIDEOS / 3));
    }

    private static void webWriter(int port, int writer, long end, Acknowledged done) {
        HttpClient client = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + port;
        Random random = new Random(writer);
        try {
            Matcher token = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"")
                    .matcher(client.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                            HttpResponse.BodyHandlers.ofString()).body());
            assertThat(token.find()).isTrue();
            String csrf = token.group(1);
            for (int i = 0; System.nanoTime() < end; i++) {
                String video = video(writer, random.nextInt(VIDEOS));
                int half = 1 + random.nextInt(10);
                String text = "web note " + i;
                boolean queued = random.nextBoolean();
                Map<String, String> form;
                String path;
                switch (i % 3) {
                    case 0 -> { path = "/videos/" + video + "/rating"; form = Map.of("stars", String.valueOf(half / 2.0)); }
                    case 1 -> { path = "/videos/" + video + "/notes"; form = Map.of("text", text); }
                    default -> { path = "/videos/" + video + "/queue"; form = Map.of("queued", String.valueOf(queued)); }
                }
                StringBuilder body = new StringBuilder("csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
                form.forEach((k, v) -> body.append('&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", base)
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() >= 400) {
                    done.failures.add(path + " -> " + response.statusCode() + " " + response.body());
                    continue;
                }
                done.writes++;
                switch (i % 3) {
                    case 0 -> done.halfStars.put(video, half);
                    case 1 -> done.notes.add(text);
                    default -> done.queued.put(video, queued);
                }
            }
        } catch (Exception e) {
            done.failures.add("web writer: " + e);
        }
    }

    private void cliWriter(Path catalog, int writer, long end, Acknowledged done) {
        Random random = new Random(writer);
        try {
            for (int i = 0; System.nanoTime() < end; i++) {
                String video = video(writer, random.nextInt(VIDEOS));
                int half = 1 + random.nextInt(10);
                String text = "cli " + writer + " note " + i;
                List<String> command = switch (i % 5) {
                    case 0 -> List.of("rate", video, String.valueOf(half / 2.0));
                    case 1 -> List.of("note", video, text);
                    case 2 -> List.of("queue", "add", video);
                    case 3 -> List.of("queue", "remove", video);
                    default -> {
                        // a capture of its own: a day of its own, counts of its own
                        Path file = Files.writeString(temp.resolve("w" + writer + "-" + i + ".json"),
                                CrashSafetyTest.ytDlp("PLtalkwatchShared000000000000001", VIDEOS, writer * 1000L + i));
                        yield List.of("import", "--captured-at",
                                java.time.LocalDate.of(2026, 2, 1).plusDays(writer * 200L + i).toString(), file.toString());
                    }
                };
                ProcessBuilder builder = new ProcessBuilder(child(catalog, command));
                builder.environment().put("HOME", temp.toString());
                builder.environment().remove("TALKWATCH_DB");
                builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
                Path err = temp.resolve("cli-" + writer + ".err");
                builder.redirectError(err.toFile());
                int exit = builder.start().waitFor();
                String said = Files.readString(err);
                boolean notQueued = command.get(0).equals("queue") && command.get(1).equals("remove") && exit != 0
                        && said.contains("not in the queue");
                if (notQueued) {
                    done.queued.put(video, false); // nothing to take out: it is not queued, as asked
                    continue;
                }
                if (exit != 0 || said.toLowerCase(java.util.Locale.ROOT).contains("locked")) {
                    done.failures.add(String.join(" ", command) + " -> " + exit + ": " + said);
                    continue;
                }
                done.writes++;
                switch (i % 5) {
                    case 0 -> done.halfStars.put(video, half);
                    case 1 -> done.notes.add(text);
                    case 2 -> done.queued.put(video, true);
                    case 3 -> done.queued.put(video, false);
                    default -> done.imports++;
                }
            }
        } catch (Exception e) {
            done.failures.add("CLI writer " + writer + ": " + e);
        }
    }

    private static List<String> child(Path catalog, List<String> command) {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), "dev.talkwatch.cli.Main", "--db", catalog.toString()));
        line.addAll(command);
        return line;
    }

    private static int count(Path catalog, String sql) throws Exception {
        return Integer.parseInt(list(catalog, sql).getFirst());
    }

    private static Map<String, Integer> map(Path catalog, String sql) throws Exception {
        Map<String, Integer> rows = new ConcurrentHashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + catalog);
                Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getInt(2));
            }
        }
        return rows;
    }

    private static List<String> list(Path catalog, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + catalog);
                Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return Collections.unmodifiableList(rows);
    }
}
