package dev.talkwatch.ingest;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Passes HTML through to the parser, refusing a tag name of more than {@link #LONGEST} characters:
 * jsoup builds a tag name in time that grows with the square of its length (a 10 MB one ran for
 * minutes), and no page has one. The count starts at a {@code <} or {@code </} followed by a letter
 * and ends at a space, {@code /} or {@code >}, as the tokenizer's does; the limit is far beyond any
 * run of a page's scripts that could look like one.
 */
final class TagNameGuard extends FilterReader {

    static final int LONGEST = 100_000;

    private final String sourceName;
    private long position;
    private int state; // 0: text; 1: after '<'; 2: after "</"; 3: in a tag name
    private int length;

    TagNameGuard(Reader in, String sourceName) {
        super(in);
        this.sourceName = sourceName;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            see((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
        int n = super.read(buffer, offset, count);
        for (int i = 0; i < n; i++) {
            see(buffer[offset + i]);
        }
        return n;
    }

    private void see(char c) {
        position++;
        switch (state) {
            case 0 -> state = c == '<' ? 1 : 0;
            case 1, 2 -> {
                if (c == '/' && state == 1) {
                    state = 2;
                } else if (Character.isLetter(c)) {
                    state = 3;
                    length = 1;
                } else {
                    state = c == '<' ? 1 : 0;
                }
            }
            default -> {
                if (c == '>' || c == '/' || Character.isWhitespace(c)) {
                    state = 0;
                } else if (++length > LONGEST) {
                    throw new UnreadableSourceException(sourceName, "the HTML holds a tag name of more than "
                            + String.format(java.util.Locale.ROOT, "%,d", LONGEST) + " characters (at character "
                            + String.format(java.util.Locale.ROOT, "%,d", position) + "): the page is damaged; save it again");
                }
            }
        }
    }
}
