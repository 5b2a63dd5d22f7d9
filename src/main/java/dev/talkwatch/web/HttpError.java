package dev.talkwatch.web;

import dev.talkwatch.catalog.TalkwatchException;

/** A request the app refuses or cannot serve: its HTTP status and a message for the error page. */
public final class HttpError extends TalkwatchException {

    private final int status;

    public HttpError(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    static HttpError notFound(String message) {
        return new HttpError(404, message);
    }

    static HttpError badRequest(String message) {
        return new HttpError(400, message);
    }

    static HttpError forbidden(String message) {
        return new HttpError(403, message);
    }
}
