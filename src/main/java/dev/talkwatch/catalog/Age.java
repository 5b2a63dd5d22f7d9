package dev.talkwatch.catalog;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How old a playlist page said a video was, as YouTube writes it: "2 weeks ago", "Streamed 3 days
 * ago", "1 year ago". YouTube truncates, so "2 weeks ago" means at least 14 and less than 21 days;
 * {@link #uploadedBetween} turns that into the span the upload lies in.
 */
public record Age(long amount, Unit unit, String text) {

    private static final Pattern FORM = Pattern.compile(
            "(?i)^\\s*(?:(?:streamed|premiered|updated)\\s+)?(\\d{1,4})\\s+(second|minute|hour|day|week|month|year)s?\\s+ago\\s*$");

    /** The steps YouTube counts in; a month and a year are their average lengths. */
    public enum Unit {
        SECOND(Duration.ofSeconds(1)),
        MINUTE(Duration.ofMinutes(1)),
        HOUR(Duration.ofHours(1)),
        DAY(Duration.ofDays(1)),
        WEEK(Duration.ofDays(7)),
        MONTH(Duration.ofSeconds(2_629_746)),
        YEAR(Duration.ofSeconds(31_556_952));

        final Duration length;

        Unit(Duration length) {
            this.length = length;
        }
    }

    /** The span an upload lies in: not before {@code earliest}, not after {@code latest}. */
    public record Span(Instant earliest, Instant latest) {

        /** The middle of the span, the best single guess. */
        public Instant middle() {
            return earliest.plus(Duration.between(earliest, latest).dividedBy(2));
        }
    }

    /** Reads an English age text; empty for anything else (a view count, a date, another language). */
    public static Optional<Age> parse(String text) {
        return text == null || !endsInAgo(text) ? Optional.empty() : READINGS.get(text);
    }

    private static final TextMemo<Optional<Age>> READINGS = new TextMemo<>(4096, Age::read);

    private static Optional<Age> read(String text) {
        Matcher m = FORM.matcher(text.replace('\u00A0', ' '));
        if (!m.matches()) {
            return Optional.empty();
        }
        Unit unit = Unit.valueOf(m.group(2).toUpperCase(Locale.ROOT));
        return Optional.of(new Age(Long.parseLong(m.group(1)), unit, text.strip()));
    }

    // Most texts asked about are counts and titles; this turns them away before the expression runs.
    private static boolean endsInAgo(String text) {
        int end = text.length();
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '\u00A0')) {
            end--;
        }
        return end >= 3 && text.regionMatches(true, end - 3, "ago", 0, 3);
    }

    /** When a video this old at {@code capturedAt} was uploaded: between n and n + 1 units before. */
    public Span uploadedBetween(Instant capturedAt) {
        return new Span(capturedAt.minusSeconds(lessThanSeconds()), capturedAt.minusSeconds(atLeastSeconds()));
    }

    // in whole seconds, as every step is: Duration.multipliedBy goes through BigDecimal, and a trend
    // works out the span of each of 150,000 observations

    /** The least this age can be, in seconds: n units. */
    public long atLeastSeconds() {
        return Math.multiplyExact(unit.length.getSeconds(), amount);
    }

    /** What this age is younger than, in seconds: n + 1 units. */
    public long lessThanSeconds() {
        return Math.multiplyExact(unit.length.getSeconds(), amount + 1);
    }
}
