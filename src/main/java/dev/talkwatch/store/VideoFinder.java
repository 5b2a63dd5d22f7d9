package dev.talkwatch.store;

import dev.talkwatch.catalog.VideoNotFoundException;
import dev.talkwatch.catalog.YouTubeLinks;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Finds the video a user names: by id, by a YouTube URL, or by a unique part of its title. */
final class VideoFinder {

    private static final int SHOWN_CANDIDATES = 8;

    private VideoFinder() {
    }

    static String require(Handle handle, String name) {
        String trimmed = name.strip();
        Optional<String> id = YouTubeLinks.isVideoId(trimmed) ? Optional.of(trimmed)
                : trimmed.contains("youtu") ? YouTubeLinks.videoIdOf(trimmed) : Optional.empty();
        if (id.isPresent() && exists(handle, id.get())) {
            return id.get();
        }
        if (id.isPresent() && trimmed.contains("youtu")) {
            throw notInCatalog(id.get());
        }
        if (trimmed.isEmpty()) {
            throw new VideoNotFoundException("name a video by its id, its URL or a part of its title");
        }
        Map<String, String> matches = new java.util.LinkedHashMap<>();
        handle.createQuery("""
                SELECT id, title FROM video
                WHERE instr(lower(title), lower(:part)) > 0 OR instr(lower(COALESCE(full_title, '')), lower(:part)) > 0
                ORDER BY title, id
                """)
                .bind("part", trimmed)
                .map(rs -> Map.entry(rs.getString(1), rs.getString(2)))
                .forEach(e -> matches.put(e.getKey(), e.getValue()));
        if (matches.size() == 1) {
            return matches.keySet().iterator().next();
        }
        if (matches.isEmpty()) {
            throw id.isPresent() ? notInCatalog(id.get())
                    : new VideoNotFoundException("no video matches '" + trimmed + "'; try talkwatch search " + trimmed);
        }
        List<String> shown = matches.entrySet().stream().limit(SHOWN_CANDIDATES)
                .map(e -> e.getKey() + " (" + e.getValue() + ")").toList();
        throw new VideoNotFoundException("'" + trimmed + "' matches " + matches.size() + " videos; name one by its id: "
                + shown.stream().collect(Collectors.joining(", ")) + (matches.size() > SHOWN_CANDIDATES ? ", ..." : ""));
    }

    private static VideoNotFoundException notInCatalog(String id) {
        return new VideoNotFoundException("no video " + id + " in the catalog; import its playlist first");
    }

    private static boolean exists(Handle handle, String id) {
        return handle.createQuery("SELECT 1 FROM video WHERE id = :id").bind("id", id).mapTo(Integer.class).findOne().isPresent();
    }
}
