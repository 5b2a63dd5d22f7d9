package dev.talkwatch.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns raw video titles into {@link Talk}s under one convention: a primary {@link TitlePattern},
 * then the reductions of it for titles that leave a part out; a title the convention does not
 * explain is read on its own by the first built-in pattern that does, else the whole title is the
 * talk's title. {@link #detect} picks the convention that explains most of a playlist's titles, or
 * none, when no pattern explains more than half of them: then every title is read on its own.
 * Immutable and thread-safe.
 */
public final class TitleParser {

    public static final TitlePattern WHOLE_TITLE = TitlePattern.parse("{title}");

    /** The conventions talkwatch knows, most specific first; ties in detection go to the earlier. */
    public static final List<TitlePattern> BUILT_IN = List.of(
            TitlePattern.parse("{track} - {speakers}: {title}"),
            TitlePattern.parse("{track}: {speakers}: {title}"),
            TitlePattern.parse("{speakers} - {title} | {event}"),
            TitlePattern.parse("{title} - {speakers} | {event}"),
            TitlePattern.parse("{speakers}: {title} | {event}"),
            TitlePattern.parse("{title} | {speakers} | {event}"),
            TitlePattern.parse("\"{title}\" - {speakers} ({event})"),
            TitlePattern.parse("\"{title}\" by {speakers} ({event})"),
            TitlePattern.parse("{event}: {speakers} - {title}"),
            TitlePattern.parse("{event} - {speakers} - {title}"),
            TitlePattern.parse("{event} - {title} by {speakers}"),
            TitlePattern.parse("{event}: {title} by {speakers}"),
            TitlePattern.parse("{title} - {speakers} - {event}"),
            TitlePattern.parse("{title} • {speakers} • {event}"),
            TitlePattern.parse("{title} — {speakers}"),
            TitlePattern.parse("{title} | {speakers}"),
            TitlePattern.parse("{speakers} | {track}"),
            TitlePattern.parse("{speakers}: {title}"),
            TitlePattern.parse("{title} by {speakers}"),
            TitlePattern.parse("{speakers} - {title}"),
            TitlePattern.parse("{title} - {speakers}"),
            TitlePattern.parse("{track} - {title}"));

    private static final int MAX_EVENT_LENGTH = 80;

    /**
     * The longest title talkwatch splits into parts, and keeps at all on import: YouTube allows 100
     * characters, pyvideo's full titles run to a few hundred. A longer one is read as a whole title.
     */
    public static final int LONGEST = 1_000;

    private static final Map<String, String> CANONICAL_TRACKS = Map.of(
            "keynote speaker", "Keynote",
            "keynote speakers", "Keynote",
            "keynotes", "Keynote");

    // Prefixes conferences use for tracks; others count only when speakers follow or they recur.
    private static final Set<String> KNOWN_TRACKS = Set.of(
            "talk", "talks", "tutorial", "tutorials", "keynote", "keynotes", "keynote speaker",
            "keynote speakers", "lightning talk", "lightning talks", "sponsor presentation",
            "sponsor presentations", "sponsor talk", "sponsor talks", "workshop", "workshops", "panel",
            "panels", "charla", "charlas", "poster", "posters", "plenary", "summit", "session", "sessions");

    /** What {@link #convention()} says of a parser that reads every title on its own. */
    public static final String TITLE_BY_TITLE = "title by title";

    private final TitlePattern primary;
    private final List<TitlePattern> candidates;
    private final List<TitlePattern> alone;
    private final Set<String> recurringTracks;
    // what each pattern made of each title, shared by the parsers that read one playlist's titles
    private final Matches matches;

    /**
     * Patterns' matches of titles, kept while one playlist's titles are read: finding its
     * convention reads every title with every built-in pattern, and the parser found reads them again.
     */
    private static final class Matches {
        private final Map<TitlePattern, Map<String, java.util.Optional<TitlePattern.Parts>>> byPattern = new HashMap<>();

        private final Map<String, List<String>> framedNames = new HashMap<>();
        private final Map<String, List<String>> names = new HashMap<>();

        java.util.Optional<TitlePattern.Parts> match(TitlePattern pattern, String body) {
            return byPattern.computeIfAbsent(pattern, p -> new HashMap<>()).computeIfAbsent(body, pattern::match);
        }

        List<String> speakers(String text, boolean framed) {
            return (framed ? framedNames : names).computeIfAbsent(text, t -> SpeakerNames.parseList(t, framed));
        }
    }

    private java.util.Optional<TitlePattern.Parts> match(TitlePattern pattern, String body) {
        if (body.length() > LONGEST) {
            return java.util.Optional.empty();
        }
        return matches == null ? pattern.match(body) : matches.match(pattern, body);
    }

    /** The PyCon US convention, {@code {track} - {speakers}: {title}}. */
    public TitleParser() {
        this(BUILT_IN.getFirst());
    }

    /** A parser for {@code primary} alone: a title it does not read is the talk's title. */
    public TitleParser(TitlePattern primary) {
        this(primary, Set.of(), false);
    }

    private TitleParser(TitlePattern primary, Set<String> recurringTracks, boolean readRestAlone) {
        this(primary, recurringTracks, readRestAlone, null);
    }

    private TitleParser(TitlePattern primary, Set<String> recurringTracks, boolean readRestAlone, Matches matches) {
        this.matches = matches;
        this.primary = primary;
        this.recurringTracks = recurringTracks.stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<TitlePattern> all = new ArrayList<>();
        if (primary != null) {
            all.add(primary);
            all.addAll(primary.reductions());
        }
        all.remove(WHOLE_TITLE);
        this.candidates = List.copyOf(all);
        this.alone = readRestAlone ? BUILT_IN.stream().filter(p -> !p.equals(primary)).toList() : List.of();
    }

    /**
     * The convention that explains most of {@code titles}, counting for each built-in pattern the
     * titles it or its reductions read; ties go to the one that fills more parts, then to the one
     * more titles follow in full, then to the earlier built-in. A reduction to a title and an
     * event ({@code {title} | {event}}, which reads any title with a bar in it) explains nothing.
     * Tracks that recur under a pattern count as tracks for its reductions. A pattern that
     * explains no more than half of the titles is no convention: then each title is read on its own.
     */
    public static TitleParser detect(Collection<String> titles) {
        TitleParser best = null;
        long bestExplained = 0;
        long bestFilled = 0;
        long bestWhole = 0;
        Matches matches = new Matches();
        for (TitlePattern pattern : BUILT_IN) {
            TitleParser parser = new TitleParser(pattern, recurringTracks(pattern, titles, matches), true, matches);
            long explained = 0;
            long filled = 0;
            long whole = 0;
            for (String title : titles) {
                ParsedTitle parsed = parser.read(title, true); // how the rest would be read on its own counts for nothing
                if (parsed != null && explains(pattern, parsed.pattern())) {
                    explained++;
                    filled += parts(parsed.talk());
                    whole += parsed.pattern().equals(pattern) ? 1 : 0;
                }
            }
            if (explained > bestExplained || explained == bestExplained
                    && (filled > bestFilled || filled == bestFilled && whole > bestWhole)) {
                best = parser;
                bestExplained = explained;
                bestFilled = filled;
                bestWhole = whole;
            }
            if (bestWhole == titles.size() && bestFilled == (long) MOST_PARTS * titles.size()) {
                break; // every title read in full: a later pattern can at best tie, and ties go to the earlier
            }
        }
        // no convention: each title is read by the first built-in pattern that reads it
        return best != null && bestExplained * 2 > titles.size() ? best : new TitleParser(null, Set.of(), true, matches);
    }

    // Whether a title read by `read`, the convention `pattern` or one of its reductions, counts for
    // it: a reduction to a title alone and an event ("{title} | {event}") reads any title with a bar
    // in it, and says nothing of a convention.
    private static boolean explains(TitlePattern pattern, TitlePattern read) {
        return read.equals(pattern) || read.has(TitlePattern.Slot.TRACK) || read.has(TitlePattern.Slot.SPEAKERS);
    }

    /** A parser for a pattern the user chose, with the tracks that recur among {@code titles}. */
    public static TitleParser withPattern(TitlePattern pattern, Collection<String> titles) {
        Matches matches = new Matches();
        return new TitleParser(pattern, recurringTracks(pattern, titles, matches), false, matches);
    }

    // Tracks that head two or more titles under the pattern or its reductions.
    private static Set<String> recurringTracks(TitlePattern pattern, Collection<String> titles, Matches matches) {
        List<TitlePattern> patterns = new ArrayList<>(List.of(pattern));
        patterns.addAll(pattern.reductions());
        patterns.removeIf(p -> !p.has(TitlePattern.Slot.TRACK));
        Map<String, Integer> counts = new HashMap<>();
        for (String title : titles) {
            String body = stripEllipsis(title);
            patterns.stream().map(p -> matches.match(p, body)).flatMap(java.util.Optional::stream).findFirst()
                    .map(TitlePattern.Parts::track)
                    .filter(SpeakerNames::looksLikeTrack)
                    .ifPresent(track -> counts.merge(track.toLowerCase(Locale.ROOT), 1, Integer::sum));
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2).map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    // the parts a talk can fill (track, speakers, title)
    private static final int MOST_PARTS = 3;

    private static int parts(Talk talk) {
        return (talk.track() == null ? 0 : 1) + (talk.speakers().isEmpty() ? 0 : 1) + (talk.title() == null ? 0 : 1);
    }

    /** The convention's pattern; {@link #WHOLE_TITLE} for a parser that reads every title on its own. */
    public TitlePattern pattern() {
        return primary == null ? WHOLE_TITLE : primary;
    }

    /** The convention as a user reads it: the pattern, or {@value #TITLE_BY_TITLE}. */
    public String convention() {
        return primary == null ? TITLE_BY_TITLE : primary.text();
    }

    /** Whether {@code parsed} was read by this parser's convention, not by a pattern of its own. */
    public boolean byConvention(ParsedTitle parsed) {
        return candidates.contains(parsed.pattern());
    }

    public Talk parse(String rawTitle) {
        return parseWithPattern(rawTitle).talk();
    }

    public ParsedTitle parseWithPattern(String rawTitle) {
        return read(rawTitle, false);
    }

    // The title as the convention reads it, then (unless `conventionOnly`: null instead) as the
    // first built-in pattern on its own does, else as a whole.
    private ParsedTitle read(String rawTitle, boolean conventionOnly) {
        String title = rawTitle == null ? "" : rawTitle.strip();
        String body = stripEllipsis(title);
        boolean truncated = body.length() < title.length();
        for (List<TitlePattern> patterns : conventionOnly ? List.of(candidates) : List.of(candidates, alone)) {
            for (TitlePattern pattern : patterns) {
                // a cut title can only have lost its end; only a pattern ending in the title survives that
                if (truncated && !pattern.endsWithTitle()) {
                    continue;
                }
                Talk talk = match(pattern, body).map(parts -> talk(pattern, parts, truncated)).orElse(null);
                if (talk != null) {
                    return new ParsedTitle(talk, pattern);
                }
            }
        }
        return conventionOnly ? null : new ParsedTitle(new Talk(null, List.of(), body.isEmpty() ? null : body, truncated), WHOLE_TITLE);
    }

    // The title without a trailing "…" or "..." (three dots or more) that marks it as cut.
    private static String stripEllipsis(String title) {
        String stripped = title == null ? "" : title.strip();
        int end = stripped.length();
        if (stripped.endsWith("…")) {
            end--;
        } else if (stripped.endsWith("...")) {
            while (end > 0 && stripped.charAt(end - 1) == '.') {
                end--;
            }
        } else {
            return stripped;
        }
        return stripped.substring(0, end).strip();
    }

    /** The talk these parts make, or null when a part is not what its placeholder needs. */
    private Talk talk(TitlePattern pattern, TitlePattern.Parts parts, boolean truncated) {
        List<String> speakers = List.of();
        if (parts.speakers() != null) {
            // between a track and a title, one word can name a speaker: "Talk - Carlos: Title"
            boolean framed = pattern.has(TitlePattern.Slot.TRACK) && pattern.has(TitlePattern.Slot.TITLE);
            speakers = matches == null ? SpeakerNames.parseList(parts.speakers(), framed)
                    : matches.speakers(parts.speakers(), framed);
            if (speakers.isEmpty()) {
                return null;
            }
        }
        if (parts.track() != null && !acceptsTrack(pattern, parts.track())) {
            return null;
        }
        if (parts.event() != null && !isEvent(pattern, parts.event())) {
            return null;
        }
        String track = parts.track() == null ? null : canonicalTrack(parts.track());
        String title = parts.title();
        // "Keynote Speaker - Simon Willison": for a keynote the speaker is the whole subject.
        if ("Keynote".equals(track) && speakers.isEmpty() && title != null && !truncated) {
            List<String> names = SpeakerNames.parseList(title, false);
            if (!names.isEmpty()) {
                return new Talk(track, names, null, false);
            }
        }
        return new Talk(track, speakers, title, truncated);
    }

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");

    // A conference's edition: "GopherCon 2023", "PyData London 2023". It needs its year where only a
    // dash or a colon parts it from the rest ("Keynote: Jane Doe - ...", "PEP 683: Immortal Objects -
    // ..." name no event), and where no convention of the playlist puts an event there; set off by
    // brackets, a bar or a bullet in the playlist's convention, any short text is one.
    private boolean isEvent(TitlePattern pattern, String event) {
        return event.length() <= MAX_EVENT_LENGTH
                && (pattern.eventSetOff() && candidates.contains(pattern) || YEAR.matcher(event).find());
    }

    private boolean acceptsTrack(TitlePattern pattern, String track) {
        if (!SpeakerNames.looksLikeTrack(track)) {
            return false;
        }
        String lower = track.toLowerCase(Locale.ROOT);
        // a short capitalised prefix is a track when names follow it, or when it is a known or recurring one
        return pattern.has(TitlePattern.Slot.SPEAKERS) || KNOWN_TRACKS.contains(lower) || recurringTracks.contains(lower);
    }

    static String canonicalTrack(String track) {
        return CANONICAL_TRACKS.getOrDefault(track.toLowerCase(Locale.ROOT), track);
    }
}
