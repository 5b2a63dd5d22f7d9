package dev.talkwatch.ingest;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Repairs text as it arrives: UTF-8 read as Windows-1252 or Latin-1 (mojibake), HTML entities left
 * in ("&amp;lt;"), then NFC normalisation, no control or zero-width characters, single spaces,
 * trimmed.
 */
public final class TextRepair {

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Cc}\\p{Zs}]+");
    private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B\\uFEFF\\u00AD]");
    private static final Pattern ENTITY = Pattern.compile("&(?:#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

    private TextRepair() {
    }

    /**
     * A line of the author's own text, repaired but otherwise left as it was: its spaces, indentation
     * and Markdown stay. Never null.
     */
    public static String cleanLine(String line) {
        String repaired = Normalizer.normalize(Mojibake.repair(line), Normalizer.Form.NFC);
        return ZERO_WIDTH.matcher(repaired).replaceAll("");
    }

    /** The repaired text, or null for null or blank input. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        return isPlain(text) ? text : cleanFully(text);
    }

    /** {@link #clean} without the shortcut for plain text, which must give the same. */
    static String cleanFully(String text) {
        String repaired = Mojibake.repair(text);
        if (ENTITY.matcher(repaired).find()) {
            repaired = Parser.unescapeEntities(repaired, false);
        }
        String visible = ZERO_WIDTH.matcher(Normalizer.normalize(repaired, Normalizer.Form.NFC)).replaceAll("");
        String cleaned = SPACES.matcher(visible).replaceAll(" ").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /**
     * Whether {@link #clean} would return {@code text} as it is: no ampersand, no control, words
     * apart by single spaces, none at either end, no character of Latin-1's upper half (where
     * mojibake starts), no other kind of space or invisible one, and already in NFC. Most titles and
     * names are; they are then spared the regular expressions and most of the normaliser.
     */
    private static boolean isPlain(String text) {
        int length = text.length();
        if (length == 0 || text.charAt(0) == ' ' || text.charAt(length - 1) == ' ') {
            return false;
        }
        boolean ascii = true;
        char previous = 'x';
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c > '~') {
                if (c <= 0xFF || c == '\u200B' || c == '\uFEFF' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    return false;
                }
                ascii = false;
            } else if (c < ' ' || c == '&' || (c == ' ' && previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return ascii || Normalizer.isNormalized(text, Normalizer.Form.NFC);
    }
}
