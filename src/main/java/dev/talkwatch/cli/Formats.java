package dev.talkwatch.cli;

import dev.talkwatch.catalog.ViewCount;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** How the CLI writes numbers, dates and widths in tables. */
final class Formats {

    static final int DEFAULT_WIDTH = 120;
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Formats() {
    }

    static int width(CliEnvironment environment) {
        return environment.terminalColumns().orElse(DEFAULT_WIDTH);
    }

    static String dateTime(Instant instant, CliEnvironment environment) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(environment.clock().getZone()));
    }


    /** A total such as "2 h 05 min" or "45 min". */
    static String total(java.time.Duration duration) {
        return dev.talkwatch.curate.QueueLength.hoursAndMinutes(duration);
    }

    /** "'Talks - Ana Smith: A talk' (abcdefghijk)". */
    static String video(dev.talkwatch.catalog.VideoState state) {
        return "'" + state.video().title() + "' (" + state.video().id() + ")";
    }

    /** An exact count in full ("3,674"), a rounded one as YouTube showed it ("3.6K"). */
    static String views(ViewCount views) {
        return views.shown();
    }
}
