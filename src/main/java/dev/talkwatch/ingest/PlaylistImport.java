package dev.talkwatch.ingest;

import java.util.List;

/**
 * What one import did to one playlist. {@code alreadyImported} is true when every source had been
 * imported before, in which case nothing was written for it.
 */
public record PlaylistImport(
        String playlistId,
        String title,
        int videos,
        int exactViews,
        int roundedViews,
        boolean complete,
        boolean alreadyImported,
        List<String> sources,
        List<ImportProblem> problems) {

    public PlaylistImport {
        sources = List.copyOf(sources);
        problems = List.copyOf(problems);
    }

    public String displayName() {
        return title == null ? playlistId : title;
    }

    /** Videos for which no source gave a view count. */
    public int withoutViews() {
        return videos - exactViews - roundedViews;
    }
}
