package dev.talkwatch.store;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * The string values of a JSON document that recur (a status, an age such as "2 weeks ago"), each
 * made into a String once: read from the parser's own characters and matched against those seen.
 * Past {@link #LIMIT} distinct texts, it makes new Strings as the parser would.
 */
final class RecurringTexts {

    static final int LIMIT = 256;

    private final String[] table = new String[LIMIT * 2]; // open addressing, at most half full
    private int size;

    /** The current token's text. */
    String text(JsonParser parser) throws IOException {
        char[] chars = parser.getTextCharacters();
        int offset = parser.getTextOffset();
        int length = parser.getTextLength();
        int hash = 0;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + chars[i];
        }
        int mask = table.length - 1;
        for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
            String known = table[slot];
            if (known == null) {
                String text = new String(chars, offset, length);
                if (size < LIMIT) {
                    table[slot] = text;
                    size++;
                }
                return text;
            }
            if (known.length() == length && known.hashCode() == hash && matches(known, chars, offset)) {
                return known;
            }
        }
    }

    private static boolean matches(String known, char[] chars, int offset) {
        for (int i = 0; i < known.length(); i++) {
            if (known.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

    private static int mix(int hash) {
        return hash ^ (hash >>> 16);
    }

    int size() {
        return size;
    }
}
