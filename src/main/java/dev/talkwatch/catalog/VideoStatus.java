package dev.talkwatch.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a video can be watched; a playlist keeps private and deleted videos at their positions.
 * A members-only video (YouTube's "Members only" badge) keeps its title and counts, but only the
 * channel's paying members can watch it.
 */
public enum VideoStatus {
    AVAILABLE, PRIVATE, DELETED, UNAVAILABLE, MEMBERS_ONLY;

    /** The name stored and printed: "available", "private", ..., "members-only". */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    // read for every row of a list and every snapshot of a history
    private static final java.util.Map<String, VideoStatus> BY_ID = Arrays.stream(values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(VideoStatus::id, s -> s));

    public static VideoStatus byId(String id) {
        VideoStatus status = BY_ID.get(id);
        if (status == null) {
            throw new IllegalArgumentException("no video status " + id);
        }
        return status;
    }

    /**
     * The status YouTube's placeholder title stands for: "[Private video]" and "[Deleted video]" in
     * playlist pages and yt-dlp, "Private video" and "Deleted video" in the Data API.
     */
    public static Optional<VideoStatus> ofPlaceholderTitle(String title) {
        if (title == null) {
            return Optional.empty();
        }
        String bare = title.strip();
        if (bare.length() > 2 && bare.startsWith("[") && bare.endsWith("]")) {
            bare = bare.substring(1, bare.length() - 1);
        }
        bare = bare.toLowerCase(Locale.ROOT);
        return switch (bare) {
            case "private video" -> Optional.of(PRIVATE);
            case "deleted video" -> Optional.of(DELETED);
            case "unavailable video", "video unavailable" -> Optional.of(UNAVAILABLE);
            default -> Optional.empty();
        };
    }

    /** Whether anyone can watch the video. */
    public boolean available() {
        return this == AVAILABLE;
    }

    /** The ids of the statuses that are {@link #titled()}, as an SQL list: "('available', 'members-only')". */
    public static String titledSql() {
        return Arrays.stream(values()).filter(VideoStatus::titled).map(s -> "'" + s.id() + "'")
                .collect(java.util.stream.Collectors.joining(", ", "(", ")"));
    }

    /** Whether the page shows the video's own title and counts, not a placeholder. */
    public boolean titled() {
        return this == AVAILABLE || this == MEMBERS_ONLY;
    }
}
