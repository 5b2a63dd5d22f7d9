package dev.talkwatch.ingest;

import dev.talkwatch.catalog.RecapPost;
import dev.talkwatch.catalog.Stars;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a recap post holds beyond its playlist's videos: its layout, the author's ratings in the
 * order the post lists them, their notes per video, and the enqueued talks in order.
 */
public record PostContent(String playlistId, RecapPost post, List<Rated> ratings, Map<String, List<String>> notes,
        List<String> queue) {

    /** A rating the post gives a video. */
    public record Rated(String videoId, Stars stars) {
    }

    public PostContent {
        ratings = List.copyOf(ratings);
        notes = new LinkedHashMap<>(notes);
        queue = List.copyOf(queue);
    }
}
