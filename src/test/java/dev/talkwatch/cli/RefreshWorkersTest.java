package dev.talkwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkwatch.fetch.ManyPlaylists;
import dev.talkwatch.fetch.ReplayServer;
import dev.talkwatch.store.CatalogStore;
import dev.talkwatch.store.Database;
import dev.talkwatch.store.Engine;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several refresh processes on one PostgreSQL catalog, as on several machines: three processes of
 * two workers each share one round of fifty playlists served by the replay server, and one of them
 * is killed (SIGKILL) while it holds a playlist. Every playlist is still refreshed exactly once.
 */
@Tag("slow")
class RefreshWorkersTest {

    private static final int PLAYLISTS = 50;

    @TempDir
    Path temp;

    private final ReplayServer server = new ReplayServer();
    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stop() {
        processes.forEach(Process::destroyForcibly);
        server.close();
    }

    private static String id(int i) {
        return "PLtalkwatchWorkers" + String.format("%016d", i);
    }

    private Process worker(String location, int number) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                "dev.talkwatch.cli.Main", "--db", location, "refresh", "--all", "--workers", "2", "--lease", "3", "--quiet");
        builder.environment().put("TALKWATCH_YOUTUBE_URL", server.url());
        builder.environment().put("HOME", temp.toString());
        builder.environment().remove("TALKWATCH_DB");
        builder.redirectOutput(temp.resolve("worker-" + number + ".out").toFile());
        builder.redirectError(temp.resolve("worker-" + number + ".err").toFile());
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    private static Map<String, Long> rows(String location, String sql) throws Exception {
        String name = location.substring(location.lastIndexOf('/') + 1);
        String port = location.replaceFirst(".*:(\\d+)/.*", "$1");
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + name, "postgres", "");
                Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getLong(2));
            }
        }
        return rows;
    }

    @Test
    void threeWorkerProcessesOneKilledMidRoundRefreshEveryPlaylistExactlyOnce() throws Exception {
        String location = Engine.POSTGRESQL.location(temp);
        Database database = Database.open(location, Engine.environment());
        new CatalogStore(database).inTransaction(writer -> {
            for (int i = 1; i <= PLAYLISTS; i++) {
                writer.upsertPlaylist(id(i), "Conference " + i, "PyCon US", null, Instant.parse("2026-11-01T00:00:00Z"));
            }
            return null;
        });
        for (int i = 1; i <= PLAYLISTS; i++) {
            ManyPlaylists.serve(server, id(i), Duration.ofMillis(250));
        }

        Process first = worker(location, 1);
        Process doomed = worker(location, 2);
        Process third = worker(location, 3);
        // kill the second once it holds a playlist and some are done
        String victim = doomed.pid() + "@";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Map<String, Long> state = rows(location, "SELECT 'held', COUNT(*) FROM refresh_job WHERE done_at IS NULL"
                    + " AND worker LIKE '" + victim + "%' UNION ALL SELECT 'done', COUNT(*) FROM refresh_job WHERE done_at IS NOT NULL");
            if (state.getOrDefault("held", 0L) > 0 && state.getOrDefault("done", 0L) >= 5) {
                break;
            }
            Thread.sleep(20);
        }
        Map<String, Long> held = rows(location, "SELECT playlist_id, attempts FROM refresh_job WHERE done_at IS NULL"
                + " AND worker LIKE '" + victim + "%'");
        doomed.destroyForcibly().waitFor();

        assertThat(held).as("the killed worker held playlists").isNotEmpty();
        assertThat(first.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(third.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).as(java.nio.file.Files.readString(temp.resolve("worker-1.err"))).isZero();
        assertThat(third.exitValue()).as(java.nio.file.Files.readString(temp.resolve("worker-3.err"))).isZero();

        Map<String, Long> captures = rows(location, "SELECT p.id, COUNT(c.id) FROM playlist p"
                + " LEFT JOIN capture c ON c.playlist_id = p.id GROUP BY p.id");
        assertThat(captures).hasSize(PLAYLISTS);
        assertThat(captures.values()).as("one capture per playlist: refreshed once, none twice").containsOnly(1L);
        assertThat(rows(location, "SELECT 'snapshots', COUNT(*) FROM snapshot").get("snapshots"))
                .as("no snapshot stored twice").isEqualTo(rows(location, "SELECT 'entries', COUNT(*) FROM capture_entry")
                        .get("entries"));
        assertThat(rows(location, "SELECT 'open', COUNT(*) FROM refresh_job WHERE done_at IS NULL OR failure IS NOT NULL")
                .get("open")).isZero();
        assertThat(rows(location, "SELECT 'rounds', COUNT(*) FROM refresh_round").get("rounds")).isEqualTo(1);
        // what the killed worker held was taken over by another
        for (String playlist : held.keySet()) {
            Map<String, Long> job = rows(location, "SELECT worker, attempts FROM refresh_job WHERE playlist_id = '" + playlist + "'");
            assertThat(job.keySet()).noneMatch(worker -> worker.startsWith(victim));
            assertThat(job.values()).allMatch(attempts -> attempts >= 2);
        }
        Map<String, Long> byWorker = rows(location, "SELECT split_part(worker, '/', 1), COUNT(*) FROM refresh_job GROUP BY 1");
        assertThat(byWorker.keySet()).as("both survivors worked").contains(first.pid() + "@" + host(), third.pid() + "@" + host());
    }

    @Test
    void workersOfOneProcessShareTheRoundOnSqliteToo() throws Exception {
        String location = Engine.SQLITE.location(temp);
        new CatalogStore(Database.open(location, Engine.environment())).inTransaction(writer -> {
            for (int i = 1; i <= 12; i++) {
                writer.upsertPlaylist(id(i), "Conference " + i, "PyCon US", null, Instant.parse("2026-11-01T00:00:00Z"));
            }
            return null;
        });
        for (int i = 1; i <= 12; i++) {
            ManyPlaylists.serve(server, id(i), Duration.ofMillis(50));
        }
        CliRunner cli = new CliRunner(temp).with("TALKWATCH_DB", location).with("TALKWATCH_YOUTUBE_URL", server.url());

        CliRunner.Result result = cli.run("refresh", "--all", "--workers", "4");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).as(result.out()).contains("refreshed 12 of 12 playlists");
        assertThat(result.out().lines().filter(line -> line.startsWith("refreshed 'PyCon Fixture 2026' (PLtalkwatchWorkers"))).as(result.out()).hasSize(12);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + location);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT COUNT(*), COUNT(DISTINCT playlist_id) FROM capture")) {
            assertThat(rs.getLong(1)).isEqualTo(12);
            assertThat(rs.getLong(2)).isEqualTo(12);
        }
        // the next run is a round of its own
        assertThat(cli.run("refresh", "--all", "--workers", "2").out()).contains("refreshed 12 of 12 playlists");
        assertThat(cli.run("--help").exitCode()).isZero();
        assertThat(cli.run("refresh", "--workers", "0").err()).contains("--workers must be 1 to 64, was 0");
    }

    private static String host() throws Exception {
        return java.net.InetAddress.getLocalHost().getHostName();
    }
}
