package dev.talkwatch.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * talkwatch's SQL as written, made into what JDBC runs: {@code <name>} is replaced by the list a
 * statement defined under that name ({@link SqlStatement#bindList}), {@code :name} is a named
 * parameter and {@code ?} a positional one; nothing inside quotes or comments counts, and
 * {@code ::} is PostgreSQL's cast.
 */
final class SqlText {

    /** SQL for JDBC, with {@code ?} for every parameter, and each parameter's name (or position, as "0", "1"...). */
    record Parsed(String sql, List<String> parameters) {
    }

    private SqlText() {
    }

    /** The template with each {@code <name>} replaced by its attribute; an attribute not given is an error. */
    static String render(String template, Map<String, String> attributes) {
        if (template.indexOf('<') < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 64);
        int i = 0;
        while (i < template.length()) {
            int skipped = skipQuotedOrComment(template, i);
            if (skipped > i) {
                out.append(template, i, skipped);
                i = skipped;
                continue;
            }
            char c = template.charAt(i);
            int end = c == '<' ? identifierEnd(template, i + 1) : i + 1;
            if (c == '<' && end > i + 1 && end < template.length() && template.charAt(end) == '>') {
                String name = template.substring(i + 1, end);
                String value = attributes.get(name);
                if (value == null) {
                    throw new IllegalArgumentException("no list was bound for <" + name + "> in: " + template.strip());
                }
                out.append(value);
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The SQL with its parameters replaced by {@code ?}, and their names in order. */
    static Parsed parse(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        List<String> parameters = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < sql.length()) {
            int skipped = skipQuotedOrComment(sql, i);
            if (skipped > i) {
                i = skipped;
                continue;
            }
            char c = sql.charAt(i);
            if (c == ':' && i + 1 < sql.length() && sql.charAt(i + 1) == ':') {
                i += 2; // a cast
            } else if (c == ':' && identifierEnd(sql, i + 1) > i + 1) {
                int end = identifierEnd(sql, i + 1);
                out.append(sql, start, i).append('?');
                parameters.add(sql.substring(i + 1, end));
                start = end;
                i = end;
            } else if (c == '?') {
                out.append(sql, start, i + 1);
                parameters.add(Integer.toString(positional(parameters)));
                start = ++i;
            } else {
                i++;
            }
        }
        return new Parsed(out.append(sql, start, sql.length()).toString(), List.copyOf(parameters));
    }

    // How many positional parameters come before the next one.
    private static int positional(List<String> parameters) {
        int count = 0;
        for (String parameter : parameters) {
            if (!parameter.isEmpty() && Character.isDigit(parameter.charAt(0))) {
                count++;
            }
        }
        return count;
    }

    /** Where the identifier ({@code [A-Za-z_][A-Za-z0-9_.]*}) starting at {@code from} ends; {@code from} if none does. */
    private static int identifierEnd(String text, int from) {
        if (from >= text.length() || !(Character.isLetter(text.charAt(from)) || text.charAt(from) == '_')) {
            return from;
        }
        int i = from + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.')) {
                break;
            }
            i++;
        }
        return text.charAt(i - 1) == '.' ? i - 1 : i;
    }

    /** Past the quoted text or comment starting at {@code i}; {@code i} itself if none starts there. */
    private static int skipQuotedOrComment(String text, int i) {
        char c = text.charAt(i);
        if (c == '\'' || c == '"' || c == '`') {
            int j = i + 1;
            while (j < text.length()) {
                if (text.charAt(j) == c) {
                    if (j + 1 < text.length() && text.charAt(j + 1) == c) {
                        j += 2; // a doubled quote stands for itself
                        continue;
                    }
                    return j + 1;
                }
                j++;
            }
            return text.length();
        }
        if (c == '-' && text.startsWith("--", i)) {
            int end = text.indexOf('\n', i);
            return end < 0 ? text.length() : end;
        }
        if (c == '/' && text.startsWith("/*", i)) {
            int end = text.indexOf("*/", i + 2);
            return end < 0 ? text.length() : end + 2;
        }
        return i;
    }
}
