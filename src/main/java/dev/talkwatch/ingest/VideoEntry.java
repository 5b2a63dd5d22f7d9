package dev.talkwatch.ingest;

import dev.talkwatch.catalog.Age;
import dev.talkwatch.catalog.VideoStatus;
import dev.talkwatch.catalog.ViewCount;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One video as a source listed it in a playlist. {@code position} is 1-based; {@code playlistId}
 * is the list the entry's own link names (null if it names none); {@code status} says whether the
 * video could be watched (a "[Private video]" entry keeps its place); {@code age} is how old the
 * page said the video was ("2 weeks ago"); {@code viewsText} is the count's text as the page showed it
 * while it is still to be read in the page's language (then {@code views} is null). Every field but
 * {@code videoId}, {@code title} and {@code status} may be null.
 */
public record VideoEntry(
        String videoId,
        Integer position,
        String title,
        VideoStatus status,
        String channel,
        String channelId,
        Integer durationSeconds,
        ViewCount views,
        Instant publishedAt,
        String link,
        String playlistId,
        Age age,
        String viewsText) {

    /** An entry for a video that can be watched, with what the playlist pages show of it. */
    static VideoEntry listed(String videoId, Integer position, String title, String channel, String channelId,
            Integer durationSeconds, ViewCount views, String link, String playlistId) {
        VideoStatus status = VideoStatus.ofPlaceholderTitle(title).orElse(VideoStatus.AVAILABLE);
        return new VideoEntry(videoId, position, title, status, channel, channelId, durationSeconds,
                status.titled() ? views : null, null, link, playlistId, null, null);
    }

    /** An entry whose count is the text the page showed, read once the page's language is known. */
    static VideoEntry shown(String videoId, Integer position, String title, String channel, String channelId,
            Integer durationSeconds, String viewsText, String link, String playlistId) {
        VideoEntry entry = listed(videoId, position, title, channel, channelId, durationSeconds, null, link, playlistId);
        boolean counted = entry.status().titled() && viewsText != null && !viewsText.isBlank();
        return counted ? new VideoEntry(videoId, position, title, entry.status(), channel, channelId, durationSeconds, null,
                null, link, playlistId, null, viewsText.strip()) : entry;
    }

    /** The same entry marked members-only, where the page shows YouTube's "Members only" badge. */
    VideoEntry membersOnly(boolean badge) {
        return !badge || !status.available() ? this : new VideoEntry(videoId, position, title, VideoStatus.MEMBERS_ONLY,
                channel, channelId, durationSeconds, views, publishedAt, link, playlistId, age, viewsText);
    }

    /** The same entry with its count read ({@code views}, or null for none), and no text left to read. */
    VideoEntry withViews(ViewCount count) {
        return new VideoEntry(videoId, position, title, status, channel, channelId, durationSeconds, count,
                publishedAt, link, playlistId, age, null);
    }

    /** The same entry with the age the page showed, when {@code text} is one ("3 months ago"). */
    VideoEntry withAge(String text) {
        return new VideoEntry(videoId, position, title, status, channel, channelId, durationSeconds, views,
                publishedAt, link, playlistId, Age.parse(text).orElse(age), viewsText);
    }

    /** The playlist most of {@code entries} link into, or null when none names one. */
    static String mostCommonPlaylist(List<VideoEntry> entries) {
        Map<String, Integer> counts = new HashMap<>();
        String most = null;
        int mostCount = 0;
        for (VideoEntry entry : entries) {
            String id = entry.playlistId();
            if (id != null) {
                int count = counts.merge(id, 1, Integer::sum);
                if (count > mostCount) {
                    most = id;
                    mostCount = count;
                }
            }
        }
        return most;
    }

    VideoEntry withFacts(VideoFacts facts) {
        return new VideoEntry(videoId, position, title, status,
                channel != null ? channel : facts.channel(),
                channelId != null ? channelId : facts.channelId(),
                durationSeconds != null ? durationSeconds : facts.durationSeconds(),
                better(views, facts.views()),
                publishedAt != null ? publishedAt : facts.publishedAt(),
                link, playlistId, age, viewsText);
    }

    // An exact count beats a rounded one; between two of the same precision, the one given later.
    private static ViewCount better(ViewCount listed, ViewCount fact) {
        if (fact == null) {
            return listed;
        }
        if (listed == null || fact.exact() || !listed.exact()) {
            return fact;
        }
        return listed;
    }
}
