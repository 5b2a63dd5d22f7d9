package dev.talkwatch.ingest;

import java.util.List;

/**
 * What one source holds: captures of playlists (their entries in order) and facts about single
 * videos. A saved page holds one capture; a HAR file may hold pages of several playlists; a Data
 * API {@code videos.list} response or a pyvideo folder holds facts only.
 */
public record SourceContent(List<PlaylistCapture> captures, List<VideoFacts> facts) {

    public SourceContent {
        captures = List.copyOf(captures);
        facts = List.copyOf(facts);
    }

    public static SourceContent of(PlaylistCapture capture) {
        return new SourceContent(List.of(capture), List.of());
    }

    public boolean isEmpty() {
        return captures.isEmpty() && facts.isEmpty();
    }
}
