package dev.talkwatch.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The longest texts an import keeps. YouTube allows 100 characters in a title and pyvideo's full
 * titles run to a few hundred, so a title of more than {@link #TITLE} characters is no real title:
 * such a video is skipped with a problem, and a playlist's title, a channel's name or a
 * description beyond its limit is cut there, with a problem saying so. Every reader's result passes
 * through here, so no source can fill the catalog with megabytes in one field.
 */
final class TextLimits {

    static final int TITLE = dev.talkwatch.catalog.TitleParser.LONGEST;
    static final int DESCRIPTION = 100_000;

    private TextLimits() {
    }

    static SourceContent apply(SourceContent content, ImportProblems problems) {
        List<PlaylistCapture> captures = new ArrayList<>();
        for (PlaylistCapture capture : content.captures()) {
            List<VideoEntry> entries = new ArrayList<>();
            for (VideoEntry entry : capture.entries()) {
                if (entry.title() != null && entry.title().length() > TITLE) {
                    problems.add("video " + entry.videoId(), "a title of " + count(entry.title().length())
                            + " characters, more than the " + count(TITLE) + " talkwatch keeps; skipped");
                } else {
                    entries.add(entry);
                }
            }
            String title = cut(capture.title(), TITLE, "the playlist's title", problems);
            String channel = cut(capture.channel(), TITLE, "the channel's name", problems);
            boolean same = entries.size() == capture.entries().size() && title == capture.title() && channel == capture.channel();
            captures.add(same ? capture : new PlaylistCapture(capture.playlistId(), title, channel, capture.channelId(),
                    capture.reportedVideoCount(), entries, capture.continues(), capture.format(), capture.sourceName(),
                    capture.capturedAt(), capture.excerpt(), capture.language()));
        }
        List<VideoFacts> facts = new ArrayList<>();
        for (VideoFacts fact : content.facts()) {
            if ((fact.title() != null && fact.title().length() > TITLE)
                    || (fact.fullTitle() != null && fact.fullTitle().length() > TITLE)) {
                problems.add("video " + fact.videoId(), "a title of more than the " + count(TITLE)
                        + " characters talkwatch keeps; skipped");
                continue;
            }
            String channel = cut(fact.channel(), TITLE, "video " + fact.videoId() + ": the channel's name", problems);
            String description = cut(fact.description(), DESCRIPTION, "video " + fact.videoId() + ": the description", problems);
            facts.add(channel == fact.channel() && description == fact.description() ? fact
                    : new VideoFacts(fact.videoId(), fact.title(), channel, fact.channelId(), fact.durationSeconds(),
                            fact.views(), fact.likes(), fact.publishedAt(), fact.fullTitle(), fact.speakers(),
                            fact.recordedOn(), description, fact.origin()));
        }
        return new SourceContent(captures, facts, content.posts(), content.viewings());
    }

    private static String cut(String text, int limit, String what, ImportProblems problems) {
        if (text == null || text.length() <= limit) {
            return text;
        }
        problems.add("", what + " of " + count(text.length()) + " characters was cut to " + count(limit));
        int end = Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
        return text.substring(0, end);
    }

    private static String count(int n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }
}
