package dev.talkwatch.publish;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escapes text for Markdown so it always reads as the same literal text, whatever it holds: link
 * brackets, emphasis marks, backticks, raw HTML and entity references are neutralised. A title's
 * paired backticks are shown as backticks, not made a code span: the title is text as YouTube shows it.
 */
public final class MarkdownText {

    private static final Pattern ENTITY_NAME = Pattern.compile("#?[A-Za-z0-9]+;");

    private MarkdownText() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        if (plain(text)) {
            return text; // most titles: nothing to escape, no code span to find
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        escapeAll(text, out);
        return out.toString();
    }

    // No character that escapeAll changes.
    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '\\', '[', ']', '*', '<', '`', '~', '_', '&' -> {
                    return false;
                }
                default -> {
                    // read on
                }
            }
        }
        return true;
    }

    private static void escapeAll(String text, StringBuilder out) {
        Matcher entity = ENTITY_NAME.matcher(text);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '[', ']', '*', '<', '`', '~' -> out.append('\\').append(c);
                case '_' -> out.append(insideWord(text, i) ? "_" : "\\_");
                // "&amp;" in a title is text, not a character reference
                case '&' -> out.append(entity.region(i + 1, text.length()).lookingAt() ? "\\&" : "&");
                default -> out.append(c);
            }
        }
    }

    // snake_case cannot start emphasis; only an underscore at a word's edge can.
    private static boolean insideWord(String text, int i) {
        return i > 0 && i + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /** A link destination: characters that would end or break it are percent-encoded. */
    public static String linkDestination(String url) {
        if (url.indexOf(' ') < 0 && url.indexOf('(') < 0 && url.indexOf(')') < 0 && url.indexOf('<') < 0
                && url.indexOf('>') < 0) {
            return url; // every link YouTube gives
        }
        return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E");
    }
}
