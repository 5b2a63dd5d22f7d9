package dev.talkwatch.fetch;

import dev.talkwatch.catalog.YouTubeLinks;
import java.util.Optional;
import java.util.regex.Pattern;

/** The playlist a user names on the command line: a playlist URL, a watch URL with list=, or a bare id. */
public final class PlaylistRef {

    // The prefixes YouTube gives playlist ids: uploaded lists, user lists, mixes, albums, likes, watch later.
    private static final Pattern BARE_ID = Pattern.compile("^(?:PL|UU|FL|LL|RD|OL|WL|UL|LP|EL|CL|SP|TL)[A-Za-z0-9_-]{0,62}$");

    private PlaylistRef() {
    }

    /** The playlist id in {@code text}, if it is a YouTube URL naming one or looks like a bare playlist id. */
    public static Optional<String> parse(String text) {
        String value = text.strip();
        if (value.matches("(?i)^(https?://)?([a-z0-9-]+\\.)?(youtube\\.com|youtu\\.be)/.*")) {
            return YouTubeLinks.queryParameter(value, "list").filter(YouTubeLinks::isPlaylistId);
        }
        return BARE_ID.matcher(value).matches() ? Optional.of(value) : Optional.empty();
    }

    /** Whether {@code text} is meant as a URL (so a missing list= is the user's mistake, not a file name). */
    public static boolean looksLikeUrl(String text) {
        return text.strip().matches("(?i)^https?://.*");
    }
}
