package dev.talkwatch.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Instants as the database stores them: UTC, whole seconds, fixed width, so text order is time order. */
final class Times {

    private Times() {
    }

    static String format(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static Instant parse(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
