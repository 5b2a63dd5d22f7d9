package dev.talkwatch.ingest;

import dev.talkwatch.store.CatalogStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Imports sources into the catalog. Every source is read before anything is written, then all of
 * it is stored in one transaction: an import lands whole or not at all. Sources of one playlist
 * (a first page and its continuation pages) are merged by position into one capture; facts about
 * single videos are joined to the entries by video id. A source whose content was imported before
 * is skipped, so importing the same files twice adds nothing.
 */
public final class Importer {

    private final CatalogStore store;
    private final Clock clock;
    private final SourceDetector detector = new SourceDetector();

    public Importer(CatalogStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** A source read whole, with its content digest and the problems found in it. */
    record ReadSource(Source source, String digest, SourceFormat format, SourceContent content,
            List<ImportProblem> problems) {
    }

    public ImportResult importSources(List<Source> sources, ImportOptions options) {
        return importSources(sources, List.of(), options);
    }

    /**
     * Imports files and what live clients fetched, together in one transaction. A fetch is never
     * skipped as seen before: the same bytes fetched at another moment are another observation.
     */
    public ImportResult importSources(List<Source> files, List<FetchedSources> fetched, ImportOptions options) {
        return importSources(files, fetched, options, writer -> { });
    }

    /**
     * {@link #importSources(List, List, ImportOptions)}, with {@code alongside} run in the same
     * transaction before the import: what it writes lands with the import or not at all, and when it
     * throws, nothing is imported.
     */
    public ImportResult importSources(List<Source> files, List<FetchedSources> fetched, ImportOptions options,
            java.util.function.Consumer<dev.talkwatch.store.CatalogWriter> alongside) {
        List<ReadSource> read = new ArrayList<>();
        Set<String> digests = new HashSet<>();
        for (Attempt attempt : readAll(files, options)) {
            String digest = attempt.digest().get();
            if (digests.add(digest)) { // the same bytes twice are one capture: the later copy is skipped
                read.add(attempt.read().get());
            }
        }
        for (FetchedSources fetch : fetched) {
            for (Source response : fetch.responses()) {
                String digest = Source.bytes("", (fetch.fetchedAt() + " " + response.digest())
                        .getBytes(StandardCharsets.UTF_8), fetch.fetchedAt()).digest();
                read.add(read(response, () -> digest, fetch.format()));
            }
        }
        List<java.time.Instant> moments = new ArrayList<>();
        options.capturedAt().ifPresent(moments::add);
        read.forEach(source -> moments.add(source.source().modifiedAt()));
        fetched.forEach(fetch -> moments.add(fetch.fetchedAt()));
        store.prepareFor(moments);
        return store.inTransaction(writer -> {
            alongside.accept(writer);
            return new ImportRun(writer, clock.instant(), clock.getZone(), options).run(read);
        });
    }

    // What reading one file gave: its digest and its content, or the failure of either, to be met in
    // the files' order, so that the first bad file (not the first to fail) is the one reported.
    private record Attempt(Supplier<String> digest, Supplier<ReadSource> read) {
    }

    // The files are read side by side (a 5,000-video playlist is 50 pages, 28 MB of JSON), each on
    // its own: kind and content, with its digest worked out beside that (a 22 MB page took a fifth
    // of its import to hash). A file whose bytes came earlier is read for nothing, and skipped.
    private List<Attempt> readAll(List<Source> files, ImportOptions options) {
        return java.util.stream.IntStream.range(0, files.size()).parallel()
                .mapToObj(i -> attempt(files.get(i), options)).toList();
    }

    private Attempt attempt(Source source, ImportOptions options) {
        var digest = java.util.concurrent.CompletableFuture.supplyAsync(source::digest, BESIDE);
        Supplier<ReadSource> read;
        try {
            SourceFormat format = options.format().orElseGet(() -> detector.detect(source));
            ReadSource content = read(source, () -> joined(digest), format);
            read = () -> content;
        } catch (RuntimeException e) {
            read = () -> {
                throw e;
            };
        }
        try {
            String digested = joined(digest);
            return new Attempt(() -> digested, read);
        } catch (RuntimeException e) {
            return new Attempt(() -> {
                throw e;
            }, null);
        }
    }

    // Hashing waits on the disk and the CPU at once: a virtual thread of its own for each file.
    private static final java.util.concurrent.Executor BESIDE = task -> Thread.ofVirtual().start(task);

    private static String joined(java.util.concurrent.CompletableFuture<String> digest) {
        try {
            return digest.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
    }

    private ReadSource read(Source source, Supplier<String> digest, SourceFormat format) {
        ImportProblems problems = new ImportProblems(source.name());
        SourceContent content = content(source, format, problems);
        return new ReadSource(source, digest.get(), format, content, problems.list());
    }

    /**
     * What {@code source} holds, read as {@code format} and held to {@link TextLimits}: all an import
     * reads of a source before it writes. Throws {@link UnreadableSourceException} when there is
     * nothing to import; the fuzz tests hold every reader to that through here.
     */
    static SourceContent content(Source source, SourceFormat format, ImportProblems problems) {
        try {
            SourceContent content = TextLimits.apply(format.reader().read(source, problems), problems);
            if (content.isEmpty()) {
                throw new UnreadableSourceException(source.name(), "it holds no playlist and no videos");
            }
            return content;
        } catch (IOException e) {
            throw new UnreadableSourceException(source.name(), Objects.requireNonNullElse(e.getMessage(), e.toString()), e);
        }
    }
}
