package dev.talkwatch.ingest;

import java.util.List;

/**
 * What one import did: a report per playlist, in the order the sources named them, what it did
 * with facts about single videos (Data API {@code videos.list}, pyvideo), if it had any, and how
 * many playlists the catalog had got their names from a Data API {@code playlists.list} page.
 */
public record ImportResult(List<PlaylistImport> playlists, FactsImport facts, int playlistsNamed,
        CurationImport curation) {

    public ImportResult {
        playlists = List.copyOf(playlists);
    }

    /**
     * Facts about single videos: how many videos got a counts snapshot, how many got details, how
     * many videos' details wait for the video to be imported, whether every source had been imported
     * before (its details are given again, its counts not), and the problems. Null in an
     * {@link ImportResult} without facts.
     */
    public record FactsImport(List<String> sources, int videosCounted, int videosDetailed, int videosWaiting,
            boolean importedBefore, List<ImportProblem> problems) {

        public FactsImport {
            sources = List.copyOf(sources);
            problems = List.copyOf(problems);
        }
    }

    /**
     * What a recap post or a watch history brought to the curation: ratings, notes and queued talks
     * from posts (and how many of the post's queued talks were watched since, so not queued),
     * viewings of catalog videos on how many days, and viewings of videos not in the catalog yet,
     * kept for when they are. Null in an {@link ImportResult} without posts or histories.
     */
    public record CurationImport(List<String> sources, int ratings, int notes, int queued, int watchedSinceQueued,
            int watched, int watchedDays, int otherViewings) {

        public CurationImport {
            sources = List.copyOf(sources);
        }
    }

    /** Every problem of every playlist and of the facts, in order. */
    public List<ImportProblem> problems() {
        List<ImportProblem> all = new java.util.ArrayList<>();
        playlists.forEach(p -> all.addAll(p.problems()));
        if (facts != null) {
            all.addAll(facts.problems());
        }
        return all;
    }
}
