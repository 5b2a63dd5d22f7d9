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
 * sides ({@code " - "}) needs a space on at least one side, so {@code "Keith-Magee"} is never split;
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
    private final Pattern regex;
    // the separators' words (but dashes and quotes, which match their variants), each of which a title must contain to match: most titles fail most
    // patterns, and a contains() says so sooner than the regex's backtracking does
    private final List<String> required;

    private TitlePattern(String text, List<Slot> slots, List<String> literals) {
        this.text = text;
        this.slots = List.copyOf(slots);
        this.literals = List.copyOf(literals);
        this.regex = compile(slots, literals);
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

    /** Whether the title is the pattern's last part, so a title cut short lost only its end. */
    boolean endsWithTitle() {
        return slots.getLast() == Slot.TITLE && literals.getLast().isEmpty();
    }

    /** The parts of {@code title} in this pattern's places, or empty when its literal text does not fit. */
    public Optional<Parts> match(String title) {
        for (String word : required) {
            if (!title.contains(word)) {
                return Optional.empty();
            }
        }
        Matcher m = regex.matcher(title.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String[] values = new String[Slot.values().length];
        for (int i = 0; i < slots.size(); i++) {
            String value = m.group(i + 1).strip();
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values[slots.get(i).ordinal()] = value;
        }
        return Optional.of(new Parts(values[Slot.TRACK.ordinal()], values[Slot.SPEAKERS.ordinal()],
                values[Slot.TITLE.ordinal()], values[Slot.EVENT.ordinal()]));
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

    private static Pattern compile(List<Slot> slots, List<String> literals) {
        StringBuilder regex = new StringBuilder("^");
        for (int i = 0; i < slots.size(); i++) {
            regex.append(literal(literals.get(i)));
            boolean greedy = slots.get(i) == Slot.TITLE || i == slots.size() - 1;
            regex.append(greedy ? "(.+)" : "(.+?)");
        }
        return Pattern.compile(regex.append(literal(literals.getLast())).append("$").toString());
    }

    private static String literal(String text) {
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
