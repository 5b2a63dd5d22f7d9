package dev.talkwatch.ingest;

import dev.talkwatch.catalog.VideoStatus;
import dev.talkwatch.catalog.ViewCount;
import dev.talkwatch.catalog.YouTubeLinks;
import dev.talkwatch.catalog.Note;
import dev.talkwatch.store.CatalogWriter;
import dev.talkwatch.store.CurationStore;
import dev.talkwatch.store.EntryRow;
import dev.talkwatch.store.VideoDetails;
import dev.talkwatch.store.VideoRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** One import's writes, inside its transaction: playlists first, then facts about single videos. */
final class ImportRun {

    private final CatalogWriter writer;
    private final Instant now;
    private final ImportOptions options;
    private final Map<String, Long> captureOfSource = new HashMap<>();
    private final Set<String> factsUsed = new HashSet<>();
    private final Set<String> touched = new HashSet<>();
    private final TalkReader talks;

    ImportRun(CatalogWriter writer, Instant now, ImportOptions options) {
        this.writer = writer;
        this.now = now;
        this.options = options;
        this.talks = new TalkReader(writer);
    }

    ImportResult run(List<Importer.ReadSource> read) {
        List<Importer.ReadSource> fresh = read.stream().filter(r -> !writer.isImported(r.digest())).toList();
        Map<String, VideoFacts> facts = factsById(fresh);
        List<PlaylistImport> playlists = new ArrayList<>();
        int named = 0;
        for (List<Importer.ReadSource> group : byPlaylist(read).values()) {
            if (namesOnly(group)) {
                named += nameKnownPlaylists(group);
                continue;
            }
            playlists.add(importPlaylist(group, facts));
        }
        ImportResult.FactsImport factsImport = importFacts(read, fresh, facts);
        ImportResult.CurationImport curationImport = importCuration(fresh);
        writer.reindex(touched);
        for (Importer.ReadSource source : fresh) {
            writer.recordSource(source.digest(), source.source().name(), source.format().id(),
                    captureOfSource.get(source.digest()), now);
        }
        if (playlists.isEmpty() && factsImport == null && curationImport == null && named == 0 && !fresh.isEmpty()) {
            throw new UnreadableSourceException(String.join("', '", fresh.stream().map(r -> r.source().name()).toList()),
                    "it names playlists, but holds none of their videos and none of them is in the catalog;"
                            + " import it together with their playlistItems.list pages");
        }
        return new ImportResult(playlists, factsImport, named, curationImport);
    }

    private static Map<String, VideoFacts> factsById(List<Importer.ReadSource> sources) {
        Map<String, VideoFacts> facts = new LinkedHashMap<>();
        sources.forEach(source -> source.content().facts().forEach(f -> facts.merge(f.videoId(), f, FactsMerge::merge)));
        return facts;
    }

    private static Map<String, List<Importer.ReadSource>> byPlaylist(List<Importer.ReadSource> sources) {
        Map<String, List<Importer.ReadSource>> groups = new LinkedHashMap<>();
        for (Importer.ReadSource source : sources) {
            source.content().captures().stream().map(PlaylistCapture::playlistId).distinct()
                    .forEach(id -> groups.computeIfAbsent(id, k -> new ArrayList<>()).add(source));
        }
        return groups;
    }

    // Only Data API playlist names, no entries: their titles count where the playlist is imported too.
    private static boolean namesOnly(List<Importer.ReadSource> group) {
        return group.stream().allMatch(r -> r.format() == SourceFormat.DATA_API
                && r.content().captures().stream().allMatch(c -> c.entries().isEmpty()));
    }

    // A playlists.list page names many playlists; it renames those the catalog has and adds none.
    private int nameKnownPlaylists(List<Importer.ReadSource> group) {
        List<PlaylistCapture> known = group.stream().flatMap(r -> r.content().captures().stream())
                .filter(c -> writer.playlistExists(c.playlistId())).toList();
        known.forEach(c -> writer.upsertPlaylist(c.playlistId(), c.title(), c.channel(), c.channelId(), now));
        return known.isEmpty() ? 0 : 1;
    }

    private PlaylistImport importPlaylist(List<Importer.ReadSource> group, Map<String, VideoFacts> facts) {
        String playlistId = group.getFirst().content().captures().stream()
                .map(PlaylistCapture::playlistId).findFirst().orElseThrow();
        List<String> names = group.stream().map(r -> r.source().name()).toList();
        List<Importer.ReadSource> fresh = group.stream().filter(r -> !writer.isImported(r.digest())).toList();
        if (fresh.isEmpty()) {
            return PlaylistImport.skipped(playlistId, writer.playlistTitle(playlistId).orElse(null), names);
        }
        List<ImportProblem> problems = new ArrayList<>();
        fresh.forEach(r -> problems.addAll(r.problems()));
        List<PlaylistCapture> pages = fresh.stream().flatMap(r -> r.content().captures().stream())
                .filter(c -> c.playlistId().equals(playlistId)).toList();
        PageMerge merge = PageMerge.of(pages, problems);
        if (merge.entries().isEmpty()) {
            String title = pages.stream().map(PlaylistCapture::title).filter(Objects::nonNull).findFirst()
                    .map(t -> "'" + t + "'").orElse(playlistId);
            throw new UnreadableSourceException(String.join("', '", fresh.stream().map(r -> r.source().name()).toList()),
                    "it holds playlist " + title + " but no videos; is the playlist empty or private?");
        }

        Instant capturedAt = options.capturedAt().or(() -> pages.stream().map(PlaylistCapture::capturedAt)
                .filter(Objects::nonNull).findFirst()).orElseGet(() -> capturedAt(fresh));
        PlaylistCapture meta = merge.metadata();
        writer.upsertPlaylist(playlistId, meta.title(), meta.channel(), meta.channelId(), now);
        String formats = fresh.stream().map(r -> r.format().id()).distinct().collect(Collectors.joining("+"));
        long captureId = writer.insertCapture(playlistId, capturedAt, formats, merge.complete(), now);
        fresh.forEach(r -> captureOfSource.putIfAbsent(r.digest(), captureId));

        List<EntryRow> rows = new ArrayList<>();
        int exact = 0;
        int rounded = 0;
        int unavailable = 0;
        for (Map.Entry<Integer, VideoEntry> positioned : merge.entries().entrySet()) {
            VideoFacts fact = facts.get(positioned.getValue().videoId());
            VideoEntry entry = fact == null ? positioned.getValue() : positioned.getValue().withFacts(fact);
            if (fact != null && fact.hasCounts()) {
                factsUsed.add(fact.videoId());
            }
            writer.saveVideo(new VideoRow(entry.videoId(), entry.title(), entry.status(), entry.channel(),
                    entry.channelId(), entry.durationSeconds(), entry.publishedAt()), capturedAt);
            touched.add(entry.videoId());
            writer.insertCaptureEntry(captureId, positioned.getKey(), entry.videoId());
            writer.insertSnapshot(captureId, entry.videoId(), entry.title(), entry.status(), entry.views(),
                    fact == null ? null : fact.likes(), entry.age() == null ? null : entry.age().text());
            rows.add(new EntryRow(positioned.getKey(), entry.videoId(), safeLink(entry)));
            ViewCount views = entry.views();
            if (!entry.status().available()) {
                unavailable++;
            } else if (views != null) {
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
        String pattern = talks.readPlaylist(playlistId).pattern();
        return new PlaylistImport(playlistId, writer.playlistTitle(playlistId).orElse(null), rows.size(), exact,
                rounded, unavailable, merge.complete(), false, pattern, names, problems);
    }

    private ImportResult.FactsImport importFacts(List<Importer.ReadSource> read, List<Importer.ReadSource> fresh,
            Map<String, VideoFacts> facts) {
        List<Importer.ReadSource> factSources = read.stream().filter(r -> !r.content().facts().isEmpty()).toList();
        if (factSources.isEmpty()) {
            return null;
        }
        List<String> names = factSources.stream().map(r -> r.source().name()).toList();
        if (facts.isEmpty()) {
            return new ImportResult.FactsImport(names, 0, 0, true, List.of());
        }
        List<ImportProblem> problems = new ArrayList<>();
        List<VideoFacts> counted = facts.values().stream()
                .filter(f -> f.hasCounts() && !factsUsed.contains(f.videoId()) && f.title() != null).toList();
        if (!counted.isEmpty()) {
            List<Importer.ReadSource> countSources = fresh.stream()
                    .filter(r -> r.content().facts().stream().anyMatch(VideoFacts::hasCounts)).toList();
            Instant capturedAt = capturedAt(countSources);
            String formats = countSources.stream().map(r -> r.format().id()).distinct().collect(Collectors.joining("+"));
            long captureId = writer.insertCapture(null, capturedAt, formats, true, now);
            countSources.forEach(r -> captureOfSource.putIfAbsent(r.digest(), captureId));
            for (VideoFacts fact : counted) {
                writer.saveVideo(new VideoRow(fact.videoId(), fact.title(), VideoStatus.AVAILABLE, fact.channel(),
                        fact.channelId(), fact.durationSeconds(), fact.publishedAt()), capturedAt);
                writer.insertSnapshot(captureId, fact.videoId(), fact.title(), VideoStatus.AVAILABLE, fact.views(),
                        fact.likes(), null);
                touched.add(fact.videoId());
            }
            talks.readLoose(counted.stream().map(VideoFacts::videoId).toList());
        }
        int detailed = 0;
        for (VideoFacts fact : facts.values()) {
            if (!fact.hasDetails()) {
                continue;
            }
            if (!writer.videoExists(fact.videoId())) {
                problems.add(new ImportProblem(fact.origin(), "", "no video " + fact.videoId()
                        + " in the catalog; import the playlist it belongs to first"));
                continue;
            }
            writer.saveDetails(new VideoDetails(fact.videoId(), fact.fullTitle(), fact.speakers(), fact.recordedOn(),
                    fact.description(), fact.durationSeconds()));
            touched.add(fact.videoId());
            detailed++;
        }
        fresh.forEach(r -> problems.addAll(r.content().captures().isEmpty() ? r.problems() : List.of()));
        return new ImportResult.FactsImport(names, counted.size(), detailed, false, problems);
    }

    // After the playlists, so every video a post rates or queues is in the catalog.
    private ImportResult.CurationImport importCuration(List<Importer.ReadSource> fresh) {
        List<Importer.ReadSource> sources = fresh.stream()
                .filter(r -> !r.content().posts().isEmpty() || !r.content().viewings().isEmpty()).toList();
        if (sources.isEmpty()) {
            return null;
        }
        CurationStore.Curation curation = writer.curation();
        int ratings = 0;
        int notes = 0;
        int queued = 0;
        for (PostContent post : sources.stream().flatMap(r -> r.content().posts().stream()).toList()) {
            writer.savePost(post.playlistId(), post.post(), now);
            for (PostContent.Rated rated : post.ratings()) {
                curation.rate(rated.videoId(), rated.stars(), now);
                ratings++;
            }
            for (Map.Entry<String, List<String>> own : post.notes().entrySet()) {
                List<String> known = curation.notes(own.getKey()).stream().map(Note::text).toList();
                for (String text : own.getValue()) {
                    if (!known.contains(text)) {
                        curation.addNote(own.getKey(), text, now);
                        notes++;
                    }
                }
                touched.add(own.getKey());
            }
            List<String> queue = curation.queue();
            for (String videoId : post.queue()) {
                if (!queue.contains(videoId)) {
                    curation.enqueue(videoId, null, now);
                    queued++;
                }
            }
        }
        int watched = 0;
        int other = 0;
        Set<java.time.LocalDate> days = new HashSet<>();
        for (Viewing viewing : sources.stream().flatMap(r -> r.content().viewings().stream()).toList()) {
            if (writer.videoExists(viewing.videoId())) {
                if (curation.addWatched(viewing.videoId(), viewing.day(), "takeout")) {
                    watched++;
                    days.add(viewing.day());
                }
            } else {
                other++;
            }
        }
        return new ImportResult.CurationImport(sources.stream().map(r -> r.source().name()).toList(), ratings, notes,
                queued, watched, days.size(), other);
    }

    private Instant capturedAt(List<Importer.ReadSource> sources) {
        return options.capturedAt().orElseGet(() -> sources.stream().map(r -> r.source().modifiedAt())
                .max(Comparator.naturalOrder()).orElse(now));
    }

    // Only a youtube.com link to this very video is kept; anything else could not be trusted in a post.
    static String safeLink(VideoEntry entry) {
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
