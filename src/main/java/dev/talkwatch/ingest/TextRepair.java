package dev.talkwatch.ingest;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Cleans text as it arrives: NFC normalisation, no control characters, single spaces, trimmed. */
public final class TextRepair {

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Cc}\\p{Zs}\\u200B\\uFEFF]+");

    private TextRepair() {
    }

    /** The cleaned text, or null for null or blank input. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }
}
