package dev.talkwatch.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Undoes UTF-8 text that was read as Windows-1252 or Latin-1 ("BuczyÅ„ski" for "Buczyński"),
 * including the lossy kind where one invisible byte got lost on the way ("VinÃcius" for
 * "Vinícius", "ðŸŒ" for "🌐"). A sequence is only replaced when the result is far more likely than
 * what stands there: correct text that merely contains such letters ("São", "CAFÉ…") is left alone.
 */
final class Mojibake {

    // cp1252's 0x80-0x9F; the five bytes it leaves undefined arrive as C1 controls (Latin-1)
    private static final String CP1252_HIGH =
            "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

    // Bytes that decoders drop or render invisible: cp1252's undefined ones and the soft hyphen.
    private static final int[] LOSABLE = {0xAD, 0x90, 0x9D, 0x81, 0x8D, 0x8F};

    // When a lost byte leaves several readings, the likelier characters, most likely first.
    private static final String LIKELY = "”’“‘–—•…€™🌐🐍🚀✨🔥📊📈🤖💡🎉👋👍🎤🎓🌍🌎🌏";

    private static final int MAX_PASSES = 3;

    private Mojibake() {
    }

    static String repair(String text) {
        String current = text;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            String repaired = repairOnce(current);
            if (repaired.equals(current)) {
                return current;
            }
            current = repaired;
        }
        return current;
    }

    private record Fix(int start, int end, String replacement, boolean lossy) {
    }

    private static String repairOnce(String text) {
        List<Fix> fixes = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            Fix fix = fixAt(text, i);
            if (fix == null) {
                i++;
            } else {
                fixes.add(fix);
                i = fix.end();
            }
        }
        // One repaired character on its own is trusted only where it is a common one.
        if (fixes.size() == 1 && !fixes.getFirst().lossy() && !commonAlone(fixes.getFirst().replacement())) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int done = 0;
        for (Fix fix : fixes) {
            out.append(text, done, fix.start()).append(fix.replacement());
            done = fix.end();
        }
        return out.append(text, done, text.length()).toString();
    }

    private static Fix fixAt(String text, int start) {
        int lead = byteOf(text.charAt(start));
        int needed = continuations(lead);
        if (needed == 0) {
            return null;
        }
        byte[] bytes = new byte[needed + 1];
        bytes[0] = (byte) lead;
        int have = 0;
        while (have < needed && start + 1 + have < text.length()) {
            int b = byteOf(text.charAt(start + 1 + have));
            if (b < 0x80 || b > 0xBF) {
                break;
            }
            bytes[1 + have] = (byte) b;
            have++;
        }
        if (have == needed) {
            String decoded = decode(bytes);
            return decoded != null && plausible(decoded) ? new Fix(start, start + 1 + needed, decoded, false) : null;
        }
        return have == needed - 1 ? lossyFix(text, start, lead, bytes, have) : null;
    }

    // One byte short: only where the context leaves no doubt that this is damage.
    private static Fix lossyFix(String text, int start, int lead, byte[] found, int have) {
        int end = start + 1 + have;
        boolean midWord = start > 0 && Character.isLowerCase(text.charAt(start - 1))
                && end < text.length() && Character.isLowerCase(text.charAt(end));
        boolean allowed = switch (have) {
            case 0 -> Character.isUpperCase(text.charAt(start)) && midWord; // "VinÃcius"
            case 1 -> lead == 0xE2 && (found[1] & 0xFF) == 0x80;             // "â€" + lost 0x9D: ”
            default -> lead == 0xF0 && (found[1] & 0xFF) == 0x9F;            // "ðŸŒ" + lost byte: an emoji
        };
        if (!allowed) {
            return null;
        }
        String best = null;
        int bestRank = Integer.MAX_VALUE;
        for (int missingAt = 1; missingAt <= have + 1; missingAt++) {
            for (int losable : LOSABLE) {
                byte[] bytes = new byte[have + 2];
                for (int i = 0, j = 0; i < bytes.length; i++) {
                    bytes[i] = i == missingAt ? (byte) losable : found[j++];
                }
                String decoded = decode(bytes);
                if (decoded == null || !plausible(decoded) || have == 0 && !Character.isLowerCase(decoded.codePointAt(0))) {
                    continue;
                }
                int likely = LIKELY.indexOf(decoded);
                int rank = likely >= 0 ? likely : LIKELY.length() + rankOf(losable);
                if (rank < bestRank) {
                    best = decoded;
                    bestRank = rank;
                }
            }
        }
        return best == null ? null : new Fix(start, end, best, true);
    }

    private static int rankOf(int losable) {
        for (int i = 0; i < LOSABLE.length; i++) {
            if (LOSABLE[i] == losable) {
                return i;
            }
        }
        return LOSABLE.length;
    }

    /** The byte a character stood for when UTF-8 was read as cp1252 or Latin-1, or -1. */
    private static int byteOf(char c) {
        if (c < 0x80 || c >= 0xA0 && c <= 0xFF) {
            return c;
        }
        int high = CP1252_HIGH.indexOf(c);
        if (high >= 0) {
            return 0x80 + high;
        }
        return c <= 0x9F ? c : -1;
    }

    private static int continuations(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 1;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 2;
        }
        return lead >= 0xF0 && lead <= 0xF4 ? 3 : 0;
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    // A character text is likely to hold: a letter of a living script, punctuation, a symbol, an emoji.
    private static boolean plausible(String decoded) {
        int c = decoded.codePointAt(0);
        int type = Character.getType(c);
        if (type == Character.UNASSIGNED || type == Character.CONTROL || type == Character.PRIVATE_USE
                || type == Character.FORMAT && c != 0x200D) {
            return false;
        }
        return c >= 0xA0 && c <= 0x17F          // Latin-1 Supplement, Latin Extended-A
                || c >= 0x370 && c <= 0x6FF     // Greek, Cyrillic, Armenian, Hebrew, Arabic
                || c >= 0x900 && c <= 0xDFF     // Indic scripts
                || c >= 0x1E00 && c <= 0x1EFF   // Latin Extended Additional (Vietnamese)
                || c >= 0x2000 && c <= 0x2BFF   // punctuation, currency, letterlike, arrows, math, symbols
                || c >= 0x3000 && c <= 0x9FFF   // CJK
                || c >= 0xAC00 && c <= 0xD7A3   // Hangul
                || c >= 0x1F000 && c <= 0x1FAFF; // emoji
    }

    // Alone in a text, only a Latin letter, common punctuation or a symbol is trusted.
    private static boolean commonAlone(String decoded) {
        int c = decoded.codePointAt(0);
        return c >= 0xA0 && c <= 0x17F || c >= 0x2010 && c <= 0x2044 || c >= 0x20A0 && c <= 0x20CF
                || c >= 0x2100 && c <= 0x215F || c >= 0x2190 && c <= 0x21FF || c >= 0x2600 && c <= 0x27BF
                || c >= 0x1F000 && c <= 0x1FAFF;
    }
}
