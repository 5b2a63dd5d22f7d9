package dev.talkwatch.publish;

import dev.talkwatch.catalog.PlaylistItem;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A popularity section of the post: its heading, which tracks it lists, and its cutoff (null for the
 * post's). Written on the command line as {@code HEADING=TRACKS[@CUTOFF]}: TRACKS is "*" for every
 * track, a comma-separated list ("Keynote,Talks"), or the same after "!" for every track but those;
 * "-" stands for talks without a track. "{cutoff}" in the heading becomes the cutoff.
 */
public record SectionSpec(String heading, String tracks, Long cutoff) {

    public static final List<SectionSpec> DEFAULTS = List.of(
            new SectionSpec("Popular talks as of today ({cutoff}+ views, arbitrary cutoff):", "!Tutorials", null),
            new SectionSpec("Popular tutorials as of today:", "Tutorials", null));

    /** Reads {@code HEADING=TRACKS[@CUTOFF]}; throws {@link IllegalArgumentException} saying what is wrong. */
    public static SectionSpec parse(String text) {
        int equals = text.lastIndexOf('=');
        if (equals <= 0) {
            throw new IllegalArgumentException("section '" + text + "' needs HEADING=TRACKS, e.g."
                    + " 'Popular keynotes:=Keynote' or 'Popular talks ({cutoff}+ views):=!Tutorials@1000'");
        }
        String rest = text.substring(equals + 1).strip();
        Long cutoff = null;
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            try {
                cutoff = Long.parseLong(rest.substring(at + 1).strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("section '" + text + "': the cutoff after @ must be a number");
            }
            rest = rest.substring(0, at).strip();
        }
        if (rest.isEmpty()) {
            throw new IllegalArgumentException("section '" + text + "' names no tracks; use * for every track");
        }
        return new SectionSpec(text.substring(0, equals).strip(), rest, cutoff);
    }

    /** Whether this section lists the item's track. */
    public boolean lists(PlaylistItem item) {
        return lister().test(item);
    }

    /** {@link #lists}, with the tracks read once: for going through a whole playlist. */
    public java.util.function.Predicate<PlaylistItem> lister() {
        if (tracks == null || tracks.equals("*")) {
            return item -> true;
        }
        boolean except = tracks.startsWith("!");
        Set<String> named = Arrays.stream((except ? tracks.substring(1) : tracks).split(","))
                .map(t -> t.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return item -> {
            String track = item.video().talk().track();
            String key = track == null ? "-" : track.toLowerCase(Locale.ROOT);
            // "Tutorials" also names the singular "Tutorial"
            boolean matches = named.contains(key) || named.contains(key + "s")
                    || key.endsWith("s") && named.contains(key.substring(0, key.length() - 1));
            return except != matches;
        };
    }
}
