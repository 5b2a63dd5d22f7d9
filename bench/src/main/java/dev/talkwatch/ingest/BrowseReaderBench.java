package dev.talkwatch.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The browse reader against Jackson over the same bytes: a bare token scan (the floor any JSON
 * reader in Java stands on) and a whole readTree. Each operation reads every page of one layout's
 * 5,000-video workload; bench/run turns the times into MB/s with the pages' size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
public class BrowseReaderBench {

    @Param({"browse-classic", "browse-lockup"})
    public String layout;

    private final List<byte[]> pages = new ArrayList<>();
    private final JsonFactory factory = new JsonFactory();
    private final ObjectMapper mapper = new ObjectMapper();

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path folder = Path.of(System.getProperty("talkwatch.workloads", "target/bench/workloads")).resolve(layout);
        try (var files = Files.list(folder)) {
            for (Path page : files.sorted().toList()) {
                pages.add(Files.readAllBytes(page));
            }
        }
    }

    @Benchmark
    public void talkwatchReader(Blackhole sink) throws IOException {
        BrowseResponseReader reader = new BrowseResponseReader();
        for (int i = 0; i < pages.size(); i++) {
            Source source = Source.bytes("page-" + i + ".json", pages.get(i), Instant.EPOCH);
            sink.consume(reader.read(source, new ImportProblems(source.name())));
        }
    }

    @Benchmark
    public void jacksonTokenScan(Blackhole sink) throws IOException {
        for (byte[] page : pages) {
            try (JsonParser parser = factory.createParser(page)) {
                long tokens = 0;
                for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                    tokens++;
                }
                sink.consume(tokens);
            }
        }
    }

    @Benchmark
    public void jacksonReadTree(Blackhole sink) throws IOException {
        for (byte[] page : pages) {
            sink.consume(mapper.readTree(page));
        }
    }
}
