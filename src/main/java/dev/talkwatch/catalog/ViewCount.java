package dev.talkwatch.catalog;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A view count as a source showed it: the number, the text it came from, and its precision.
 * {@code unit} is 1 for a count written out in full; for an abbreviated one such as "3.6K views" it
 * is the rounding step (100), and the true count lies in {@code [value, value + unit)} because
 * YouTube truncates. {@code exact} says whether the number was the count at the moment of capture:
 * never for an abbreviation, and not for a count copied into a post some time before its date.
 */
public record ViewCount(long value, String text, long unit, boolean exact) {

    // "921 views", "1 view", "No views", "3.6K views", "4.7k views", "266m views", "2.2bn views",
    // "64,534 views"; the word may be missing (the seed's snippet keeps only "3.6K").
    private static final Pattern FORM = Pattern.compile(
            "(?i)^\\s*(no|\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s*(bn|[kmb])?(?:\\s+views?)?\\s*$");
    private static final Pattern IN_LABEL = Pattern.compile(
            "(?i)(?<![\\w.,])(no|\\d{1,3}(?:,\\d{3})+|\\d+)\\s+views?\\b");

    public ViewCount {
        Objects.requireNonNull(text, "text");
        if (value < 0) {
            throw new IllegalArgumentException("negative view count: " + value);
        }
        if (unit < 1) {
            throw new IllegalArgumentException("rounding unit must be at least 1: " + unit);
        }
        if (exact && unit != 1) {
            throw new IllegalArgumentException("a count rounded to " + unit + " cannot be exact");
        }
    }

    /** A count as the source showed it: exact when written out in full ({@code unit} 1). */
    public ViewCount(long value, String text, long unit) {
        this(value, text, unit, unit == 1);
    }

    /** An exact count, with the text it was read from. */
    public static ViewCount exact(long value, String text) {
        return new ViewCount(value, text, 1);
    }

    /** The same count, not taken for the exact count at its moment (a count a person copied). */
    public ViewCount approximate() {
        return new ViewCount(value, text, unit, false);
    }

    /** The same count read precisely from elsewhere (an accessibility label), keeping this text. */
    public ViewCount withExactValue(long exactValue) {
        return new ViewCount(exactValue, text, 1);
    }

    /**
     * Reads a view-count text in any of the English forms YouTube writes. Returns empty for text
     * that is not a view count (a localized form, "Scheduled", an empty string).
     */
    public static Optional<ViewCount> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        // YouTube sometimes separates number and word with a no-break space
        String spaced = text.replace('\u00A0', ' ').replace('\u202F', ' ');
        Matcher m = FORM.matcher(spaced);
        if (!m.matches()) {
            return Optional.empty();
        }
        String number = m.group(1);
        String suffix = m.group(2);
        String trimmed = spaced.strip();
        if (number.equalsIgnoreCase("no")) {
            return suffix == null ? Optional.of(exact(0, trimmed)) : Optional.empty();
        }
        if (suffix == null) {
            if (number.contains(".")) {
                return Optional.empty(); // "3.6 views" is no form YouTube writes
            }
            return Optional.of(exact(Long.parseLong(number.replace(",", "")), trimmed));
        }
        if (number.contains(",")) {
            return Optional.empty();
        }
        int exponent = switch (suffix.toLowerCase(Locale.ROOT)) {
            case "k" -> 3;
            case "m" -> 6;
            default -> 9; // "b", "bn"
        };
        BigDecimal mantissa = new BigDecimal(number);
        long value = mantissa.movePointRight(exponent).longValue();
        long unit = BigDecimal.ONE.movePointRight(exponent - mantissa.scale()).longValueExact();
        return Optional.of(new ViewCount(value, trimmed, Math.max(unit, 1)));
    }

    /**
     * Finds the exact count inside an accessibility label such as "Title by Channel 3,674 views 2
     * weeks ago 4 minutes, 9 seconds"; its text is the part that says it ("3,674 views"). Pass the
     * label with the title removed, so a title that mentions views is not taken for the count.
     */
    public static Optional<ViewCount> fromLabel(String labelRest) {
        if (labelRest == null) {
            return Optional.empty();
        }
        Matcher m = IN_LABEL.matcher(labelRest);
        ViewCount found = null;
        while (m.find()) {
            long value = m.group(1).equalsIgnoreCase("no") ? 0 : Long.parseLong(m.group(1).replace(",", ""));
            found = exact(value, m.group());
        }
        return Optional.ofNullable(found);
    }

    /** An exact count in full ("3,674"), a rounded one as YouTube showed it ("3.6K"). */
    public String shown() {
        return exact ? java.text.NumberFormat.getIntegerInstance(Locale.US).format(value) : abbreviated();
    }

    /** The count written as YouTube abbreviates it: 925, 1K, 3.6K, 36K, 1.7M, 277M, 1.7B. */
    public String abbreviated() {
        return abbreviate(value);
    }

    /** "3.6K views", "1 view", "No views". */
    public String abbreviatedWithNoun() {
        if (value == 0) {
            return "No views";
        }
        return abbreviated() + (value == 1 ? " view" : " views");
    }

    static String abbreviate(long n) {
        if (n < 1_000) {
            return Long.toString(n);
        }
        if (n < 1_000_000) {
            return scaled(n, 1_000, "K");
        }
        if (n < 1_000_000_000) {
            return scaled(n, 1_000_000, "M");
        }
        return scaled(n, 1_000_000_000, "B");
    }

    // YouTube truncates rather than rounds, and shows one decimal only below 10 of a unit.
    private static String scaled(long n, long scale, String suffix) {
        long whole = n / scale;
        if (whole >= 10) {
            return whole + suffix;
        }
        long tenth = (n % scale) * 10 / scale;
        return tenth == 0 ? whole + suffix : whole + "." + tenth + suffix;
    }
}
