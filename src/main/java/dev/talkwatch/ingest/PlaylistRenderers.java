package dev.talkwatch.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.talkwatch.catalog.Age;
import dev.talkwatch.catalog.ViewCount;
import dev.talkwatch.catalog.YouTubeLinks;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns one playlist item of either YouTube layout into a {@link VideoEntry}: the classic
 * {@code playlistVideoRenderer} (2020–2025) and the {@code lockupViewModel} (2026).
 */
final class PlaylistRenderers {

    static final String LOCKUP_VIDEO = "LOCKUP_CONTENT_TYPE_VIDEO";

    // English texts with a number that is no view count: an age, a live audience, a schedule.
    private static final List<String> NOT_COUNTS = List.of(" ago", "watching", "waiting", "scheduled", "premiere",
            "streamed", "updated");

    private PlaylistRenderers() {
    }

    static Optional<VideoEntry> classic(JsonNode v, String where, ImportProblems problems) {
        String id = Nodes.string(v, "/videoId");
        if (!YouTubeLinks.isVideoId(id)) {
            problems.add(where, "a playlist entry without a valid video id was skipped");
            return Optional.empty();
        }
        String title = TextRepair.clean(Nodes.text(v.path("title")));
        if (title == null) {
            problems.add(where, "video " + id + " has no title; it was skipped");
            return Optional.empty();
        }
        String link = Nodes.string(v, "/navigationEndpoint/commandMetadata/webCommandMetadata/url");
        JsonNode watch = v.at("/navigationEndpoint/watchEndpoint");
        // index.simpleText is the 1-based position; the 2020 pages put 1-based values in watchEndpoint.index.
        Integer position = positive(Nodes.integer(v, "/index/simpleText"));
        if (position == null) {
            position = YouTubeLinks.indexOf(link).orElse(null);
        }
        if (position == null) {
            position = plusOne(Nodes.integer(watch, "/index"));
        }
        String playlistId = firstNonNull(Nodes.string(watch, "/playlistId"),
                YouTubeLinks.queryParameter(link, "list").orElse(null));
        String channel = TextRepair.clean(Nodes.text(v.path("shortBylineText")));
        String channelId = Nodes.string(v, "/shortBylineText/runs/0/navigationEndpoint/browseEndpoint/browseId");
        Integer duration = Nodes.integer(v, "/lengthSeconds");
        if (duration == null) {
            duration = Durations.parseClock(Nodes.text(v.path("lengthText")));
        }
        ViewCount views = classicViews(v, title, channel, where, problems);
        return Optional.of(VideoEntry.listed(id, position, title, channel, channelId, duration, views, link, playlistId)
                .withAge(age(v.at("/videoInfo/runs"))));
    }

    // "3.6K views" from videoInfo (2024+), made exact by the accessibility label where it has the count.
    private static ViewCount classicViews(JsonNode v, String title, String channel, String where,
            ImportProblems problems) {
        JsonNode info = v.path("videoInfo");
        String text = info.has("simpleText") ? Nodes.text(info) : Nodes.string(info, "/runs/0/text");
        ViewCount shown = views(text, where, problems);
        String label = Nodes.string(v, "/title/accessibility/accessibilityData/label");
        Optional<ViewCount> labelled = ViewCount.fromLabel(labelAfterTitle(label, title, channel));
        if (shown == null) {
            return labelled.orElse(null);
        }
        if (labelled.isPresent() && consistent(shown, labelled.get().value())) {
            return shown.withExactValue(labelled.get().value());
        }
        return shown;
    }

    static Optional<VideoEntry> lockup(JsonNode w, String where, ImportProblems problems) {
        if (!LOCKUP_VIDEO.equals(Nodes.string(w, "/contentType"))) {
            return Optional.empty(); // playlists, channels and shorts shelves share this view model
        }
        String id = Nodes.string(w, "/contentId");
        if (!YouTubeLinks.isVideoId(id)) {
            problems.add(where, "a playlist entry without a valid video id was skipped");
            return Optional.empty();
        }
        JsonNode meta = w.at("/metadata/lockupMetadataViewModel");
        String title = TextRepair.clean(Nodes.text(meta.path("title")));
        if (title == null) {
            problems.add(where, "video " + id + " has no title; it was skipped");
            return Optional.empty();
        }
        // Row 0 names the channel; a later row holds the views, then the age ("20K views", "5 years ago").
        JsonNode rows = meta.at("/metadata/contentMetadataViewModel/metadataRows");
        String channel = TextRepair.clean(Nodes.text(rows.at("/0/metadataParts/0/text")));
        String channelId = Nodes.string(rows, "/0/metadataParts/0/text/commandRuns/0/onTap/innertubeCommand/browseEndpoint/browseId");
        String viewsText = null;
        String ageText = null;
        for (int r = 1; r < rows.size(); r++) {
            for (JsonNode part : rows.get(r).path("metadataParts")) {
                String text = Nodes.text(part.path("text"));
                if (text != null && viewsText == null && mentionsViews(text)) {
                    viewsText = text;
                } else if (text != null && ageText == null && Age.parse(text).isPresent()) {
                    ageText = text;
                }
            }
        }
        if (viewsText == null) {
            viewsText = Nodes.text(rows.at("/1/metadataParts/0/text"));
        }
        ViewCount views = views(viewsText, where, problems);
        JsonNode command = w.at("/rendererContext/commandContext/onTap/innertubeCommand");
        String link = Nodes.string(command, "/commandMetadata/webCommandMetadata/url");
        JsonNode watch = command.path("watchEndpoint");
        Integer position = plusOne(Nodes.integer(watch, "/index"));
        if (position == null) {
            position = YouTubeLinks.indexOf(link).orElse(null);
        }
        String playlistId = firstNonNull(Nodes.string(watch, "/playlistId"),
                YouTubeLinks.queryParameter(link, "list").orElse(null));
        Integer duration = null;
        for (JsonNode overlay : w.at("/contentImage/thumbnailViewModel/overlays")) {
            for (JsonNode badge : overlay.at("/thumbnailBottomOverlayViewModel/badges")) {
                duration = Durations.parseClock(Nodes.string(badge, "/thumbnailBadgeViewModel/text"));
                if (duration != null) {
                    break;
                }
            }
            if (duration != null) {
                break;
            }
        }
        return Optional.of(VideoEntry.listed(id, position, title, channel, channelId, duration, views, link, playlistId)
                .withAge(ageText));
    }

    // "3.6K views", " • ", "2 weeks ago": the run that is an age, wherever it sits.
    private static String age(JsonNode runs) {
        for (JsonNode run : runs) {
            String text = Nodes.string(run, "/text");
            if (Age.parse(text).isPresent()) {
                return text;
            }
        }
        return null;
    }

    /**
     * The count in a views text; a text that holds a number but no English count form (a page saved
     * in another language) is reported, one that holds none ("Premieres", "2 years ago") is not a count.
     */
    private static ViewCount views(String text, String where, ImportProblems problems) {
        if (text == null) {
            return null;
        }
        Optional<ViewCount> count = ViewCount.parse(text);
        String lower = text.toLowerCase(Locale.ROOT);
        boolean otherNumber = NOT_COUNTS.stream().anyMatch(lower::contains);
        if (count.isEmpty() && text.chars().anyMatch(Character::isDigit) && !otherNumber) {
            problems.add(where, "view count '" + text + "' is in no form talkwatch knows (it reads YouTube's English"
                    + " texts); it was left out");
        }
        return count.orElse(null);
    }

    private static boolean mentionsViews(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.endsWith(" views") || lower.endsWith(" view") || lower.equals("no views");
    }

    // The label repeats the title (which may itself say "1,000 views"), then "by <channel>".
    private static String labelAfterTitle(String label, String title, String channel) {
        if (label == null) {
            return null;
        }
        String rest = label.startsWith(title) ? label.substring(title.length()) : label;
        String byChannel = channel == null ? null : " by " + channel;
        if (byChannel != null && rest.startsWith(byChannel)) {
            rest = rest.substring(byChannel.length());
        }
        return rest;
    }

    // YouTube truncates: "3.6K" covers 3,600 to 3,699.
    private static boolean consistent(ViewCount shown, long exact) {
        return shown.exact() ? shown.value() == exact : exact >= shown.value() && exact < shown.value() + shown.unit();
    }

    private static Integer positive(Integer value) {
        return value == null || value < 1 ? null : value;
    }

    private static Integer plusOne(Integer zeroBased) {
        return zeroBased == null || zeroBased < 0 ? null : zeroBased + 1;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
