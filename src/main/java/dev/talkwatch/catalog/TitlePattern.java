package dev.talkwatch.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A convention for video titles written as a template, such as {@code {track} - {speakers}: {title}}
 * or {@code {speakers} - {title} | {event}}. The placeholders are {@code {track}}, {@code {speakers}},
 * {@code {title}} and {@code {event}}, each at most once; everything else is literal text. In the
 * literal text, a run of spaces matches any spaces and a separator written with spaces on both
 * sides ({@code " - "}) needs a space on at least one side, so {@code "Keith-Magee"} is never split,
 * and a word ({@code " by "}) a space on each, so {@code "Hobby"} is never split either;
 * a dash matches "-", "–" or "—", and a double quote matches straight or curly quotes. {@code {title}}
 * takes as much as it can, the other placeholders as little. Immutable.
 */
public final class TitlePattern {

    /** The parts of a title a pattern matched, before validation; absent placeholders are null. */
    public record Parts(String track, String speakers, String title, String event) {
    }

    enum Slot { TRACK, SPEAKERS, TITLE, EVENT }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(track|speakers|title|event)}");

    private final String text;
    private final List<Slot> slots;
    private final List<String> literals; // literals.get(i) precedes slots.get(i); the last one ends the title
    private final List<Pattern> literalRegex; // one per literal, in order
    private final List<String> literalStarts; // the characters each literal's match can start with (but spaces)
    // the separators' words (but dashes and quotes, which match their variants), each of which a title must contain to match: most titles fail most
    // patterns, and a contains() says so sooner than the regex's backtracking does
    private final List<String> required;

    private TitlePattern(String text, List<Slot> slots, List<String> literals) {
        this.text = text;
        this.slots = List.copyOf(slots);
        this.literals = List.copyOf(literals);
        this.literalRegex = literals.stream().map(literal -> Pattern.compile(literal(literal))).toList();
        this.literalStarts = literals.stream().map(TitlePattern::starts).toList();
        this.required = literals.stream().flatMap(literal -> java.util.Arrays.stream(literal.strip().split("\\s+")))
                .filter(word -> !word.isEmpty() && word.chars().noneMatch(c -> "-–—\"“”".indexOf(c) >= 0)) // these match their kin
                .distinct().toList();
    }

    /** Parses a pattern; throws {@link IllegalArgumentException} saying what is wrong with it. */
    public static TitlePattern parse(String text) {
        Objects.requireNonNull(text, "pattern");
        List<Slot> slots = new ArrayList<>();
        List<String> literals = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        int done = 0;
        while (m.find()) {
            Slot slot = Slot.valueOf(m.group(1).toUpperCase(java.util.Locale.ROOT));
            if (slots.contains(slot)) {
                throw new IllegalArgumentException("pattern '" + text + "' names {" + m.group(1) + "} twice");
            }
            literals.add(text.substring(done, m.start()));
            slots.add(slot);
            done = m.end();
        }
        literals.add(text.substring(done));
        String rest = PLACEHOLDER.matcher(text).replaceAll("");
        if (rest.contains("{") || rest.contains("}")) {
            throw new IllegalArgumentException("pattern '" + text
                    + "' has an unknown placeholder; use {track}, {speakers}, {title} and {event}");
        }
        if (!slots.contains(Slot.TITLE) && !slots.contains(Slot.SPEAKERS)) {
            throw new IllegalArgumentException("pattern '" + text + "' needs {title} or {speakers}");
        }
        for (int i = 1; i < slots.size(); i++) {
            if (literals.get(i).isBlank()) {
                throw new IllegalArgumentException("pattern '" + text + "' needs a separator between {"
                        + slots.get(i - 1).name().toLowerCase(java.util.Locale.ROOT) + "} and {"
                        + slots.get(i).name().toLowerCase(java.util.Locale.ROOT) + "}");
            }
        }
        return new TitlePattern(text, slots, literals);
    }

    public String text() {
        return text;
    }

    boolean has(Slot slot) {
        return slots.contains(slot);
    }

    /** Whether the literal text on either side of {@code {event}} has a bracket, a bar or a bullet. */
    boolean eventSetOff() {
        int at = slots.indexOf(Slot.EVENT);
        return at >= 0 && (literals.get(at) + literals.get(at + 1)).chars().anyMatch(c -> "|•·([".indexOf(c) >= 0);
    }

    /** Whether the title is the pattern's last part, so a title cut short lost only its end. */
    boolean endsWithTitle() {
        return slots.getLast() == Slot.TITLE && literals.getLast().isEmpty();
    }

    /**
     * The parts of {@code title} in this pattern's places, or empty when its literal text does not fit.
     * Reads the title as the regular expression {@code ^L0(.+?)L1(.+?)…(.+)Ln$} would, but in time
     * linear in its length (times the number of separators): a backtracking match of several lazy
     * parts takes polynomial time on a title of thousands of " - " parts.
     */
    public Optional<Parts> match(String title) {
        for (String word : required) {
            if (!title.contains(word)) {
                return Optional.empty();
            }
        }
        String body = title.strip();
        int[] ends = placeEnds(body);
        if (ends == null) {
            return Optional.empty();
        }
        String[] values = new String[Slot.values().length];
        for (int i = 0; i < slots.size(); i++) {
            String value = body.substring(ends[2 * i], ends[2 * i + 1]).strip();
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values[slots.get(i).ordinal()] = value;
        }
        return Optional.of(new Parts(values[Slot.TRACK.ordinal()], values[Slot.SPEAKERS.ordinal()],
                values[Slot.TITLE.ordinal()], values[Slot.EVENT.ordinal()]));
    }

    /**
     * Where each placeholder's text starts and ends in {@code body} (two entries per placeholder), or
     * null when the literal text does not fit. A placeholder takes one character or more, none of
     * them a line break (as {@code .} does); {@code {title}} and the last placeholder end at the last
     * separator that leaves the rest a match, the others at the first. Works backwards once, from the
     * end, to know for each separator found whether the rest of the pattern can follow it.
     */
    private int[] placeEnds(String body) {
        int n = body.length();
        int count = slots.size();
        Matcher prefix = literalRegex.getFirst().matcher(body);
        if (!prefix.lookingAt()) {
            return null;
        }
        int[] lineEnd = new int[n + 1]; // the first line break at or after each index, or n
        lineEnd[n] = n;
        for (int i = n - 1; i >= 0; i--) {
            lineEnd[i] = isLineBreak(body.charAt(i)) ? i : lineEnd[i + 1];
        }
        // the last placeholder: it ends where the closing literal text starts, as late as it can
        int suffixStart = -1;
        Matcher suffix = literalRegex.getLast().matcher(body);
        for (int start = n; start >= 0 && suffixStart < 0; start--) {
            if (suffix.region(start, n).matches()) {
                suffixStart = start;
            }
        }
        if (suffixStart < 0) {
            return null;
        }
        // separatorEnd[i][p]: where separator i (before placeholder i) ends when it starts at p, if it
        // does and placeholders i.. can follow it; -1 otherwise
        int[][] separatorEnd = new int[count][];
        // canStart: whether placeholders i.. fit from each index, for the placeholder after the one in hand
        boolean[] canStart = new boolean[n + 1];
        for (int p = 0; p <= n; p++) {
            canStart[p] = p < suffixStart && lineEnd[p] >= suffixStart;
        }
        for (int i = count - 1; i >= 1; i--) {
            int[] ends = new int[n + 1];
            java.util.Arrays.fill(ends, -1);
            Matcher separator = literalRegex.get(i).matcher(body);
            String starts = literalStarts.get(i);
            for (int p = 1; p < n; p++) {
                char c = body.charAt(p);
                if (!Character.isWhitespace(c) && starts.indexOf(c) < 0) {
                    continue; // a separator starts with a space or its first mark: most places are neither
                }
                separator.region(p, n);
                if (separator.lookingAt()) {
                    ends[p] = fittingEnd(separator, p, separator.end(), body, canStart);
                }
            }
            separatorEnd[i] = ends;
            // placeholder i - 1 may start at q when a fitting separator i starts within its line, after q
            int[] nextSeparator = nextFrom(ends);
            boolean[] before = new boolean[n + 1];
            for (int q = 0; q < n; q++) {
                int p = nextSeparator[q + 1];
                before[q] = p <= n && p <= lineEnd[q];
            }
            canStart = before;
        }
        int at = prefix.end();
        if (!canStart[at]) {
            return null;
        }
        int[] places = new int[2 * count];
        for (int i = 0; i < count; i++) {
            places[2 * i] = at;
            if (i == count - 1) {
                places[2 * i + 1] = suffixStart;
                break;
            }
            int[] ends = separatorEnd[i + 1];
            int limit = lineEnd[at];
            int chosen = -1;
            if (slots.get(i) == Slot.TITLE) {
                for (int p = limit; p > at && chosen < 0; p--) {
                    chosen = ends[p] >= 0 ? p : -1;
                }
            } else {
                for (int p = at + 1; p <= limit && chosen < 0; p++) {
                    chosen = ends[p] >= 0 ? p : -1;
                }
            }
            places[2 * i + 1] = chosen;
            at = ends[chosen];
        }
        return places;
    }

    /**
     * Where a separator matched from {@code start} to {@code longest} ends so that the placeholders
     * after it fit, or -1: as the regular expression would, it gives back its trailing spaces one by
     * one ({@code " - "} matches "-  " and "- " alike) before it gives up.
     */
    private static int fittingEnd(Matcher separator, int start, int longest, String body, boolean[] canStart) {
        for (int end = longest; end > start; end--) {
            if (canStart[end] && (end == longest || separator.region(start, end).matches())) {
                return end;
            }
            if (!Character.isWhitespace(body.charAt(end - 1))) {
                return -1;
            }
        }
        return -1;
    }

    // The characters other than spaces that a match of the literal text can start with: its first mark and that mark's kin.
    private static String starts(String literal) {
        String core = literal.strip();
        if (core.isEmpty()) {
            return "";
        }
        char first = core.charAt(0);
        return first == '-' ? "-–—" : first == '–' || first == '—' ? "–—" : "\"“”".indexOf(first) >= 0 ? "\"“”" : String.valueOf(first);
    }

    /** For each index, the first index at or after it whose entry is not -1, or {@code length} when none is. */
    private static int[] nextFrom(int[] ends) {
        int[] next = new int[ends.length + 1];
        next[ends.length] = ends.length;
        for (int p = ends.length - 1; p >= 0; p--) {
            next[p] = ends[p] >= 0 ? p : next[p + 1];
        }
        return next;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * The patterns left when one placeholder other than the first is dropped with the separator
     * that joins it: {@code {track} - {speakers}: {title}} gives {@code {track} - {title}} and
     * {@code {track} - {speakers}}, those keeping the title first. They read the titles of a playlist
     * that leave a part out. A pattern with quotes or brackets has none.
     */
    List<TitlePattern> reductions() {
        List<TitlePattern> reduced = new ArrayList<>();
        if (literals.stream().anyMatch(literal -> literal.matches(".*[\"“”()\\[\\]].*"))) {
            return reduced; // quotes and brackets pair with the part they enclose; nothing to drop cleanly
        }
        for (int drop = slots.size() - 1; drop >= 1; drop--) {
            List<Slot> keptSlots = new ArrayList<>(slots);
            List<String> keptLiterals = new ArrayList<>(literals);
            keptSlots.remove(drop);
            // the last placeholder goes with the separator before it, any other with the one after it
            keptLiterals.remove(drop == slots.size() - 1 ? drop : drop + 1);
            if (keptSlots.contains(Slot.TITLE) || keptSlots.contains(Slot.SPEAKERS)) {
                reduced.add(new TitlePattern(render(keptSlots, keptLiterals), keptSlots, keptLiterals));
            }
        }
        // a title is the safer reading of a part: "Talks - Some Great Topic" names no one
        reduced.sort(java.util.Comparator.comparing((TitlePattern p) -> !p.has(Slot.TITLE)));
        return reduced;
    }

    private static String render(List<Slot> slots, List<String> literals) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < slots.size(); i++) {
            text.append(literals.get(i)).append('{').append(slots.get(i).name().toLowerCase(java.util.Locale.ROOT)).append('}');
        }
        return text.append(literals.getLast()).toString();
    }

    // The regular expression of one literal text (package-private: the linear test's oracle builds on it).
    static String literal(String text) {
        if (text.isEmpty()) {
            return "";
        }
        String core = text.strip();
        if (core.isEmpty()) {
            return "\\s+";
        }
        boolean spaceBefore = Character.isWhitespace(text.charAt(0));
        boolean spaceAfter = Character.isWhitespace(text.charAt(text.length() - 1));
        StringBuilder inner = new StringBuilder();
        for (int i = 0; i < core.length(); i++) {
            char c = core.charAt(i);
            if (Character.isWhitespace(c)) {
                while (i + 1 < core.length() && Character.isWhitespace(core.charAt(i + 1))) {
                    i++;
                }
                inner.append("\\s+");
            } else if (c == '-' || c == '–' || c == '—') {
                inner.append(c == '-' ? "[-–—]" : "[–—]");
            } else if (c == '"' || c == '“' || c == '”') {
                inner.append("[\"“”]");
            } else {
                inner.append(Pattern.quote(String.valueOf(c)));
            }
        }
        String core2 = inner.toString();
        // a word ("by") is a separator only as a whole word: "Hobby" holds no " by "
        boolean wordFirst = Character.isLetterOrDigit(core.charAt(0));
        boolean wordLast = Character.isLetterOrDigit(core.charAt(core.length() - 1));
        if (spaceBefore && spaceAfter && (wordFirst || wordLast)) {
            return (wordFirst ? "\\s+" : "\\s*") + core2 + (wordLast ? "\\s+" : "\\s*");
        }
        if (spaceBefore && spaceAfter) {
            return "(?:\\s+" + core2 + "\\s*|\\s*" + core2 + "\\s+)";
        }
        return (spaceBefore ? "\\s+" : "\\s*") + core2 + (spaceAfter ? "\\s+" : "\\s*");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TitlePattern pattern && pattern.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
