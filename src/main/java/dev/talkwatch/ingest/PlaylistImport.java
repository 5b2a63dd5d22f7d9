package dev.talkwatch.ingest;

import java.util.List;

/**
 * What one import did to one playlist. {@code videos} is how many videos this capture saw;
 * {@code alreadyImported} is true when every source had been imported before, in which case
 * nothing was written for it. {@code pattern} is the title convention its talks were read with, and
 * {@code membership} what the playlist holds now.
 */
public record PlaylistImport(
        String playlistId,
        String title,
        int videos,
        int exactViews,
        int roundedViews,
        int unavailable,
        boolean complete,
        boolean alreadyImported,
        String pattern,
        List<String> sources,
        List<ImportProblem> problems,
        Membership membership) {

    /**
     * The playlist after the import, as {@code list} shows it: how many videos it has, how many of
     * them it did not have before, how many of them this capture did not see (kept, since only a
     * complete capture can say a video left), and how many left it (a complete capture no longer
     * held them).
     */
    public record Membership(int videos, int added, int notInCapture, int left) {
    }

    public PlaylistImport {
        sources = List.copyOf(sources);
        problems = List.copyOf(problems);
    }

    static PlaylistImport skipped(String playlistId, String title, List<String> sources) {
        return new PlaylistImport(playlistId, title, 0, 0, 0, 0, false, true, null, sources, List.of(), null);
    }

    public String displayName() {
        return title == null ? playlistId : title;
    }

    /** Videos that could be watched but for which no source gave a view count. */
    public int withoutViews() {
        return videos - unavailable - exactViews - roundedViews;
    }
}
