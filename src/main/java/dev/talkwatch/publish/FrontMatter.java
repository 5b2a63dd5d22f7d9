package dev.talkwatch.publish;

import java.util.regex.Pattern;

/** YAML scalars for Hugo front matter. */
final class FrontMatter {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._/+-]*");

    private FrontMatter() {
    }

    /** A double-quoted YAML string. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\x%02x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    /** Plain when YAML reads it back unchanged as a string, quoted otherwise. */
    static String scalar(String text) {
        boolean plain = PLAIN.matcher(text).matches() && !text.endsWith(" ")
                && !text.matches("(?i)(true|false|yes|no|on|off|null|~|[-+]?[0-9._]+)");
        return plain ? text : quoted(text);
    }
}
