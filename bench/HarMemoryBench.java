import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * The memory target of issue "every source": importing a 200 MB HAR works with -Xmx256m.
 *
 * Writes a HAR of a browser session on a long playlist (the playlist page, 60 browse continuation
 * responses of 100 videos each, and megabytes of images and scripts around them, as a real session
 * has), then imports it with the built talkwatch jar in a JVM limited to 256 MB of heap, and checks
 * that all 6,100 videos arrived. Run: java bench/HarMemoryBench.java [target/talkwatch.jar] [MB]
 */
public class HarMemoryBench {

    static final String PLAYLIST = "PLbenchHarMemory000000000000000001";

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "target/talkwatch.jar");
        long targetBytes = (args.length > 1 ? Long.parseLong(args[1]) : 200) * 1024 * 1024;
        Path work = Files.createTempDirectory("talkwatch-bench");
        Path har = work.resolve("session.har");
        int videos = write(har, targetBytes);
        System.out.printf("wrote %s: %,d bytes, %,d videos%n", har, Files.size(har), videos);

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx256m", "--enable-native-access=ALL-UNNAMED", "-jar", jar.toString(),
                "--db", work.resolve("bench.db").toString(), "import", har.toString());
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.print(output);
        System.out.printf("import with -Xmx256m: exit %d in %.1f s%n", exit, seconds);
        boolean ok = exit == 0 && output.contains(": " + videos + " videos;");
        deleteAll(work);
        System.out.println(ok ? "PASS: a " + (targetBytes >> 20) + " MB HAR imports in 256 MB of heap"
                : "FAIL: the import did not bring all " + videos + " videos within 256 MB of heap");
        System.exit(ok ? 0 : 1);
    }

    static int write(Path har, long targetBytes) throws IOException {
        Random random = new Random(256);
        int pages = 60;
        int perPage = 100;
        try (BufferedWriter out = Files.newBufferedWriter(har, StandardCharsets.UTF_8)) {
            out.write("{\"log\":{\"version\":\"1.2\",\"creator\":{\"name\":\"WebInspector\",\"version\":\"537.36\"},\"entries\":[");
            String page = "<!DOCTYPE html><html><head><title>Bench - YouTube</title></head><body><script>var ytInitialData = "
                    + browse(0, perPage, true, true) + ";</script></body></html>";
            entry(out, "https://www.youtube.com/playlist?list=" + PLAYLIST, "text/html", page, false, true);
            long written = page.length();
            byte[] noise = new byte[768 * 1024];
            for (int p = 1; p <= pages; p++) {
                // images and scripts between the pages, as a real session has
                for (int n = 0; n < 3; n++) {
                    random.nextBytes(noise);
                    String image = Base64.getEncoder().encodeToString(noise);
                    entry(out, "https://i.ytimg.com/vi/bench" + p + n + "/hqdefault.jpg", "image/jpeg", image, true, false);
                    written += image.length();
                }
                String body = browse(p * perPage, perPage, false, p < pages);
                entry(out, "https://www.youtube.com/youtubei/v1/browse?prettyPrint=false", "application/json", body, false, false);
                written += body.length();
            }
            while (written < targetBytes) {
                random.nextBytes(noise);
                String script = Base64.getEncoder().encodeToString(noise);
                entry(out, "https://www.youtube.com/s/player/bench/base.js", "text/javascript", script, true, false);
                written += script.length();
            }
            out.write("]}}");
        }
        return (pages + 1) * perPage;
    }

    static void entry(BufferedWriter out, String url, String mime, String text, boolean base64, boolean first)
            throws IOException {
        out.write(first ? "" : ",");
        out.write("{\"startedDateTime\":\"2026-11-25T12:00:00.000Z\",\"time\":10,\"request\":{\"method\":\"GET\",\"url\":\"");
        out.write(url);
        out.write("\",\"httpVersion\":\"h2\",\"headers\":[],\"queryString\":[],\"cookies\":[],\"headersSize\":-1,\"bodySize\":0},");
        out.write("\"response\":{\"status\":200,\"statusText\":\"\",\"httpVersion\":\"h2\",\"headers\":[],\"cookies\":[],");
        out.write("\"content\":{\"size\":" + text.length() + ",\"mimeType\":\"" + mime + "\",");
        if (base64) {
            out.write("\"encoding\":\"base64\",");
        }
        out.write("\"text\":");
        out.write(quote(text));
        out.write("},\"redirectURL\":\"\",\"headersSize\":-1,\"bodySize\":-1},\"cache\":{},\"timings\":{\"send\":0,\"wait\":9,\"receive\":1}}");
    }

    static String browse(int offset, int count, boolean firstPage, boolean more) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int position = offset + i + 1;
            String id = String.format("b%010d", position);
            items.add("{\"playlistVideoRenderer\":{\"videoId\":\"" + id + "\",\"title\":{\"runs\":[{\"text\":\"Talks - Ana Smith "
                    + position + ": A talk about benchmarks number " + position + "\"}]},\"index\":{\"simpleText\":\"" + position
                    + "\"},\"shortBylineText\":{\"runs\":[{\"text\":\"Bench Conf\"}]},\"lengthSeconds\":\"1800\","
                    + "\"navigationEndpoint\":{\"commandMetadata\":{\"webCommandMetadata\":{\"url\":\"/watch?v=" + id + "&list="
                    + PLAYLIST + "&index=" + position + "\"}},\"watchEndpoint\":{\"videoId\":\"" + id + "\",\"playlistId\":\""
                    + PLAYLIST + "\",\"index\":" + (position - 1) + "}},\"videoInfo\":{\"runs\":[{\"text\":\"" + (position % 900 + 1)
                    + ".2K views\"},{\"text\":\" • \"},{\"text\":\"1 year ago\"}]}}}");
        }
        if (more) {
            items.add("{\"continuationItemRenderer\":{\"continuationEndpoint\":{\"continuationCommand\":{\"token\":\"t" + offset + "\"}}}}");
        }
        String list = String.join(",", items);
        if (firstPage) {
            return "{\"contents\":{\"twoColumnBrowseResultsRenderer\":{\"tabs\":[{\"tabRenderer\":{\"content\":{\"sectionListRenderer\":"
                    + "{\"contents\":[{\"itemSectionRenderer\":{\"contents\":[{\"playlistVideoListRenderer\":{\"contents\":[" + list
                    + "]}}]}}]}}}}]}},\"metadata\":{\"playlistMetadataRenderer\":{\"title\":\"Bench Conf\"}},"
                    + "\"microformat\":{\"microformatDataRenderer\":{\"urlCanonical\":\"https://www.youtube.com/playlist?list=" + PLAYLIST + "\"}}}";
        }
        return "{\"responseContext\":{},\"onResponseReceivedActions\":[{\"appendContinuationItemsAction\":{\"continuationItems\":["
                + list + "]}}]}";
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    static void deleteAll(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
