package dev.talkwatch.catalog;

import java.util.List;
import java.util.Optional;

/**
 * What a video's title says about the talk: its track ("Talks", "Tutorials"), its speakers in
 * order, and the talk's own title. Any part may be absent; {@code truncated} is true when YouTube
 * cut the title short with "..." (the ellipsis is not part of {@code title}).
 */
public record Talk(String track, List<String> speakers, String title, boolean truncated) {

    public Talk {
        speakers = List.copyOf(speakers);
    }

    public Optional<String> trackName() {
        return Optional.ofNullable(track);
    }

    public Optional<String> talkTitle() {
        return Optional.ofNullable(title);
    }
}
