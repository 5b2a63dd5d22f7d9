package dev.talkwatch.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decides whether a piece of a title is a list of people's names, and splits it. */
final class SpeakerNames {

    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:,|/|;|&|\\band\\b)\\s*");
    private static final Pattern NOT_A_NAME = Pattern.compile("[\\d():?!|\\[\\]{}<>#@+=*]");
    private static final Pattern SPACED_HYPHEN = Pattern.compile("^(\\S.*?)\\s+[-–]\\s+(\\S.*)$");
    private static final int MAX_WORDS_PER_NAME = 5;
    private static final int MAX_NAMES = 12;

    // Lower-case words that belong inside names: "Guido van Rossum", "Maria da Silva".
    private static final Set<String> PARTICLES = Set.of(
            "van", "von", "der", "den", "de", "da", "das", "do", "dos", "du", "del", "della", "di",
            "la", "le", "bin", "binti", "al", "el", "y", "e", "ten", "ter", "zu", "af", "av", "st.");

    // Capitalised words that start talk titles far more often than they appear in a name.
    private static final Set<String> TITLE_WORDS = Set.of(
            "a", "an", "the", "of", "for", "in", "on", "with", "to", "how", "why", "what", "when",
            "introduction", "intro", "introducing", "building", "build", "using", "beyond", "getting",
            "python", "django", "flask", "pandas", "rust", "data", "api", "apis", "ai", "ml", "web",
            "async", "testing", "tests", "code", "software", "foundation", "update", "panel", "summit",
            "conference", "welcome", "opening", "closing", "remarks", "session", "sessions", "day",
            "keynote", "keynotes", "talk", "talks", "tutorial", "tutorials", "lightning", "sponsor",
            "workshop", "community", "council", "steering", "board", "meeting", "sprint", "sprints",
            "poster", "posters", "open", "source", "award", "awards", "announcement", "announcements",
            "live", "stream", "recap", "highlights", "part", "ceremony", "q&a", "ama", "pycon",
            "pydata", "djangocon", "europython", "psf", "report", "state", "future", "new");

    private SpeakerNames() {
    }

    /**
     * The names in {@code text} ("Michael Chow, Richard Iannone", "Paul Kehrer/Alex Gaynor"), or an
     * empty list when it is not a list of names. A lone name needs two words, so "Django: ..." is
     * never read as a speaker, unless {@code soleName} allows a speaker known by one name
     * ("Carlos"), where the title's shape puts a speaker there.
     */
    static List<String> parseList(String text, boolean soleName) {
        String trimmed = text.strip();
        if (trimmed.isEmpty() || NOT_A_NAME.matcher(trimmed).find()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String part : LIST_SEPARATOR.split(trimmed)) {
            String name = part.strip();
            if (name.isEmpty() || !looksLikeName(name)) {
                return List.of();
            }
            names.add(name);
        }
        if (names.isEmpty() || names.size() > MAX_NAMES) {
            return List.of();
        }
        if (names.size() == 1 && names.getFirst().split("\\s+").length < 2 && !(soleName && isSoleName(names.getFirst()))) {
            return List.of();
        }
        return List.copyOf(names);
    }

    // One capitalised word of letters only, lower case after its first: "Carlos", not "API" or "PyTorch".
    private static boolean isSoleName(String word) {
        return word.length() >= 2 && Character.isUpperCase(word.codePointAt(0))
                && word.codePoints().skip(1).allMatch(Character::isLowerCase)
                && !TITLE_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean looksLikeName(String name) {
        // "Amanda Rojas - Vargas": a double surname written with a spaced hyphen
        Matcher spaced = SPACED_HYPHEN.matcher(name);
        if (spaced.matches()) {
            return spaced.group(1).split("\\s+").length >= 2 && spaced.group(2).split("\\s+").length <= 2
                    && looksLikeName(spaced.group(1)) && looksLikeName(spaced.group(2));
        }
        String[] words = name.split("\\s+");
        if (words.length > MAX_WORDS_PER_NAME) {
            return false;
        }
        boolean sawCapitalised = false;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            String lower = word.toLowerCase(Locale.ROOT);
            if (isNickname(word)) {
                continue;
            }
            if (TITLE_WORDS.contains(lower)) {
                return false;
            }
            if (i > 0 && PARTICLES.contains(lower)) {
                continue;
            }
            if (!isCapitalisedWord(word)) {
                return false;
            }
            sawCapitalised = true;
        }
        return sawCapitalised;
    }

    /** A short capitalised prefix without digits or punctuation: "Talks", "Sponsor Presentations". */
    static boolean looksLikeTrack(String text) {
        if (text.isEmpty() || NOT_A_NAME.matcher(text).find() || text.contains(",")) {
            return false;
        }
        String[] words = text.split("\\s+");
        return words.length <= 4 && isCapitalisedWord(words[0]);
    }

    // "Zags" in: Benjamin "Zags" Zagorsky
    private static boolean isNickname(String word) {
        return word.length() > 2
                && (word.startsWith("\"") && word.endsWith("\"")
                        || word.startsWith("“") && word.endsWith("”")
                        || word.startsWith("'") && word.endsWith("'"));
    }

    // Upper-case first letter, or a script without case (CJK); letters, apostrophes, hyphens, dots.
    private static boolean isCapitalisedWord(String word) {
        int first = word.codePointAt(0);
        if (!Character.isLetter(first) || Character.isLowerCase(first)) {
            return false;
        }
        return word.codePoints().allMatch(c -> Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || c == '\'' || c == '’' || c == '-' || c == '.');
    }
}
