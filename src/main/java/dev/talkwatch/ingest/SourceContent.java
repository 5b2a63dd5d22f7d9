package dev.talkwatch.ingest;

import java.util.List;

/**
 * What one source holds: captures of playlists (their entries in order) and facts about single
 * videos. A saved page holds one capture; a HAR file may hold pages of several playlists; a Data
 * API {@code videos.list} response or a pyvideo folder holds facts only; a recap post holds a capture
 * of the talks it links and the author's curation; a watch history holds viewings.
 */
public record SourceContent(List<PlaylistCapture> captures, List<VideoFacts> facts, List<PostContent> posts,
        List<Viewing> viewings) {

    public SourceContent {
        captures = List.copyOf(captures);
        facts = List.copyOf(facts);
        posts = List.copyOf(posts);
        viewings = List.copyOf(viewings);
    }

    public SourceContent(List<PlaylistCapture> captures, List<VideoFacts> facts) {
        this(captures, facts, List.of(), List.of());
    }

    public static SourceContent of(PlaylistCapture capture) {
        return new SourceContent(List.of(capture), List.of());
    }

    public boolean isEmpty() {
        return captures.isEmpty() && facts.isEmpty() && viewings.isEmpty();
    }
}
