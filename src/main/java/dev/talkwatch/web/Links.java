package dev.talkwatch.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The app's URLs, built in one place. */
final class Links {

    private Links() {
    }

    static String playlist(String id) {
        return "/playlists/" + encode(id);
    }

    static String publish(String playlistId) {
        return playlist(playlistId) + "/publish";
    }

    static String video(String id) {
        return "/videos/" + encode(id);
    }

    static String speaker(String name) {
        return "/speakers?name=" + encode(name);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code back} when it is a path of this app, else {@code fallback}: a form may not send the user elsewhere. */
    static String local(String back, String fallback) {
        return back != null && back.startsWith("/") && !back.startsWith("//") && !back.startsWith("/\\")
                && back.chars().noneMatch(c -> c < 0x20) ? back : fallback;
    }
}
