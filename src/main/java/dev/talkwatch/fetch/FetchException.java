package dev.talkwatch.fetch;

import dev.talkwatch.catalog.TalkwatchException;

/** A fetch that could not finish: its message says why and how far it got. Nothing of it was imported. */
public class FetchException extends TalkwatchException {

    public FetchException(String message) {
        super(message);
    }

    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
