package dev.talkwatch.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the clock-style durations YouTube shows on thumbnails: "4:09", "1:02:03". */
final class Durations {

    private static final Pattern CLOCK = Pattern.compile("^(?:(\\d{1,6}):)?(\\d{1,2}):(\\d{2})$");

    private Durations() {
    }

    /** Seconds, or null when the text is no duration ("LIVE", "SHORTS", "Upcoming"). */
    static Integer parseClock(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = CLOCK.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        int hours = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        return hours * 3600 + Integer.parseInt(m.group(2)) * 60 + Integer.parseInt(m.group(3));
    }
}
