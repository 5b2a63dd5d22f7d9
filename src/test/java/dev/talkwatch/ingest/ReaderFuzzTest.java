package dev.talkwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkwatch.Fixtures;
import dev.talkwatch.catalog.TalkwatchException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Seeded mutation of real inputs, for every reader: truncation, flipped bytes, deleted braces,
 * deep nesting, huge strings, other encodings, NUL bytes, an image in place of text. The only
 * outcomes allowed are what an import would take in, or one {@link TalkwatchException}; any other
 * exception, an error (out of memory, stack overflow) or a case that runs past its time fails.
 * The default build tries {@value #QUICK} cases a reader; {@code mvn verify -Pfuzz} tries
 * 100,000 a reader, at -Xmx256m ({@code -Dtalkwatch.fuzz.cases=N}, {@code -Dtalkwatch.fuzz.seed=S},
 * {@code -Dtalkwatch.fuzz.threads=T} for cases side by side, each sharing the heap,
 * {@code -Dtalkwatch.fuzz.readers=yt-dlp,post} for some readers only).
 * The seeds are this project's fixtures, and the shared recordings where they are present.
 */
class ReaderFuzzTest {

    static final int QUICK = 300;
    static final int CASES = Integer.getInteger("talkwatch.fuzz.cases", QUICK);
    static final long SEED = Long.getLong("talkwatch.fuzz.seed", 1204L);
    static final long CASE_SECONDS = 20;

    static final Map<SourceFormat, List<String>> FIXTURES = new EnumMap<>(Map.of(
            SourceFormat.YOUTUBE_PAGE, List.of("ingest/page/classic-complete.html", "ingest/page/lockup-var-marker.html",
                    "ingest/page/escaped-string.html", "ingest/page/first-page-continues.html"),
            SourceFormat.RENDERED_PAGE, List.of("ingest/rendered/lockup-playlist.html", "ingest/rendered/scrolled-playlist.html"),
            SourceFormat.YOUTUBE_BROWSE, List.of("ingest/browse/first-page.json", "ingest/browse/lockup-first-page.json",
                    "ingest/browse/continuation-last.json", "fetch/classic/page-2.json"),
            SourceFormat.HAR, List.of("ingest/har/playlist-session.har", "ingest/har/without-content.har"),
            SourceFormat.SNIPPET, List.of("ingest/snippet/console-output.txt"),
            SourceFormat.YTDLP, List.of("ingest/ytdlp/flat-playlist.json", "ingest/ytdlp/flat-playlist.jsonl"),
            SourceFormat.DATA_API, List.of("ingest/dataapi/playlist-items-1.json", "ingest/dataapi/videos.json"),
            SourceFormat.POST, List.of("ingest/post/recap-august.md", "ingest/post/recap-september.md", "cli/demo-post.md"),
            SourceFormat.TAKEOUT, List.of("ingest/takeout/watch-history.json"),
            SourceFormat.PYVIDEO, List.of("ingest/pyvideo/pycon-fixture/videos/introduction-to-ibis.json",
                    "ingest/pyvideo/pycon-fixture/videos/keynote-simon-willison.json")));

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @EnumSource(SourceFormat.class)
    void everyMutationIsReadOrRefusedInOneLine(SourceFormat format) throws Exception {
        String only = System.getProperty("talkwatch.fuzz.readers", "");
        org.junit.jupiter.api.Assumptions.assumeTrue(only.isBlank() || java.util.List.of(only.split(",")).contains(format.id()),
                "not among -Dtalkwatch.fuzz.readers=" + only);
        List<byte[]> seeds = seeds(format);
        assertThat(seeds).as("seeds for " + format).isNotEmpty();
        // one case at a time by default: each has the heap to itself, as one import in a JVM of 256 MB has
        int threads = Integer.getInteger("talkwatch.fuzz.threads", 1);
        AtomicLong read = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            workers.add(Thread.ofPlatform().start(() -> {
                Random random = new Random(SEED * 31 + format.ordinal() * 1_000_003L + thread);
                ExecutorService runner = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon().unstarted(r));
                for (int i = thread; i < CASES && failures.size() < 5; i += threads) {
                    byte[] input = mutate(seeds.get(random.nextInt(seeds.size())), seeds, random);
                    int number = i;
                    Future<Boolean> outcome = runner.submit(() -> readOrRefuse(format, input, thread, number));
                    try {
                        (outcome.get(CASE_SECONDS, TimeUnit.SECONDS) ? read : refused).incrementAndGet();
                    } catch (TimeoutException e) {
                        outcome.cancel(true);
                        runner.shutdownNow();
                        runner = Executors.newSingleThreadExecutor(r -> Thread.ofPlatform().daemon().unstarted(r));
                        failures.add("case " + i + " ran past " + CASE_SECONDS + " s: " + describe(input));
                    } catch (java.util.concurrent.ExecutionException e) {
                        failures.add("case " + i + " (" + describe(input) + "): " + e.getCause());
                        e.getCause().printStackTrace();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                runner.shutdownNow();
            }));
        }
        for (Thread worker : workers) {
            worker.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("fuzz %s: %,d cases in %.1f s (%,d read, %,d refused in one line) from %d seeds, %d threads, max heap %d MB%n",
                format.id(), read.get() + refused.get(), seconds, read.get(), refused.get(), seeds.size(), threads,
                Runtime.getRuntime().maxMemory() >> 20);
        assertThat(failures).isEmpty();
        assertThat(read.get() + refused.get()).isEqualTo(CASES);
        assertThat(refused.get()).as("the mutations broke some inputs").isPositive();
    }

    // True when the input was read as an import would take it in, false when refused in one line.
    private boolean readOrRefuse(SourceFormat format, byte[] input, int thread, int i) throws IOException {
        Source source = format == SourceFormat.PYVIDEO ? pyvideoFolder(input, thread, i)
                : Source.bytes("fuzz-" + i, input, Instant.parse("2026-12-04T00:00:00Z"));
        try {
            SourceFormat detected = new SourceDetector().detect(source);
            SourceContent content = Importer.content(source, detected, new ImportProblems(source.name()));
            assertThat(content.isEmpty()).isFalse();
            return true;
        } catch (TalkwatchException e) {
            String message = e.getMessage();
            assertThat(message).as("one line").doesNotContain("\n").isNotBlank()
                    .doesNotContain("Exception").doesNotContain("StreamReadConstraints").doesNotContain("jackson");
            return false;
        }
    }

    // A pyvideo event folder whose first talk's file is the input.
    private Source pyvideoFolder(byte[] input, int thread, int i) throws IOException {
        Path folder = temp.resolve("pyvideo-" + thread);
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder.resolve("videos"));
            Files.copy(Fixtures.path("ingest/pyvideo/pycon-fixture/category.json"), folder.resolve("category.json"));
            Files.copy(Fixtures.path("ingest/pyvideo/pycon-fixture/videos/lightning-talks-1.json"),
                    folder.resolve("videos/lightning-talks-1.json"));
        }
        Files.write(folder.resolve("videos/talk.json"), input);
        return Source.file(folder);
    }

    static List<byte[]> seeds(SourceFormat format) throws IOException {
        List<byte[]> seeds = new ArrayList<>();
        for (String fixture : FIXTURES.getOrDefault(format, List.of())) {
            seeds.add(Files.readAllBytes(Fixtures.path(fixture)));
        }
        Path shared = Path.of(System.getProperty("talkwatch.shared.fixtures", "../shared/fixtures"), "youtube");
        if (Files.isDirectory(shared) && format != SourceFormat.PYVIDEO) {
            try (Stream<Path> files = Files.walk(shared)) {
                for (Path file : files.filter(Files::isRegularFile).filter(f -> size(f) < 300_000).sorted().toList()) {
                    byte[] bytes = Files.readAllBytes(file);
                    try {
                        if (new SourceDetector().detect(Source.bytes(file.toString(), bytes, Instant.EPOCH)) == format) {
                            seeds.add(bytes);
                        }
                    } catch (TalkwatchException notOneOfTheFormats) {
                        // a recording of something else (a README, a player response)
                    }
                }
            }
        }
        return seeds;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One to three mutations of {@code seed}. */
    static byte[] mutate(byte[] seed, List<byte[]> seeds, Random random) {
        byte[] data = seed;
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            data = once(data, seeds, random);
        }
        return data;
    }

    private static byte[] once(byte[] data, List<byte[]> seeds, Random random) {
        int length = data.length;
        int at = length == 0 ? 0 : random.nextInt(length);
        return switch (random.nextInt(16)) {
            case 0 -> Arrays.copyOf(data, at); // truncated anywhere
            case 1 -> Arrays.copyOf(data, boundary(data, at, "\"{}[]<>\n,:", random)); // at a token's edge
            case 2 -> flip(data, random, 1 + random.nextInt(8));
            case 3 -> delete(data, random, "{}[]\"<>");
            case 4 -> insert(data, at, ("[".repeat(1 + random.nextInt(100_000))).getBytes(StandardCharsets.US_ASCII));
            case 5 -> insert(data, at, ("{\"a\":".repeat(1 + random.nextInt(20_000))).getBytes(StandardCharsets.US_ASCII));
            case 6 -> random.nextInt(20) == 0 ? insert(data, at, "x".repeat(10_000_000).getBytes(StandardCharsets.US_ASCII))
                    : insert(data, at, "é\\u0000\\ud800𝄞".repeat(1 + random.nextInt(50_000)).getBytes(StandardCharsets.UTF_8));
            case 7 -> new String(data, StandardCharsets.UTF_8).getBytes(random.nextBoolean() ? StandardCharsets.UTF_16
                    : random.nextBoolean() ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
            case 8 -> new String(data, StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1);
            case 9 -> insert(data, at, new byte[] {0});
            case 10 -> random.nextBoolean() ? PNG.clone() : insert(PNG, PNG.length, Arrays.copyOf(data, Math.min(length, 4096)));
            case 11 -> splice(data, seeds.get(random.nextInt(seeds.size())), random);
            case 12 -> insert(data, at, Arrays.copyOfRange(data, at, Math.min(length, at + random.nextInt(4096) + 1)));
            case 13 -> replaceDigits(data, random);
            case 14 -> insert(data, at, new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xc3, (byte) 0x28, (byte) 0xed, (byte) 0xa0, (byte) 0x80});
            default -> new byte[0];
        };
    }

    private static int boundary(byte[] data, int from, String marks, Random random) {
        for (int i = from; i < data.length; i++) {
            if (marks.indexOf(data[i]) >= 0) {
                return Math.min(data.length, i + random.nextInt(2));
            }
        }
        return data.length;
    }

    private static byte[] flip(byte[] data, Random random, int count) {
        byte[] copy = data.clone();
        for (int i = 0; i < count && copy.length > 0; i++) {
            copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return copy;
    }

    private static byte[] delete(byte[] data, Random random, String marks) {
        List<Integer> places = new ArrayList<>();
        for (int i = 0; i < data.length; i++) {
            if (marks.indexOf(data[i]) >= 0) {
                places.add(i);
            }
        }
        if (places.isEmpty()) {
            return data;
        }
        int at = places.get(random.nextInt(places.size()));
        byte[] copy = new byte[data.length - 1];
        System.arraycopy(data, 0, copy, 0, at);
        System.arraycopy(data, at + 1, copy, at, data.length - at - 1);
        return copy;
    }

    private static byte[] insert(byte[] data, int at, byte[] more) {
        byte[] copy = new byte[data.length + more.length];
        System.arraycopy(data, 0, copy, 0, at);
        System.arraycopy(more, 0, copy, at, more.length);
        System.arraycopy(data, at, copy, at + more.length, data.length - at);
        return copy;
    }

    private static byte[] splice(byte[] data, byte[] other, Random random) {
        int cut = data.length == 0 ? 0 : random.nextInt(data.length);
        int from = other.length == 0 ? 0 : random.nextInt(other.length);
        byte[] copy = Arrays.copyOf(data, cut + other.length - from);
        System.arraycopy(other, from, copy, cut, other.length - from);
        return copy;
    }

    // A run of digits made huge, negative or fractional: counts, positions, durations, timestamps.
    private static byte[] replaceDigits(byte[] data, Random random) {
        String text = new String(data, StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher digits = java.util.regex.Pattern.compile("\\d+").matcher(text);
        List<int[]> runs = new ArrayList<>();
        while (digits.find()) {
            runs.add(new int[] {digits.start(), digits.end()});
        }
        if (runs.isEmpty()) {
            return data;
        }
        int[] run = runs.get(random.nextInt(runs.size()));
        String[] values = {"99999999999999999999999", "-1", "0", "1e308", "2147483648", "-9223372036854775809", "1.5", "NaN"};
        return (text.substring(0, run[0]) + values[random.nextInt(values.length)] + text.substring(run[1]))
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String describe(byte[] input) {
        String start = new String(input, 0, Math.min(60, input.length), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        return input.length + " bytes, starting '" + start + "'";
    }
}
