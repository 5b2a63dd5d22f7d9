package dev.talkwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkwatch.fetch.ReplayServer;
import dev.talkwatch.fetch.ManyPlaylists;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL at random moments: {@code import} of a large file, {@code refresh --all} against the
 * replay server, {@code restore} of a large backup, each in a process of its own, killed at
 * {@value #DEFAULT_KILLS} moments (-Dtalkwatch.kills=N for more, -Dtalkwatch.seed=S for others)
 * spread over the time the whole command takes. After every kill SQLite's integrity check passes, the catalog is as it was before
 * the command or as the whole command leaves it (each playlist, for refresh), and the ratings and
 * notes made before it are all there.
 */
@Tag("slow")
class CrashSafetyTest {

    static final int DEFAULT_KILLS = 30;
    static final int KILLS = Integer.getInteger("talkwatch.kills", DEFAULT_KILLS);
    static final long SEED = Long.getLong("talkwatch.seed", 20261204L);

    static final String COUNTS = "SELECT (SELECT count(*) FROM capture) || '/' || (SELECT count(*) FROM snapshot) || '/'"
            + " || (SELECT count(*) FROM video) || '/' || (SELECT count(*) FROM playlist_entry) || '/'"
            + " || (SELECT count(*) FROM imported_source)";
    static final String CURATION = "SELECT 'r ' || video_id || ' ' || half_stars FROM rating UNION ALL"
            + " SELECT 'n ' || video_id || ' ' || ordinal || ' ' || text FROM note UNION ALL"
            + " SELECT 'q ' || video_id || ' ' || position FROM queue_entry ORDER BY 1";

    @TempDir
    Path temp;

    private final ReplayServer server = new ReplayServer();
    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stop() {
        processes.forEach(Process::destroyForcibly);
        server.close();
    }

    @Test
    void anImportKilledAtAnyMomentLeavesTheCatalogBeforeOrAfter() throws Exception {
        Path big = temp.resolve("big.json");
        Files.writeString(big, ytDlp("PLtalkwatchCrash0000000000000001", 4_000, 7));
        Path base = temp.resolve("base.db");
        CliRunner cli = new CliRunner(temp).with("TALKWATCH_DB", base.toString());
        assertThat(cli.run("import", "--captured-at", "2026-11-01", Files.writeString(temp.resolve("small.json"),
                ytDlp("PLtalkwatchCrash0000000000000001", 300, 3)).toString()).exitCode()).isZero();
        curate(cli, "vid00000001", "vid00000002", "vid00000150");
        String curation = rows(base, CURATION);

        Path whole = copy(base, "whole.db");
        long took = runToEnd(whole, "import", "--captured-at", "2026-11-20", big.toString());
        String before = rows(base, COUNTS);
        String after = rows(whole, COUNTS);
        assertThat(after).isNotEqualTo(before);

        Set<String> seen = killRepeatedly(base, took, curation, List.of(before, after), COUNTS,
                "import", "--captured-at", "2026-11-20", big.toString());
        assertThat(seen).as("kills landed before the commit").contains(before);
    }

    @Test
    void aRefreshKilledAtAnyMomentLeavesEachPlaylistBeforeOrAfter() throws Exception {
        Path base = temp.resolve("base.db");
        CliRunner cli = new CliRunner(temp).with("TALKWATCH_DB", base.toString());
        for (int i = 1; i <= 12; i++) {
            String id = String.format("PLtalkwatchCrash%016d", i);
            Path file = Files.writeString(temp.resolve("p" + i + ".json"), ytDlp(id, 40, i));
            assertThat(cli.run("import", "--captured-at", "2026-11-01", file.toString()).exitCode()).isZero();
            ManyPlaylists.serve(server, id, Duration.ofMillis(120));
        }
        curate(cli, "vid00000001", "vid00000002", "vid00000003");
        String curation = rows(base, CURATION);
        String perPlaylist = "SELECT c.playlist_id || ' ' || count(DISTINCT c.id) || '/' || count(s.video_id) FROM capture c"
                + " LEFT JOIN snapshot s ON s.capture_id = c.id GROUP BY c.playlist_id ORDER BY 1";

        Path whole = copy(base, "whole.db");
        long took = runToEnd(whole, "refresh", "--all", "--quiet");
        List<String> before = rows(base, perPlaylist).lines().toList();
        List<String> after = rows(whole, perPlaylist).lines().toList();
        assertThat(after).hasSize(12).doesNotContainAnyElementsOf(before);

        Random random = new Random(SEED + 1);
        int between = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Path catalog = copy(base, "refresh-" + kill + ".db");
            killAt(child(catalog, "refresh", "--all", "--quiet"), (long) (random.nextDouble() * took));
            List<String> state = rows(catalog, perPlaylist).lines().toList();
            for (int p = 0; p < state.size(); p++) {
                assertThat(state.get(p)).as("kill %d, playlist %d", kill, p).isIn(before.get(p), after.get(p));
            }
            assertThat(rows(catalog, CURATION)).as("kill %d: the ratings and notes", kill).isEqualTo(curation);
            between += !state.equals(before) && !state.equals(after) ? 1 : 0;
        }
        System.out.printf("refresh: %d kills over %d ms: %d with some playlists refreshed and others not%n", KILLS, took, between);
        assertThat(between).as("some kills landed with some playlists refreshed and others not").isPositive();
    }

    @Test
    void aRestoreKilledAtAnyMomentLeavesAnEmptyCatalogOrTheWholeBackup() throws Exception {
        Path source = temp.resolve("source.db");
        CliRunner cli = new CliRunner(temp).with("TALKWATCH_DB", source.toString());
        Path big = Files.writeString(temp.resolve("big.json"), ytDlp("PLtalkwatchCrash0000000000000001", 3_000, 5));
        assertThat(cli.run("import", "--captured-at", "2026-11-01", big.toString()).exitCode()).isZero();
        curate(cli, "vid00000001", "vid00000002", "vid00000003");
        Path backup = temp.resolve("backup.json");
        assertThat(cli.run("export", "--all", backup.toString()).exitCode()).isZero();

        Path restored = temp.resolve("whole.db");
        long took = runToEnd(restored, "restore", backup.toString());
        String full = rows(restored, COUNTS) + "\n" + rows(restored, CURATION);
        String empty = "0/0/0/0/0\n\n";

        Random random = new Random(SEED + 2);
        int landed = 0;
        int whole = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Path catalog = temp.resolve("restore-" + kill + ".db");
            killAt(child(catalog, "restore", backup.toString()), moment(random, took));
            if (!Files.exists(catalog)) {
                continue; // killed before the catalog was made: nothing to be half of
            }
            // the catalog opens as talkwatch opens it (a migration cut short goes on), then holds all or nothing
            assertThat(new CliRunner(temp).with("TALKWATCH_DB", catalog.toString()).run("playlists").exitCode())
                    .as("kill %d: the catalog opens", kill).isZero();
            String state = rows(catalog, COUNTS) + "\n" + rows(catalog, CURATION);
            assertThat(state).as("kill %d", kill).isIn(empty, full);
            landed++;
            whole += state.equals(full) ? 1 : 0;
        }
        System.out.printf("restore: %d kills over %d ms: %d after the catalog was made, %d of them with the whole backup%n",
                KILLS, took, landed, whole);
        assertThat(landed).as("kills after the catalog was made").isPositive();
    }

    // A kill at each of KILLS random moments of a run that takes about `took` ms; each state seen is one of `states`.
    private Set<String> killRepeatedly(Path base, long took, String curation, List<String> states, String query,
            String... command) throws Exception {
        Random random = new Random(SEED);
        Set<String> seen = new java.util.TreeSet<>();
        Map<String, Integer> tally = new LinkedHashMap<>();
        for (int kill = 0; kill < KILLS; kill++) {
            Path catalog = copy(base, "kill-" + kill + ".db");
            long at = moment(random, took);
            killAt(child(catalog, command), at);
            String state = rows(catalog, query);
            assertThat(state).as("kill %d after %d ms", kill, at).isIn(states);
            assertThat(rows(catalog, CURATION)).as("kill %d: the ratings and notes", kill).isEqualTo(curation);
            seen.add(state);
            tally.merge(state.equals(states.getFirst()) ? "before" : "after", 1, Integer::sum);
        }
        System.out.printf("%s: %d kills over %d ms: %s%n", command[0], KILLS, took, tally);
        return seen;
    }

    // A moment in a run that takes `took` ms: from a third in (the JVM's start is the first third or so) to just past its end.
    private static long moment(Random random, long took) {
        return took / 3 + (long) (random.nextDouble() * (took * 0.72));
    }

    private static void curate(CliRunner cli, String... videos) {
        for (int i = 0; i < videos.length; i++) {
            assertThat(cli.run("rate", videos[i], String.valueOf(1 + i)).exitCode()).isZero();
            assertThat(cli.run("note", videos[i], "note " + i + " on " + videos[i]).exitCode()).isZero();
            assertThat(cli.run("queue", "add", videos[i]).exitCode()).isZero();
        }
    }

    /** A yt-dlp flat playlist of {@code videos} videos vid00000001…, its counts drawn from {@code seed}. */
    static String ytDlp(String playlistId, int videos, long seed) {
        Random random = new Random(seed);
        StringBuilder json = new StringBuilder("{\"_type\": \"playlist\", \"id\": \"" + playlistId
                + "\", \"title\": \"Crash Conference " + playlistId.substring(playlistId.length() - 2) + "\", \"channel\": \"Crash\","
                + " \"entries\": [");
        for (int i = 1; i <= videos; i++) {
            json.append(i == 1 ? "" : ", ").append("{\"_type\": \"url\", \"id\": \"").append(String.format("vid%08d", i))
                    .append("\", \"title\": \"Talks - Speaker ").append(i).append(": Talk number ").append(i)
                    .append("\", \"duration\": 1800, \"view_count\": ").append(random.nextInt(100_000)).append('}');
        }
        return json.append("]}").toString();
    }

    private Path copy(Path base, String name) throws Exception {
        Path copy = temp.resolve(name);
        Files.copy(base, copy);
        for (String suffix : List.of("-wal", "-shm")) {
            Path side = base.resolveSibling(base.getFileName() + suffix);
            if (Files.exists(side)) {
                Files.copy(side, copy.resolveSibling(copy.getFileName() + suffix));
            }
        }
        return copy;
    }

    private Process child(Path catalog, String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "dev.talkwatch.cli.Main", "--db", catalog.toString()));
        line.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line);
        builder.environment().put("TALKWATCH_YOUTUBE_URL", server.url());
        builder.environment().put("HOME", temp.toString());
        builder.environment().remove("TALKWATCH_DB");
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.redirectError(temp.resolve("child.err").toFile());
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    // Runs the command to its end on `catalog`; how long it took, in ms.
    private long runToEnd(Path catalog, String... command) throws Exception {
        long start = System.nanoTime();
        int exit = child(catalog, command).waitFor();
        assertThat(exit).as(Files.readString(temp.resolve("child.err"))).isZero();
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void killAt(Process process, long millis) throws Exception {
        Thread.sleep(millis);
        process.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
        process.waitFor();
    }

    // The rows of `sql`, one a line, after SQLite's integrity check has passed.
    static String rows(Path catalog, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + catalog);
                Statement statement = connection.createStatement()) {
            try (ResultSet check = statement.executeQuery("PRAGMA integrity_check")) {
                assertThat(check.next() ? check.getString(1) : "").as("integrity of " + catalog).isEqualTo("ok");
            }
            StringBuilder rows = new StringBuilder();
            try (ResultSet rs = statement.executeQuery(sql)) {
                while (rs.next()) {
                    rows.append(rs.getString(1)).append('\n');
                }
            }
            return rows.toString();
        }
    }
}
