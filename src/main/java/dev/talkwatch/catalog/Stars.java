package dev.talkwatch.catalog;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rating from 0 to 5 stars in half steps, kept as half stars (0 to 10). Written as the recap post
 * writes it: ★ for a star, ½ for a half, ☆ for each star not given ("★★★½☆").
 */
public record Stars(int halfStars) {

    private static final Pattern NUMBER = Pattern.compile("^(\\d+(?:[.,]\\d+)?)(?:\\s*/\\s*5)?$");
    private static final Pattern GLYPHS = Pattern.compile("^(★*)(½?)(☆*)$");

    public Stars {
        if (halfStars < 0 || halfStars > 10) {
            throw new IllegalArgumentException("a rating is 0 to 5 stars, not " + halfStars / 2.0);
        }
    }

    /**
     * Reads "3", "3.5", "3,5", "4/5" or "★★★½☆"; empty when the text is none of these or not in half
     * steps from 0 to 5.
     */
    public static Optional<Stars> parse(String text) {
        String value = text.strip();
        Matcher number = NUMBER.matcher(value);
        if (number.matches()) {
            double stars = Double.parseDouble(number.group(1).replace(',', '.'));
            double halves = stars * 2;
            if (halves != Math.rint(halves) || halves < 0 || halves > 10) {
                return Optional.empty();
            }
            return Optional.of(new Stars((int) halves));
        }
        Matcher glyphs = GLYPHS.matcher(value);
        if (glyphs.matches() && !value.isEmpty()) {
            int full = glyphs.group(1).length();
            int half = glyphs.group(2).length();
            int empty = glyphs.group(3).length();
            // written out in full: five places, a half counting as one
            if ((full + half + empty == 5 || empty == 0) && full * 2 + half <= 10) {
                return Optional.of(new Stars(full * 2 + half));
            }
        }
        return Optional.empty();
    }

    public double value() {
        return halfStars / 2.0;
    }

    /** "★★★½☆": five places, a half star as ½. */
    public String glyphs() {
        int full = halfStars / 2;
        boolean half = halfStars % 2 == 1;
        return "★".repeat(full) + (half ? "½" : "") + "☆".repeat(5 - full - (half ? 1 : 0));
    }

    /** "3" or "3.5". */
    @Override
    public String toString() {
        return halfStars % 2 == 0 ? Integer.toString(halfStars / 2) : (halfStars / 2) + ".5";
    }
}
