package dev.talkwatch.store;

import org.jdbi.v3.core.statement.ParsedSql;
import org.jdbi.v3.core.statement.SqlParser;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.TemplateEngine;
import org.jdbi.v3.core.statement.UnableToCreateStatementException;

/**
 * How Jdbi reads talkwatch's SQL: {@code <name>} is replaced by the defined attribute (what
 * {@code bindList} defines), {@code :name} is a named parameter and {@code ?} a positional one;
 * nothing inside quotes or comments counts, and {@code ::} is PostgreSQL's cast. Jdbi's own parsers
 * do the same with ANTLR lexers, which take longer to warm up than a whole short command runs.
 */
final class SqlText implements SqlParser, TemplateEngine {

    static final SqlText INSTANCE = new SqlText();

    private SqlText() {
    }

    @Override
    public String render(String template, StatementContext ctx) {
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
                Object value = ctx.getAttribute(name);
                if (value == null) {
                    throw new UnableToCreateStatementException("Undefined attribute for token '<" + name + ">'", ctx);
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

    @Override
    public ParsedSql parse(String sql, StatementContext ctx) {
        ParsedSql.Builder parsed = ParsedSql.builder();
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
                parsed.append(sql.substring(start, i)).appendNamedParameter(sql.substring(i + 1, end));
                start = end;
                i = end;
            } else if (c == '?') {
                parsed.append(sql.substring(start, i)).appendPositionalParameter();
                start = ++i;
            } else {
                i++;
            }
        }
        return parsed.append(sql.substring(start)).build();
    }

    @Override
    public String nameParameter(String rawName, StatementContext ctx) {
        return ":" + rawName;
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
