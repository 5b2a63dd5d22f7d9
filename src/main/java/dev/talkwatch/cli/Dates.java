package dev.talkwatch.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a date argument: {@code 2024-08-06} (midnight), {@code 2024-08-06T09:30}, or with an offset
 * ({@code 2024-08-06T00:00:00-07:00}, {@code ...Z}). Dates without an offset are in the system zone.
 */
final class Dates implements ITypeConverter<OffsetDateTime> {

    @Override
    public OffsetDateTime convert(String text) {
        return parse(text, ZoneId.systemDefault());
    }

    static OffsetDateTime parse(String text, ZoneId zone) {
        String value = text.strip();
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(value).atZone(zone).toOffsetDateTime();
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(value).atStartOfDay(zone).toOffsetDateTime();
                } catch (DateTimeParseException notDate) {
                    throw new TypeConversionException("'" + text + "' is not a date; write 2024-08-06,"
                            + " 2024-08-06T09:30 or 2024-08-06T00:00:00-07:00");
                }
            }
        }
    }

    /**
     * The moment a user means by "as of" or "since" a date given with {@code option}: for a bare day,
     * its end (so the snapshots of that day count); otherwise the moment given. A text that is no
     * date is a usage error of {@code command}, naming the option.
     */
    static java.time.Instant upTo(String text, String option, picocli.CommandLine command, ZoneId zone) {
        String value = text.strip();
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return dev.talkwatch.publish.PostDefaults.endOf(LocalDate.parse(value), zone);
            }
            return parse(value, zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new picocli.CommandLine.ParameterException(command, option + ": '" + text + "' is no day of the"
                    + " calendar");
        } catch (TypeConversionException e) {
            throw new picocli.CommandLine.ParameterException(command, option + ": " + e.getMessage());
        }
    }

    /** YouTube's first day: no recording was captured or watched before it. */
    static final LocalDate YOUTUBE_BEGAN = LocalDate.of(2005, 2, 14);

    /**
     * {@code moment}, given with {@code option}, when it could be a day of YouTube's, not before
     * {@link #YOUTUBE_BEGAN}; otherwise a usage error of {@code command}. (A day after today is let
     * be: a saved page's clock, or a test's, may run ahead of this one.)
     */
    static OffsetDateTime plausible(OffsetDateTime moment, String option, picocli.CommandLine command) {
        if (moment != null && moment.toLocalDate().isBefore(YOUTUBE_BEGAN)) {
            throw new picocli.CommandLine.ParameterException(command, option + ": " + moment.toLocalDate()
                    + " is before YouTube began (" + YOUTUBE_BEGAN + "); give the day it happened");
        }
        return moment;
    }
}
