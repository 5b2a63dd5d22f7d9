package dev.talkwatch.ingest;

import dev.talkwatch.catalog.DiaryEntry;
import dev.talkwatch.catalog.VideoStatus;
import dev.talkwatch.catalog.ViewCount;
import dev.talkwatch.catalog.YouTubeLinks;
import dev.talkwatch.store.CatalogWriter;
import dev.talkwatch.store.CurationStore;
import dev.talkwatch.store.VideoDetails;
import dev.talkwatch.store.VideoRow;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One import's writes, inside its transaction: playlists first, then facts about single videos,
 * then curation. Every source adds facts; none takes any away. What the catalog says now (the
 * playlists' entries, each video's title and status) is derived afresh from everything imported,
 * and facts and viewings of videos not in the catalog yet are kept until they arrive, so the order
 * of imports never changes the outcome.
 */
final class ImportRun {

    private final CatalogWriter writer;
    private final Instant now;
    private final ZoneId zone;
    private final ImportOptions options;
    private final Map<String, Long> captureOfSource = new HashMap<>();
    private final Set<String> factsUsed = new HashSet<>();
    private final Set<String> touched = new LinkedHashSet<>();
    private final Set<String> refreshed = new HashSet<>();
    private final TalkReader talks;

    ImportRun(CatalogWriter writer, Instant now, ZoneId zone, ImportOptions options) {
        this.writer = writer;
        this.now = now;
        this.zone = zone;
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
        applyPending();
        writer.refreshVideoStates(touched.stream().filter(id -> !refreshed.contains(id)).toList());
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
        Set<String> before = writer.members(playlistId);
        PlaylistCapture meta = merge.metadata();
        writer.upsertPlaylist(playlistId, meta.title(), meta.channel(), meta.channelId(), now);
        String formats = fresh.stream().map(r -> r.format().id()).distinct().collect(Collectors.joining("+"));
        long captureId = writer.insertCapture(playlistId, capturedAt, formats, merge.complete(), digest(fresh), now);
        fresh.forEach(r -> captureOfSource.putIfAbsent(r.digest(), captureId));

        Set<String> seen = new LinkedHashSet<>();
        List<VideoRow> videos = new ArrayList<>();
        List<CatalogWriter.CaptureEntry> entries = new ArrayList<>();
        List<CatalogWriter.SnapshotRow> snapshots = new ArrayList<>();
        int exact = 0;
        int rounded = 0;
        int unavailable = 0;
        for (Map.Entry<Integer, VideoEntry> positioned : merge.entries().entrySet()) {
            VideoFacts fact = facts.get(positioned.getValue().videoId());
            VideoEntry entry = fact == null ? positioned.getValue() : positioned.getValue().withFacts(fact);
            if (fact != null && fact.hasCounts()) {
                factsUsed.add(fact.videoId());
            }
            VideoRow video = new VideoRow(entry.videoId(), entry.title(), entry.status(), entry.channel(),
                    entry.channelId(), entry.durationSeconds(), entry.publishedAt());
            videos.add(video);
            touched.add(entry.videoId());
            seen.add(entry.videoId());
            entries.add(new CatalogWriter.CaptureEntry(positioned.getKey(), entry.videoId(), safeLink(entry)));
            snapshots.add(new CatalogWriter.SnapshotRow(video, entry.views(), fact == null ? null : fact.likes(),
                    entry.age() == null ? null : entry.age().text()));
            ViewCount views = entry.views();
            if (!entry.status().titled()) {
                unavailable++;
            } else if (views != null) {
                if (views.exact()) {
                    exact++;
                } else {
                    rounded++;
                }
            }
        }
        writer.saveVideos(videos, capturedAt);
        writer.insertCaptureEntries(captureId, entries);
        writer.insertSnapshots(captureId, snapshots);
        writer.refreshEntries(playlistId);
        writer.refreshVideoStates(seen); // before the talks are read from the titles
        refreshed.addAll(seen);
        Set<String> after = writer.members(playlistId);
        String pattern = talks.readPlaylist(playlistId).pattern();
        int added = (int) after.stream().filter(id -> !before.contains(id)).count();
        int left = (int) before.stream().filter(id -> !after.contains(id)).count();
        int notSeen = (int) after.stream().filter(id -> !seen.contains(id)).count();
        return new PlaylistImport(playlistId, writer.playlistTitle(playlistId).orElse(null), seen.size(), exact,
                rounded, unavailable, merge.complete(), false, pattern, names, problems,
                new PlaylistImport.Membership(after.size(), added, notSeen, left));
    }

    // What a capture held, by its sources' content: the same files give the same digest, in any order.
    private static String digest(List<Importer.ReadSource> sources) {
        String joined = sources.stream().map(Importer.ReadSource::digest).sorted().collect(Collectors.joining("+"));
        return Source.bytes("", joined.getBytes(StandardCharsets.UTF_8), Instant.EPOCH).digest();
    }

    private ImportResult.FactsImport importFacts(List<Importer.ReadSource> read, List<Importer.ReadSource> fresh,
            Map<String, VideoFacts> facts) {
        List<Importer.ReadSource> factSources = read.stream().filter(r -> !r.content().facts().isEmpty()).toList();
        if (factSources.isEmpty()) {
            return null;
        }
        List<String> names = factSources.stream().map(r -> r.source().name()).toList();
        List<ImportProblem> problems = new ArrayList<>();
        List<VideoFacts> counted = facts.values().stream()
                .filter(f -> f.hasCounts() && !factsUsed.contains(f.videoId()) && f.title() != null).toList();
        if (!counted.isEmpty()) {
            List<Importer.ReadSource> countSources = fresh.stream()
                    .filter(r -> r.content().facts().stream().anyMatch(VideoFacts::hasCounts)).toList();
            Instant capturedAt = capturedAt(countSources);
            String formats = countSources.stream().map(r -> r.format().id()).distinct().collect(Collectors.joining("+"));
            long captureId = writer.insertCapture(null, capturedAt, formats, true, digest(countSources), now);
            countSources.forEach(r -> captureOfSource.putIfAbsent(r.digest(), captureId));
            for (VideoFacts fact : counted) {
                VideoRow video = new VideoRow(fact.videoId(), fact.title(), VideoStatus.AVAILABLE, fact.channel(),
                        fact.channelId(), fact.durationSeconds(), fact.publishedAt());
                writer.saveVideo(video, capturedAt);
                writer.insertSnapshot(captureId, video, fact.views(), fact.likes(), null);
                touched.add(fact.videoId());
            }
            talks.readLoose(counted.stream().map(VideoFacts::videoId).toList());
        }
        // Details are the same facts however often they arrive, so a source imported before gives
        // them again: an earlier import that had to keep them waiting is no reason to drop them.
        int detailed = 0;
        int waiting = 0;
        for (VideoFacts fact : factsById(factSources).values()) {
            if (!fact.hasDetails()) {
                continue;
            }
            VideoDetails details = new VideoDetails(fact.videoId(), fact.fullTitle(), fact.speakers(), fact.recordedOn(),
                    fact.description(), fact.durationSeconds());
            if (writer.videoExists(fact.videoId())) {
                writer.saveDetails(details);
                touched.add(fact.videoId());
                detailed++;
            } else {
                writer.keepPendingDetails(details, fact.origin());
                waiting++;
            }
        }
        fresh.forEach(r -> problems.addAll(r.content().captures().isEmpty() ? r.problems() : List.of()));
        boolean again = factSources.stream().noneMatch(fresh::contains);
        return new ImportResult.FactsImport(names, counted.size(), detailed, waiting, again, problems);
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
        int watchedBefore = 0;
        for (PostContent post : sources.stream().flatMap(r -> r.content().posts().stream()).toList()) {
            writer.savePost(post.playlistId(), post.post(), now);
            Instant written = post.post().moment();
            LocalDate day = LocalDate.ofInstant(written, zone); // as dequeueWatched reads a queued talk's day
            for (int i = 0; i < post.ratings().size(); i++) {
                PostContent.Rated rated = post.ratings().get(i);
                if (curation.rateAsOf(rated.videoId(), rated.stars(), written, i + 1)) {
                    ratings++;
                }
            }
            // one second apart, so a post's own notes and talks keep their order among those of other posts
            int ordinal = 0;
            for (Map.Entry<String, List<String>> own : post.notes().entrySet()) {
                for (String text : own.getValue()) {
                    if (curation.addNoteAsOf(own.getKey(), text, written.plus(Duration.ofSeconds(ordinal++)))) {
                        notes++;
                    }
                }
                touched.add(own.getKey());
            }
            for (int i = 0; i < post.queue().size(); i++) {
                String videoId = post.queue().get(i);
                if (curation.watchedSince(videoId, day)) {
                    watchedBefore++; // watched after the post listed it: the queue is no place for it
                } else if (curation.enqueueAsOf(videoId, written.plus(Duration.ofSeconds(i)))) {
                    queued++;
                }
            }
        }
        int watched = 0;
        int other = 0;
        Set<LocalDate> days = new HashSet<>();
        Set<String> viewed = new LinkedHashSet<>();
        for (Viewing viewing : sources.stream().flatMap(r -> r.content().viewings().stream()).toList()) {
            if (writer.videoExists(viewing.videoId())) {
                if (curation.addWatched(viewing.videoId(), viewing.day(), "takeout")) {
                    watched++;
                    days.add(viewing.day());
                    viewed.add(viewing.videoId());
                }
            } else {
                curation.keepPendingViewing(viewing.videoId(), viewing.day(), "takeout");
                other++;
            }
        }
        curation.dequeueWatched(viewed, zone);
        return new ImportResult.CurationImport(sources.stream().map(r -> r.source().name()).toList(), ratings, notes,
                queued, watchedBefore, watched, days.size(), other);
    }

    /** Facts and viewings kept for videos that this import brought into the catalog. */
    private void applyPending() {
        for (VideoDetails details : writer.takePendingDetails(touched)) {
            writer.saveDetails(details);
        }
        CurationStore.Curation curation = writer.curation();
        List<DiaryEntry> viewings = curation.takePendingViewings(touched);
        viewings.forEach(v -> curation.addWatched(v.videoId(), v.watchedOn(), v.source()));
        curation.dequeueWatched(viewings.stream().map(DiaryEntry::videoId).distinct().toList(), zone);
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
        return youtube && sameVideo && !UNSAFE_IN_LINK.matcher(absolute).find() ? absolute : null;
    }

    private static final java.util.regex.Pattern UNSAFE_IN_LINK = java.util.regex.Pattern.compile("[\\s<>\"']");
}
