package dev.talkwatch.catalog;

/**
 * Root of every failure talkwatch reports to a user. Its message is written for that user: what
 * failed, where, and what to do about it.
 */
public class TalkwatchException extends RuntimeException {
    public TalkwatchException(String message) {
        super(message);
    }

    public TalkwatchException(String message, Throwable cause) {
        super(message, cause);
    }
}
