package dev.talkwatch.ingest;

import java.util.ArrayList;
import java.util.List;

/** The few YAML forms Hugo front matter uses for title, date and tags: plain, quoted, [inline, lists]. */
final class FrontMatterValues {

    private FrontMatterValues() {
    }

    /** A scalar without its quotes: "a \"b\"" or 'a ''b''' or plain. */
    static String scalar(String raw) {
        String value = raw.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            StringBuilder out = new StringBuilder();
            for (int i = 1; i < value.length() - 1; i++) {
                char c = value.charAt(i);
                if (c == '\\' && i + 1 < value.length() - 1) {
                    char next = value.charAt(++i);
                    out.append(switch (next) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        default -> next;
                    });
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            return value.substring(1, value.length() - 1).replace("''", "'");
        }
        return value;
    }

    /** "[python, web]" as a list; anything else as no items. */
    static List<String> inlineList(String raw) {
        List<String> items = new ArrayList<>();
        String value = raw.strip();
        if (value.startsWith("[") && value.endsWith("]")) {
            for (String item : value.substring(1, value.length() - 1).split(",")) {
                if (!item.isBlank()) {
                    items.add(scalar(item));
                }
            }
        }
        return items;
    }
}
