package dev.talkwatch.ingest;

/** Reads the clock-style durations YouTube shows on thumbnails: "4:09", "1:02:03". */
final class Durations {

    private Durations() {
    }

    /**
     * Seconds, or null when the text is no duration ("LIVE", "SHORTS", "Upcoming"): the form
     * {@code (?:(\d{1,6}):)?(\d{1,2}):(\d{2})}, read by hand, since it is read for every video.
     */
    static Integer parseClock(String text) {
        if (text == null) {
            return null;
        }
        String clock = text.strip();
        int first = clock.indexOf(':');
        int second = first < 0 ? -1 : clock.indexOf(':', first + 1);
        if (first < 0 || second >= 0 && clock.indexOf(':', second + 1) >= 0) {
            return null;
        }
        int end = clock.length();
        if (end - (second < 0 ? first : second) != 3) {
            return null; // the seconds are two digits
        }
        if (second < 0) {
            Integer minutes = number(clock, 0, first, 2);
            Integer seconds = number(clock, first + 1, end, 2);
            return minutes == null || seconds == null ? null : minutes * 60 + seconds;
        }
        Integer hours = number(clock, 0, first, 6);
        Integer minutes = number(clock, first + 1, second, 2);
        Integer seconds = number(clock, second + 1, end, 2);
        return hours == null || minutes == null || seconds == null ? null : hours * 3600 + minutes * 60 + seconds;
    }

    // The ASCII digits from..to, one to {@code most} of them, as a number; null for anything else.
    private static Integer number(String text, int from, int to, int most) {
        if (to <= from || to - from > most) {
            return null;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** A length in seconds when it is one (more than zero), else null: a damaged file's -1 is no length. */
    static Integer positive(Integer seconds) {
        return seconds != null && seconds > 0 ? seconds : null;
    }
}
