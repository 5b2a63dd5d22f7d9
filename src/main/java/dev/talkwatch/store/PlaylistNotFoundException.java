package dev.talkwatch.store;

import dev.talkwatch.catalog.TalkwatchException;

/** No playlist, or more than one, matches the name a user gave. */
public class PlaylistNotFoundException extends TalkwatchException {

    public PlaylistNotFoundException(String message) {
        super(message);
    }
}
