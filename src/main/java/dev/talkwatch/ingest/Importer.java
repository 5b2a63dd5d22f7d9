package dev.talkwatch.ingest;

import dev.talkwatch.catalog.Talk;
import dev.talkwatch.catalog.TitleParser;
import dev.talkwatch.catalog.ViewCount;
import dev.talkwatch.catalog.YouTubeLinks;
import dev.talkwatch.store.CatalogStore;
import dev.talkwatch.store.CatalogWriter;
import dev.talkwatch.store.EntryRow;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports sources into the catalog. Every source is read before anything is written, then all of
 * it is stored in one transaction: an import lands whole or not at all. Sources of one playlist
 * (a first page and its continuation pages) are merged by position into one capture. A source
 * whose content was imported before is skipped, so importing the same files twice adds nothing.
 */
public final class Importer {

    private final CatalogStore store;
    private final Clock clock;
    private final SourceDetector detector = new SourceDetector();
    private final TitleParser titleParser = new TitleParser();

    public Importer(CatalogStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    private record ReadSource(Source source, String digest, PlaylistCapture capture, List<ImportProblem> problems) {
    }

    /** Imports {@code sources}; returns one report per playlist, in the order the sources named them. */
    public List<PlaylistImport> importSources(List<Source> sources, ImportOptions options) {
        Map<String, List<ReadSource>> byPlaylist = new LinkedHashMap<>();
        Set<String> digests = new HashSet<>();
        for (Source source : sources) {
            String digest = source.digest();
            if (digests.add(digest)) {
                ReadSource read = read(source, digest, options);
                byPlaylist.computeIfAbsent(read.capture().playlistId(), id -> new ArrayList<>()).add(read);
            }
        }
        return store.inTransaction(writer -> byPlaylist.values().stream()
                .map(group -> importPlaylist(writer, group, options))
                .toList());
    }

    private ReadSource read(Source source, String digest, ImportOptions options) {
        SourceFormat format = options.format().orElseGet(() -> detector.detect(source));
        ImportProblems problems = new ImportProblems(source.name());
        try {
            PlaylistCapture capture = format.reader().read(source, problems);
            return new ReadSource(source, digest, capture, problems.list());
        } catch (IOException e) {
            throw new UnreadableSourceException(source.name(), Objects.requireNonNullElse(e.getMessage(), e.toString()), e);
        }
    }

    private PlaylistImport importPlaylist(CatalogWriter writer, List<ReadSource> group, ImportOptions options) {
        String playlistId = group.getFirst().capture().playlistId();
        List<String> names = group.stream().map(r -> r.source().name()).toList();
        List<ReadSource> fresh = group.stream().filter(r -> !writer.isImported(r.digest())).toList();
        if (fresh.isEmpty()) {
            return new PlaylistImport(playlistId, writer.playlistTitle(playlistId).orElse(null), 0, 0, 0, false, true,
                    names, List.of());
        }
        List<ImportProblem> problems = new ArrayList<>();
        fresh.forEach(r -> problems.addAll(r.problems()));
        PageMerge merge = PageMerge.of(fresh.stream().map(ReadSource::capture).toList(), problems);
        if (merge.entries().isEmpty()) {
            String title = fresh.stream().map(r -> r.capture().title()).filter(Objects::nonNull).findFirst()
                    .map(t -> "'" + t + "'").orElse(playlistId);
            throw new UnreadableSourceException(String.join("', '", fresh.stream().map(r -> r.source().name()).toList()),
                    "it holds playlist " + title + " but no videos; is the playlist empty or private?");
        }

        Instant now = clock.instant();
        Instant capturedAt = options.capturedAt().orElseGet(() -> fresh.stream().map(r -> r.source().modifiedAt())
                .max(Comparator.naturalOrder()).orElseThrow());
        PlaylistCapture meta = merge.metadata();
        writer.upsertPlaylist(playlistId, meta.title(), meta.channel(), meta.channelId(), now);
        String formats = fresh.stream().map(r -> r.capture().format().id()).distinct().collect(Collectors.joining("+"));
        long captureId = writer.insertCapture(playlistId, capturedAt, formats, merge.complete(), now);
        fresh.forEach(r -> writer.recordSource(r.digest(), captureId, r.source().name()));

        List<EntryRow> rows = new ArrayList<>();
        int exact = 0;
        int rounded = 0;
        for (Map.Entry<Integer, VideoEntry> positioned : merge.entries().entrySet()) {
            VideoEntry entry = positioned.getValue();
            Talk talk = titleParser.parse(entry.title());
            writer.upsertVideo(entry.videoId(), entry.title(), entry.channel(), entry.channelId(),
                    entry.durationSeconds(), talk, capturedAt);
            writer.insertSnapshot(captureId, positioned.getKey(), entry.videoId(), entry.title(), entry.views());
            rows.add(new EntryRow(positioned.getKey(), entry.videoId(), safeLink(entry)));
            ViewCount views = entry.views();
            if (views != null) {
                if (views.exact()) {
                    exact++;
                } else {
                    rounded++;
                }
            }
        }
        boolean newest = writer.entriesCapturedAt(playlistId).map(t -> !capturedAt.isBefore(t)).orElse(true);
        if (newest) {
            writer.updateEntries(playlistId, captureId, rows, merge.complete());
        }
        return new PlaylistImport(playlistId, writer.playlistTitle(playlistId).orElse(null), rows.size(), exact,
                rounded, merge.complete(), false, names, problems);
    }

    // Only a youtube.com link to this very video is kept; anything else could not be trusted in a post.
    private static String safeLink(VideoEntry entry) {
        if (entry.link() == null) {
            return null;
        }
        String absolute = YouTubeLinks.absolute(entry.link().strip());
        boolean youtube = absolute.startsWith(YouTubeLinks.ORIGIN + "/watch?")
                || absolute.startsWith("http://www.youtube.com/watch?");
        boolean sameVideo = YouTubeLinks.videoIdOf(absolute).filter(entry.videoId()::equals).isPresent();
        return youtube && sameVideo && !absolute.matches(".*[\\s<>\"'].*") ? absolute : null;
    }
}
