package dev.talkwatch.store;

import dev.talkwatch.catalog.TalkwatchException;

/** The database could not be opened, migrated, read or written. */
public class StoreException extends TalkwatchException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
