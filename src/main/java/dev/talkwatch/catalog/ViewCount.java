package dev.talkwatch.catalog;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * A view count as a source showed it: the number, the text it came from, and its precision.
 * {@code unit} is 1 for a count written out in full; for an abbreviated one such as "3.6K views" it
 * is the rounding step (100), and the true count lies in {@code [value, value + unit)} because
 * YouTube truncates. {@code exact} says whether the number was the count at the moment of capture:
 * never for an abbreviation, and not for a count copied into a post some time before its date.
 */
public record ViewCount(long value, String text, long unit, boolean exact) {

    /**
     * Counts in the order of what they stand for: by the middle of the range each covers ("1K" is
     * 1,000 to 1,099, so it comes before "1.4K"), then by its low end.
     */
    public static final Comparator<ViewCount> ORDER = Comparator.comparingDouble((ViewCount v) -> v.low() + v.high())
            .thenComparingLong(ViewCount::low);

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
     * Reads a view-count text in any of the English forms YouTube writes ("921 views", "1 view",
     * "No views", "3.6K views", "4.7k views", "266m views", "2.2bn views", "64,534 views"; the word
     * may be missing, as in the snippet's "3.6K"). Returns empty for text that is not a view count
     * (a localized form, "Scheduled", an empty string).
     */
    public static Optional<ViewCount> parse(String text) {
        return parse(text, CountLanguage.ENGLISH);
    }

    /** Reads a view-count text as YouTube writes it in {@code language}; empty when it is in none of its forms. */
    public static Optional<ViewCount> parse(String text, CountLanguage language) {
        return text == null ? Optional.empty() : language.parse(text);
    }

    /**
     * A count YouTube abbreviated: {@code mantissa} times 10^{@code exponent} ("3.6" and 3 for "3.6K",
     * "146" and 4 for "146万"). YouTube truncates, and shows one decimal below 10 of a unit but drops
     * it when it is 0, so a whole number below 10 is as precise as one decimal: "1K" is 1,000 to
     * 1,099, "1.4K" 1,400 to 1,499, "15K" 15,000 to 15,999.
     */
    static ViewCount abbreviated(BigDecimal mantissa, int exponent, String text) {
        long value = mantissa.movePointRight(exponent).longValue();
        int places = mantissa.scale() == 0 && mantissa.compareTo(BigDecimal.TEN) < 0 ? 1 : mantissa.scale();
        long unit = exponent - places <= 0 ? 1 : BigDecimal.ONE.movePointRight(exponent - places).longValueExact();
        return new ViewCount(value, text, unit);
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
        // The last "<count> view(s)" standing on its own, read by hand (see labelCountAt): as an
        // expression it took a tenth of the time of reading a whole playlist page.
        ViewCount found = null;
        int length = labelRest.length();
        for (int at = 0; at < length; ) {
            int end = labelCountAt(labelRest, at);
            if (end < 0) {
                at++;
                continue;
            }
            String match = labelRest.substring(at, end);
            String number = match.substring(0, firstSpace(match));
            String digits = number.replace(",", "");
            if (number.equalsIgnoreCase("no")) {
                found = exact(0, match);
            } else if (digits.length() <= 18) {
                found = exact(Long.parseLong(digits), match);
            }
            at = end;
        }
        return Optional.ofNullable(found);
    }

    /**
     * Where {@code (?i)(?<![\w.,])(no|\d{1,3}(?:,\d{3})+|\d+)\s+views?\b} matches at {@code at}
     * ends, or -1 where it does not: a count not inside a word or a number, then the word.
     */
    private static int labelCountAt(String text, int at) {
        if (at > 0 && (isWord(text.charAt(at - 1)) || text.charAt(at - 1) == '.' || text.charAt(at - 1) == ',')) {
            return -1;
        }
        if (asciiMatches(text, at, "no")) {
            int end = viewsAfter(text, at + 2);
            if (end >= 0) {
                return end;
            }
        }
        int digits = digitsFrom(text, at);
        if (digits == 0) {
            return -1;
        }
        // grouped: one to three digits, then ",ddd" once or more
        if (digits <= 3) {
            int end = at + digits;
            while (end + 3 < text.length() && text.charAt(end) == ',' && digitsFrom(text, end + 1) >= 3) {
                end += 4;
            }
            if (end > at + digits) {
                int views = viewsAfter(text, end);
                if (views >= 0) {
                    return views;
                }
            }
        }
        return viewsAfter(text, at + digits);
    }

    // \s+views?\b from {@code at}: where it ends, or -1.
    private static int viewsAfter(String text, int at) {
        int i = at;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        if (i == at || !asciiMatches(text, i, "view")) {
            return -1;
        }
        i += 4;
        if (i < text.length() && (text.charAt(i) | 0x20) == 's') {
            i++;
        }
        // \b: a combining mark after the word's last letter still belongs to the word
        return i == text.length() || !isWord(text.charAt(i))
                && Character.getType(text.charAt(i)) != Character.NON_SPACING_MARK ? i : -1;
    }

    private static int digitsFrom(String text, int at) {
        int i = at;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i - at;
    }

    // ASCII letters only, as (?i) compares without UNICODE_CASE
    private static boolean asciiMatches(String text, int at, String lower) {
        if (at + lower.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < lower.length(); i++) {
            char c = text.charAt(at + i);
            if (c > 0x7F || (c | 0x20) != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int firstSpace(String match) {
        int i = 0;
        while (!isSpace(match.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isWord(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** The least the true count can be. */
    public long low() {
        return value;
    }

    /** The most the true count can be: a rounded "3.6K" is at most 3,699. */
    public long high() {
        return value + unit - 1;
    }

    /** Whether the count is surely at least {@code least}: a "500+ views" cutoff holds a "1K" but not a "4.9K" for 4,950. */
    public boolean atLeast(long least) {
        return low() >= least;
    }

    /** An exact count in full ("3,674"), a rounded one as YouTube showed it ("3.6K"). */
    public String shown() {
        return exact ? grouped(value) : abbreviated();
    }

    /**
     * A whole number with commas between its thousands ("1,234,567"), as {@code NumberFormat}'s US
     * integer format writes it, without making one for each number of a 5,000-row table.
     */
    public static String grouped(long number) {
        String digits = Long.toString(number);
        int start = number < 0 ? 1 : 0;
        int length = digits.length() - start;
        if (length <= 3) {
            return digits;
        }
        StringBuilder out = new StringBuilder(digits.length() + length / 3);
        out.append(digits, 0, start);
        int first = length % 3 == 0 ? 3 : length % 3;
        out.append(digits, start, start + first);
        for (int i = start + first; i < digits.length(); i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
        return out.toString();
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
