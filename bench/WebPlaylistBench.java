import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The speed target of the web app: the playlist screen is fast with 5,000 videos.
 *
 * Writes three captures a week apart of a 5,000-video playlist (so every row has a trend), imports
 * them with the built talkwatch jar, starts talkwatch serve, and times the playlist screen sorted by
 * views, sorted by trend, and filtered by text: the median of 10 requests each must stay under the
 * target. Run: java bench/WebPlaylistBench.java [target/talkwatch.jar] [videos] [target ms]
 */
public class WebPlaylistBench {

    static final String PLAYLIST = "PLbenchWebPlaylist0000000000000001";
    static final String[] TRACKS = {"Talks", "Tutorials", "Keynote", "Lightning Talks", "Sponsor Presentations"};

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "target/talkwatch.jar");
        int videos = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        long targetMillis = args.length > 2 ? Long.parseLong(args[2]) : 1000;
        Path work = Files.createTempDirectory("talkwatch-web-bench");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path db = work.resolve("bench.db");
        String[] dates = {"2026-11-01", "2026-11-08", "2026-11-15"};
        for (int week = 0; week < dates.length; week++) {
            Path file = work.resolve("week-" + week + ".json");
            write(file, videos, week);
            run(List.of(java, "--enable-native-access=ALL-UNNAMED", "-jar", jar.toString(), "--db", db.toString(),
                    "import", file.toString(), "--captured-at", dates[week]));
        }
        System.out.printf("imported %,d videos in %d captures%n", videos, dates.length);

        Process server = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-jar", jar.toString(), "--db",
                db.toString(), "serve", "--port", "0").redirectErrorStream(true).start();
        boolean ok = true;
        try {
            String base = url(server);
            HttpClient client = HttpClient.newHttpClient();
            for (String query : List.of("?sort=views", "?sort=trend", "?q=talk%20speaker%201")) {
                String path = "/playlists/" + PLAYLIST + query;
                List<Long> times = new ArrayList<>();
                int rows = 0;
                for (int i = 0; i < 11; i++) {
                    long start = System.nanoTime();
                    HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path.substring(1)))
                            .build(), HttpResponse.BodyHandlers.ofString());
                    long millis = (System.nanoTime() - start) / 1_000_000;
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(path + " answered " + response.statusCode());
                    }
                    rows = response.body().split("<tr data-video=", -1).length - 1;
                    if (i > 0) {
                        times.add(millis); // the first request warms the JVM up
                    }
                }
                times.sort(Comparator.naturalOrder());
                long median = times.get(times.size() / 2);
                boolean fast = median <= targetMillis;
                ok &= fast && rows > 0;
                System.out.printf(Locale.ROOT, "%-28s %,5d rows: median %,d ms (min %,d, max %,d) %s%n", query, rows, median,
                        times.getFirst(), times.getLast(), fast ? "ok" : "TOO SLOW");
            }
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
            deleteAll(work);
        }
        System.out.println(ok ? "PASS: the playlist screen answers within " + targetMillis + " ms with " + videos + " videos"
                : "FAIL: the playlist screen is slower than " + targetMillis + " ms with " + videos + " videos");
        System.exit(ok ? 0 : 1);
    }

    static String url(Process server) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        Pattern url = Pattern.compile("at (http://\\S+)");
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            Matcher m = url.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new IllegalStateException("talkwatch serve printed no URL");
    }

    // One browse response holding the whole playlist, its counts grown by the week.
    static void write(Path file, int videos, int week) throws IOException {
        Random random = new Random(5000);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"contents\":{\"twoColumnBrowseResultsRenderer\":{\"tabs\":[{\"tabRenderer\":{\"content\":"
                    + "{\"sectionListRenderer\":{\"contents\":[{\"itemSectionRenderer\":{\"contents\":[{\"playlistVideoListRenderer\":"
                    + "{\"playlistId\":\"" + PLAYLIST + "\",\"contents\":[");
            for (int i = 1; i <= videos; i++) {
                long base = (long) Math.pow(10, 1 + random.nextDouble() * 5);
                long views = base + base * week * (5 + random.nextInt(20)) / 100;
                String id = String.format(Locale.ROOT, "v%010d", i);
                String title = TRACKS[i % TRACKS.length] + " - Speaker " + i + ", Speaker " + (i + 7) + ": Talk number " + i;
                out.write((i > 1 ? "," : "") + "{\"playlistVideoRenderer\":{\"videoId\":\"" + id + "\",\"title\":{\"runs\":[{\"text\":\""
                        + title + "\"}]},\"index\":{\"simpleText\":\"" + i + "\"},\"lengthSeconds\":\"" + (900 + i % 2700)
                        + "\",\"videoInfo\":{\"runs\":[{\"text\":\"" + String.format(Locale.US, "%,d", views)
                        + " views\"},{\"text\":\" • \"},{\"text\":\"" + (3 + week) + " weeks ago\"}]},"
                        + "\"navigationEndpoint\":{\"watchEndpoint\":{\"videoId\":\"" + id + "\",\"playlistId\":\"" + PLAYLIST
                        + "\",\"index\":" + (i - 1) + "}}}}");
            }
            out.write("]}}]}}]}}}}]}},\"metadata\":{\"playlistMetadataRenderer\":{\"title\":\"Bench Conf\"}},"
                    + "\"microformat\":{\"microformatDataRenderer\":{\"urlCanonical\":\"http://www.youtube.com/playlist?list="
                    + PLAYLIST + "\"}}}");
        }
    }

    static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }

    static void deleteAll(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
