package dev.talkwatch.ingest;

import java.io.IOException;
import java.io.Reader;

/** Decodes a JavaScript string literal, as some pages use for {@code ytInitialData = '\x7b...'}. */
final class JsStrings {

    private JsStrings() {
    }

    /** Reads up to the closing {@code quote}, the opening one already consumed, decoding escapes. */
    static String readLiteral(Reader in, char quote, String sourceName) throws IOException {
        StringBuilder text = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            if (c == quote) {
                return text.toString();
            }
            if (c != '\\') {
                text.append((char) c);
                continue;
            }
            int escaped = in.read();
            switch (escaped) {
                case 'x' -> text.append((char) hex(in, 2, sourceName));
                case 'u' -> text.append((char) hex(in, 4, sourceName));
                case 'n' -> text.append('\n');
                case 'r' -> text.append('\r');
                case 't' -> text.append('\t');
                case 'b' -> text.append('\b');
                case 'f' -> text.append('\f');
                case 'v' -> text.append('\u000B');
                case '0' -> text.append('\0');
                case '\n' -> { } // a line continuation
                case -1 -> throw truncated(sourceName);
                default -> text.append((char) escaped);
            }
        }
        throw truncated(sourceName);
    }

    private static int hex(Reader in, int digits, String sourceName) throws IOException {
        int value = 0;
        for (int i = 0; i < digits; i++) {
            int digit = Character.digit(in.read(), 16);
            if (digit < 0) {
                throw new UnreadableSourceException(sourceName, "ytInitialData holds a broken escape sequence");
            }
            value = value * 16 + digit;
        }
        return value;
    }

    private static UnreadableSourceException truncated(String sourceName) {
        return new UnreadableSourceException(sourceName, "ytInitialData ends early; the file looks truncated");
    }
}
