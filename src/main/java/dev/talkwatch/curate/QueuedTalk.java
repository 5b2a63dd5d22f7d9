package dev.talkwatch.curate;

import dev.talkwatch.catalog.Stars;
import dev.talkwatch.catalog.VideoState;
import java.util.Optional;

/** A talk in the watch queue at its position (1 is next), with the user's rating if any. */
public record QueuedTalk(int position, VideoState state, Stars rating) {

    public Optional<Stars> stars() {
        return Optional.ofNullable(rating);
    }
}
