package dev.talkwatch.catalog;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Builds and reads youtube.com links: watch URLs, playlist URLs, and the ids inside them. */
public final class YouTubeLinks {

    public static final String ORIGIN = "https://www.youtube.com";


    private YouTubeLinks() {
    }

    public static boolean isVideoId(String text) {
        return isIdText(text, 11, 11);
    }

    public static boolean isPlaylistId(String text) {
        return isIdText(text, 2, 64);
    }

    // [A-Za-z0-9_-]{shortest,longest}, checked for every item read
    private static boolean isIdText(String text, int shortest, int longest) {
        if (text == null || text.length() < shortest || text.length() > longest) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** {@code https://www.youtube.com/watch?v=ID&list=PLAYLIST&index=POSITION}. */
    public static String watchUrl(String videoId, String playlistId, int position) {
        return ORIGIN + "/watch?v=" + videoId + "&list=" + playlistId + "&index=" + position;
    }

    /** {@code https://www.youtube.com/watch?v=ID}. */
    public static String watchUrl(String videoId) {
        return ORIGIN + "/watch?v=" + videoId;
    }

    public static String playlistUrl(String playlistId) {
        return ORIGIN + "/playlist?list=" + playlistId;
    }

    /** Makes a site-relative link ("/watch?v=...") absolute; absolute links come back unchanged. */
    public static String absolute(String link) {
        if (link.startsWith("//")) {
            return "https:" + link;
        }
        return link.startsWith("/") ? ORIGIN + link : link;
    }

    /** The value of one query parameter of a URL or site-relative link. */
    public static Optional<String> queryParameter(String link, String name) {
        if (link == null) {
            return Optional.empty();
        }
        int question = link.indexOf('?');
        if (question < 0) {
            return Optional.empty();
        }
        String query = link.substring(question + 1);
        int fragment = query.indexOf('#');
        if (fragment >= 0) {
            query = query.substring(0, fragment);
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (key.equals(name)) {
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                try {
                    return Optional.of(URLDecoder.decode(value, StandardCharsets.UTF_8));
                } catch (IllegalArgumentException badEscape) {
                    return Optional.empty(); // "%K1": no value a link of YouTube's has
                }
            }
        }
        return Optional.empty();
    }

    /** The video id of a watch, youtu.be, shorts or embed link. */
    public static Optional<String> videoIdOf(String link) {
        Optional<String> fromQuery = queryParameter(link, "v").filter(YouTubeLinks::isVideoId);
        if (fromQuery.isPresent()) {
            return fromQuery;
        }
        try {
            String path = URI.create(absolute(link.strip())).getPath();
            if (path == null) {
                return Optional.empty();
            }
            String[] segments = path.split("/");
            String last = segments.length == 0 ? "" : segments[segments.length - 1];
            return isVideoId(last) ? Optional.of(last) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The 1-based playlist position in a link's {@code index=} parameter. */
    public static Optional<Integer> indexOf(String link) {
        return queryParameter(link, "index").flatMap(YouTubeLinks::positiveInt);
    }

    static Optional<Integer> positiveInt(String text) {
        try {
            int value = Integer.parseInt(text.strip());
            return value > 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
