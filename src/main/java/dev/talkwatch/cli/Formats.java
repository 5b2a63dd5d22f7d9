package dev.talkwatch.cli;

import dev.talkwatch.catalog.ViewCount;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

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

    /** An exact count in full ("3,674"), a rounded one as YouTube showed it ("3.6K"). */
    static String views(ViewCount views) {
        return views.exact() ? NumberFormat.getIntegerInstance(Locale.US).format(views.value()) : views.abbreviated();
    }
}
