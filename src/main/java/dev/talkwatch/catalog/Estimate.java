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

    /**
     * As {@link #text}, but a value of 10,000 or more written short, as YouTube writes counts
     * ({@code +12K}, {@code +1.9B}), for a table's narrow column: a range of such values as
     * {@code +1.9B–2.0B}, or once when both ends read alike. Exact figures are for JSON.
     */
    public String compact(int decimals, boolean signed) {
        if (Math.max(Math.abs(low), Math.abs(high)) < 10_000) {
            return text(decimals, signed);
        }
        String from = shortNumber(low, signed);
        if (exact()) {
            return from;
        }
        String to = shortNumber(high, false);
        if (approximate && low == high || to.equals(shortNumber(low, false))) {
            return "\u2248" + from;
        }
        return from + "\u2013" + to;
    }

    // 12,345 as 12K, 123,456 as 123K, 1,234,567 as 1.2M, 1,887,357,680 as 1.9B: two or three figures.
    private static String shortNumber(double value, boolean signed) {
        double magnitude = Math.abs(value);
        String[] units = {"", "K", "M", "B", "T"};
        int unit = 0;
        double scaled = magnitude;
        while (scaled >= 999.95 && unit < units.length - 1) {
            scaled /= 1000;
            unit++;
        }
        String digits = unit == 0 ? grouped(magnitude, 0) : scaled < 9.95 ? grouped(scaled, 1) : grouped(scaled, 0);
        if (digits.endsWith(".0")) {
            digits = digits.substring(0, digits.length() - 2);
        }
        String sign = value < 0 ? "-" : signed ? "+" : "";
        return sign + digits + units[unit];
    }

    private static String number(double value, int decimals, boolean signed) {
        // below 10^12 with up to 3 places, rounding the exact binary value and DecimalFormat's rounding
        // of the shortest decimal agree; beyond, the shortest decimal has too few digits to agree with
        String text = Math.abs(value) < 1e12 && decimals <= 3 ? grouped(value, decimals) : decimalFormat(value, decimals);
        return signed && value >= 0 && !text.startsWith("-") ? "+" + text : text;
    }

    /**
     * What {@code new DecimalFormat("#,##0.0…")} (Locale.ROOT) writes, without its machinery, which
     * was most of printing a 5,000-row trend table: the value rounded half-even from its exact binary
     * value, "-" for a negative value (negative zero too), commas between thousands.
     */
    static String grouped(double value, int decimals) {
        boolean negative = value < 0 || value == 0 && 1 / value < 0;
        double magnitude = Math.abs(value);
        long scale = (long) Math.pow(10, decimals);
        long scaled = magnitude == Math.rint(magnitude) ? (long) magnitude * scale : scaledHalfEven(magnitude, scale);
        String whole = (negative ? "-" : "") + ViewCount.grouped(scaled / scale);
        if (decimals == 0) {
            return whole;
        }
        String fraction = Long.toString(scaled % scale);
        return whole + "." + "0".repeat(decimals - fraction.length()) + fraction;
    }

    /**
     * {@code magnitude × scale} rounded half-even from its exact value, for a product below 2^53:
     * what {@code new BigDecimal(magnitude).setScale(places, HALF_EVEN)} gives, without BigDecimal
     * (which was half of printing a 5,000-row trend). The product's rounding error is exact by
     * {@code fma}; it decides only where the rounded product's fraction is exactly one half, as
     * anywhere else the fraction is at least one unit in the last place from it, twice the error.
     */
    static long scaledHalfEven(double magnitude, long scale) {
        double product = magnitude * scale;
        double error = Math.fma(magnitude, scale, -product); // exact: magnitude × scale = product + error
        double whole = Math.floor(product);
        double fraction = product - whole; // exact below 2^53
        boolean up = fraction > 0.5
                || fraction == 0.5 && (error > 0 || error == 0 && ((long) whole & 1) == 1);
        return (long) whole + (up ? 1 : 0);
    }

    static String decimalFormat(double value, int decimals) {
        return new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }
}
