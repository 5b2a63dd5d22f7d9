package dev.talkwatch.publish;

import java.util.regex.Pattern;

/** YAML scalars for Hugo front matter. */
final class FrontMatter {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._/+-]*");

    private FrontMatter() {
    }

    /** A double-quoted YAML string, as the post reader reads it back. */
    static String quoted(String text) {
        return dev.talkwatch.catalog.FrontMatterYaml.quoted(text);
    }

    /** Plain when YAML reads it back unchanged as a string, quoted otherwise. */
    static String scalar(String text) {
        boolean plain = PLAIN.matcher(text).matches() && !text.endsWith(" ")
                && !text.matches("(?i)(true|false|yes|no|on|off|null|~|[-+]?[0-9._]+)");
        return plain ? text : quoted(text);
    }
}
