package dev.talkwatch.ingest;

import java.util.List;

/**
 * What one import did to one playlist. {@code alreadyImported} is true when every source had been
 * imported before, in which case nothing was written for it. {@code pattern} is the title
 * convention its talks were read with.
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
        List<ImportProblem> problems) {

    public PlaylistImport {
        sources = List.copyOf(sources);
        problems = List.copyOf(problems);
    }

    static PlaylistImport skipped(String playlistId, String title, List<String> sources) {
        return new PlaylistImport(playlistId, title, 0, 0, 0, 0, false, true, null, sources, List.of());
    }

    public String displayName() {
        return title == null ? playlistId : title;
    }

    /** Videos that could be watched but for which no source gave a view count. */
    public int withoutViews() {
        return videos - unavailable - exactViews - roundedViews;
    }
}
