package dev.talkwatch.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Merges the pages of one playlist (a first page and its continuations, in any order) by
 * position, and says whether together they hold the whole playlist: only a capture that holds
 * every position up to as many videos as the playlist says it has is complete. A page that does
 * not say its language (a continuation response) has its counts read in the language of the pages
 * that do.
 */
record PageMerge(SortedMap<Integer, VideoEntry> entries, boolean complete, PlaylistCapture metadata) {

    static PageMerge of(List<PlaylistCapture> pages, List<ImportProblem> problems) {
        SortedMap<Integer, VideoEntry> entries = new TreeMap<>();
        Map<Integer, PlaylistCapture> pageOf = new HashMap<>();
        String language = pages.stream().map(PlaylistCapture::language).filter(Objects::nonNull).findFirst().orElse(null);
        for (PlaylistCapture page : pages) {
            int ordinal = 0;
            for (VideoEntry listed : page.entries()) {
                ordinal++;
                int position = listed.position() != null ? listed.position() : ordinal;
                VideoEntry entry = readCount(listed, page, language, position, problems);
                VideoEntry existing = entries.get(position);
                if (existing != null && !existing.videoId().equals(entry.videoId())) {
                    problems.add(new ImportProblem(page.sourceName(), "position " + position,
                            "another source has " + existing.videoId() + " here; keeping " + entry.videoId()));
                }
                if (existing == null || !existing.videoId().equals(entry.videoId()) || precision(entry) >= precision(existing)) {
                    entries.put(position, entry);
                    pageOf.put(position, page);
                }
            }
        }
        boolean contiguous = entries.isEmpty() || entries.lastKey() == entries.size();
        boolean continues = !entries.isEmpty() && pageOf.get(entries.lastKey()).continues();
        boolean excerpt = pages.stream().anyMatch(PlaylistCapture::excerpt);
        if (excerpt) {
            return new PageMerge(entries, false, metadata(pages)); // a post names a selection, not the playlist
        }
        if (!contiguous) {
            problems.add(new ImportProblem(names(pages), "", "positions " + gaps(entries)
                    + " are missing; import the playlist's other pages as well"));
        } else if (continues) {
            problems.add(new ImportProblem(names(pages), "", "the playlist continues after position " + entries.lastKey()
                    + "; import its continuation pages as well"));
        }
        // complete only when the pages prove it: no more to come, and as many videos as the playlist says
        // it has (a page without its size, such as a hand-made sample of 33 talks, proves nothing)
        PlaylistCapture metadata = metadata(pages);
        boolean whole = metadata.reportedVideoCount() != null && entries.size() >= metadata.reportedVideoCount();
        return new PageMerge(entries, contiguous && !continues && !entries.isEmpty() && whole, metadata);
    }

    private static VideoEntry readCount(VideoEntry entry, PlaylistCapture page, String language, int position,
            List<ImportProblem> problems) {
        if (entry.viewsText() == null) {
            return entry;
        }
        java.util.function.BiConsumer<String, String> sink =
                (where, message) -> problems.add(new ImportProblem(page.sourceName(), where, message));
        String where = "position " + position;
        return language != null ? CountReading.read(entry, null, language, where, sink)
                : CountReading.unreadable(entry, where, sink);
    }

    private static int precision(VideoEntry entry) {
        if (entry.views() == null) {
            return 0;
        }
        return entry.views().exact() ? 2 : 1;
    }

    private static PlaylistCapture metadata(List<PlaylistCapture> pages) {
        PlaylistCapture first = pages.getFirst();
        return new PlaylistCapture(first.playlistId(),
                pages.stream().map(PlaylistCapture::title).filter(Objects::nonNull).findFirst().orElse(null),
                pages.stream().map(PlaylistCapture::channel).filter(Objects::nonNull).findFirst().orElse(null),
                pages.stream().map(PlaylistCapture::channelId).filter(Objects::nonNull).findFirst().orElse(null),
                pages.stream().map(PlaylistCapture::reportedVideoCount).filter(Objects::nonNull).findFirst().orElse(null),
                List.of(), false, first.format(), first.sourceName());
    }

    private static String names(List<PlaylistCapture> pages) {
        return String.join(", ", pages.stream().map(PlaylistCapture::sourceName).toList());
    }

    // "1-100, 201-250" for the positions below the highest one that no page holds.
    private static String gaps(SortedMap<Integer, VideoEntry> entries) {
        List<String> ranges = new ArrayList<>();
        int expected = 1;
        for (int position : entries.keySet()) {
            if (position > expected) {
                ranges.add(position - 1 == expected ? Integer.toString(expected) : expected + "-" + (position - 1));
            }
            expected = position + 1;
        }
        return String.join(", ", ranges.size() > 3 ? ranges.subList(0, 3) : ranges) + (ranges.size() > 3 ? ", ..." : "");
    }
}
