package dev.talkwatch.catalog;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * A number known only as well as the counts it came from: the true value lies between {@code low}
 * and {@code high}; {@code approximate} says a count behind it was not the exact count at its moment
 * (one copied into a post), so even {@code low == high} is no exact value. Written out, an estimate
 * never looks more precise than it is: "+537", "+100–299", "≈+40".
 */
public record Estimate(double low, double high, boolean approximate) {

    public Estimate {
        if (Double.isNaN(low) || Double.isNaN(high) || low > high) {
            throw new IllegalArgumentException("not a range: " + low + " to " + high);
        }
    }

    /** The range a count stands for: a rounded "3.6K" is 3,600 to 3,699. */
    public static Estimate of(ViewCount views) {
        return new Estimate(views.low(), views.high(), !views.exact() && views.unit() == 1);
    }

    public static Estimate exactly(double value) {
        return new Estimate(value, value, false);
    }

    public boolean exact() {
        return !approximate && low == high;
    }

    /** The best single guess: the middle of the range. */
    public double middle() {
        return (low + high) / 2;
    }

    /**
     * This minus {@code earlier}, for a count that only grows: where rounding alone allows a drop,
     * the low end is 0.
     */
    public Estimate gainSince(Estimate earlier) {
        double from = low - earlier.high;
        double to = high - earlier.low;
        boolean precise = exact() && earlier.exact();
        if (!precise && from < 0 && to >= 0) {
            from = 0;
        }
        return new Estimate(from, to, approximate || earlier.approximate);
    }

    /** This divided by a duration known to lie between {@code shortest} and {@code longest} (both positive). */
    public Estimate per(double shortest, double longest) {
        if (shortest <= 0 || longest < shortest) {
            throw new IllegalArgumentException("not a positive span: " + shortest + " to " + longest);
        }
        double a = low / longest;
        double b = low / shortest;
        double c = high / longest;
        double d = high / shortest;
        return new Estimate(Math.min(Math.min(a, b), Math.min(c, d)), Math.max(Math.max(a, b), Math.max(c, d)),
                approximate);
    }

    /** Written with {@code decimals} places (fewer when the range is wide), signed if {@code signed}. */
    public String text(int decimals, boolean signed) {
        if (exact()) {
            return number(low, decimals, signed);
        }
        if (approximate && low == high) {
            return "\u2248" + number(low, decimals, signed);
        }
        int places = high - low >= 10 ? 0 : decimals;
        return number(low, places, signed) + "\u2013" + number(high, places, false);
    }

    // A format per thread and number of decimals: making one reads its pattern, which cost more
    // than the formatting in a 5,000-row trend table. DecimalFormat is not safe to share.
    private static final ThreadLocal<DecimalFormat[]> FORMATS = ThreadLocal.withInitial(() -> new DecimalFormat[8]);

    private static String number(double value, int decimals, boolean signed) {
        DecimalFormat[] formats = FORMATS.get();
        DecimalFormat format = decimals < formats.length ? formats[decimals] : null;
        if (format == null) {
            format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                    DecimalFormatSymbols.getInstance(Locale.ROOT));
            if (decimals < formats.length) {
                formats[decimals] = format;
            }
        }
        String text = format.format(value);
        return signed && value >= 0 && !text.startsWith("-") ? "+" + text : text;
    }
}
