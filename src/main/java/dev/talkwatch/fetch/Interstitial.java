package dev.talkwatch.fetch;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A page YouTube shows instead of the data: its cookie consent page, or its check that the client
 * is no bot ("unusual traffic", a captcha). Each comes with what to do instead.
 */
enum Interstitial {
    CONSENT("YouTube answered with its cookie consent page instead of the playlist",
            List.of("consent.youtube.com", "consent.google.com", "before you continue to youtube")),
    BOT_CHECK("YouTube asked to confirm that talkwatch is not a bot (it sees unusual traffic from this network)",
            List.of("unusual traffic", "not a robot", "google.com/sorry", "/sorry/index", "confirm you're not a bot",
                    "confirm you\u2019re not a bot", "captcha"));

    static final String ALTERNATIVES = "fetch with the Data API instead (--api-key KEY, or YOUTUBE_API_KEY), or save the"
            + " playlist page in your browser (or a HAR of the session) and import that file";

    private static final int LOOKED_AT = 64 * 1024;

    private final String what;
    private final List<String> markers;

    Interstitial(String what, List<String> markers) {
        this.what = what;
        this.markers = markers;
    }

    /** The interstitial {@code body} is, if it is an HTML page that shows one. */
    static Optional<Interstitial> of(byte[] body, String contentType) {
        String start = new String(body, 0, Math.min(body.length, LOOKED_AT), StandardCharsets.UTF_8)
                .toLowerCase(Locale.ROOT);
        boolean html = contentType.toLowerCase(Locale.ROOT).contains("html") || start.stripLeading().startsWith("<");
        if (!html) {
            return Optional.empty();
        }
        for (Interstitial page : values()) {
            if (page.markers.stream().anyMatch(start::contains)) {
                return Optional.of(page);
            }
        }
        return Optional.empty();
    }

    /** The message for a fetch it stopped: what happened, how far the fetch got, what to do. */
    String explain(String progress) {
        return what + " " + progress + "; nothing was imported. " + capitalized(ALTERNATIVES) + ".";
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
