package dev.talkwatch.ingest;

import dev.talkwatch.catalog.TalkwatchException;

/** A source that cannot be read at all: missing, empty, truncated, or no format talkwatch knows. */
public class UnreadableSourceException extends TalkwatchException {

    public UnreadableSourceException(String sourceName, String problem) {
        super("cannot read '" + sourceName + "': " + problem);
    }

    public UnreadableSourceException(String sourceName, String problem, Throwable cause) {
        super("cannot read '" + sourceName + "': " + problem, cause);
    }
}
