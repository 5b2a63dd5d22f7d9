package dev.talkwatch.ingest;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Cleans text as it arrives: NFC normalisation, no control or zero-width characters, single spaces, trimmed. */
public final class TextRepair {

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Cc}\\p{Zs}]+");
    private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B\\uFEFF]");

    private TextRepair() {
    }

    /** The cleaned text, or null for null or blank input. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String visible = ZERO_WIDTH.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll("");
        String cleaned = SPACES.matcher(visible).replaceAll(" ").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }
}
