package dev.talkwatch.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a video title named as PyCon US names its recordings, {@code Track - Speakers: Title},
 * into a {@link Talk}. Titles that follow no such convention come back whole as the talk title.
 * Stateless and thread-safe.
 */
public final class TitleParser {

    // A dash with space on at least one side, so "Keith-Magee" is never split ("Talks -Toby Ho" is).
    private static final Pattern TRACK_DASH = Pattern.compile("^(.{1,40}?)(?:\\s+[-–—]\\s*|\\s*[-–—]\\s+)(.+)$");
    private static final Pattern ELLIPSIS = Pattern.compile("\\s*(?:\\.{3,}|…)$");
    private static final Pattern SPEAKER_COLON = Pattern.compile(":\\s+");

    private static final Map<String, String> CANONICAL_TRACKS = Map.of(
            "keynote speaker", "Keynote",
            "keynote speakers", "Keynote",
            "keynotes", "Keynote");

    // Prefixes conferences use for tracks; a prefix not listed here is a track only when speakers follow.
    private static final List<String> KNOWN_TRACKS = List.of(
            "talk", "talks", "tutorial", "tutorials", "keynote", "keynotes", "keynote speaker",
            "keynote speakers", "lightning talk", "lightning talks", "sponsor presentation",
            "sponsor presentations", "sponsor talk", "sponsor talks", "workshop", "workshops", "panel",
            "panels", "charla", "charlas", "poster", "posters", "plenary", "summit");

    public Talk parse(String rawTitle) {
        String title = rawTitle == null ? "" : rawTitle.strip();
        Matcher ellipsis = ELLIPSIS.matcher(title);
        boolean truncated = ellipsis.find();
        String body = truncated ? title.substring(0, ellipsis.start()).strip() : title;

        Matcher dash = TRACK_DASH.matcher(body);
        if (dash.matches() && SpeakerNames.looksLikeTrack(dash.group(1).strip())) {
            String track = dash.group(1).strip();
            Talk split = splitSpeakers(track, dash.group(2).strip(), truncated);
            if (split != null) {
                return split;
            }
        }
        return new Talk(null, List.of(), orNull(body), truncated);
    }

    /** Returns null when {@code track} is no known track and nothing after it names speakers. */
    private static Talk splitSpeakers(String track, String rest, boolean truncated) {
        boolean knownTrack = KNOWN_TRACKS.contains(track.toLowerCase(Locale.ROOT));
        String canonical = canonicalTrack(track);
        Matcher colon = SPEAKER_COLON.matcher(rest);
        if (colon.find()) {
            List<String> speakers = SpeakerNames.parseList(rest.substring(0, colon.start()));
            if (!speakers.isEmpty()) {
                return new Talk(canonical, speakers, orNull(rest.substring(colon.end()).strip()), truncated);
            }
        }
        if (!knownTrack) {
            return null;
        }
        // "Keynote Speaker - Simon Willison": for a keynote the speaker is the whole subject.
        if (canonical.equals("Keynote") && !truncated) {
            List<String> speakers = SpeakerNames.parseList(rest);
            if (!speakers.isEmpty()) {
                return new Talk(canonical, speakers, null, false);
            }
        }
        return new Talk(canonical, List.of(), orNull(rest), truncated);
    }

    static String canonicalTrack(String track) {
        return CANONICAL_TRACKS.getOrDefault(track.toLowerCase(Locale.ROOT), track);
    }

    private static String orNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
