package dev.talkwatch.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.talkwatch.catalog.Age;
import dev.talkwatch.catalog.CountLanguage;
import dev.talkwatch.catalog.ViewCount;
import dev.talkwatch.catalog.YouTubeLinks;
import java.util.Optional;

/**
 * Turns one playlist item of either YouTube layout into a {@link VideoEntry}: the classic
 * {@code playlistVideoRenderer} (2020–2025) and the {@code lockupViewModel} (2026). The count is
 * kept as the text the page showed, to be read in the page's language ({@link CountReading}).
 */
final class PlaylistRenderers {

    static final String LOCKUP_VIDEO = "LOCKUP_CONTENT_TYPE_VIDEO";

    /** An item's entry, with the exact count its accessibility label gives (English pages only), or null. */
    record Item(VideoEntry entry, Long labelled) {
    }

    private PlaylistRenderers() {
    }

    static Optional<Item> classic(JsonNode v, String where, ImportProblems problems) {
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
        JsonNode watch = Nodes.at(v, "/navigationEndpoint/watchEndpoint");
        // index.simpleText is the 1-based position; the 2020 pages put 1-based values in watchEndpoint.index.
        Integer position = positive(Nodes.integer(v, "/index/simpleText"));
        if (position == null) {
            position = YouTubeLinks.indexOf(link).orElse(null);
        }
        if (position == null) {
            position = plusOne(Nodes.integer(watch, "/index"));
        }
        String playlistId = playlistOf(watch, link);
        String channel = TextRepair.clean(Nodes.text(v.path("shortBylineText")));
        String channelId = Nodes.string(v, "/shortBylineText/runs/0/navigationEndpoint/browseEndpoint/browseId");
        Integer duration = Nodes.integer(v, "/lengthSeconds");
        if (duration == null) {
            duration = Durations.parseClock(Nodes.text(v.path("lengthText")));
        }
        // "3.6K views" from videoInfo (2024+); the 2020 pages have only the label's "491,880 views"
        JsonNode info = v.path("videoInfo");
        String text = info.has("simpleText") ? Nodes.text(info) : Nodes.string(info, "/runs/0/text");
        String label = Nodes.string(v, "/title/accessibility/accessibilityData/label");
        Optional<ViewCount> labelled = ViewCount.fromLabel(labelAfterTitle(label, title, channel));
        if (text == null) {
            text = labelled.map(ViewCount::text).orElse(null);
        }
        VideoEntry entry = VideoEntry.shown(id, position, title, channel, channelId, duration, text, link, playlistId)
                .withAge(age(Nodes.at(v, "/videoInfo/runs"))).membersOnly(membersOnly(v.path("badges")));
        return Optional.of(new Item(entry, labelled.map(ViewCount::value).orElse(null)));
    }

    static Optional<Item> lockup(JsonNode w, String where, ImportProblems problems) {
        if (!LOCKUP_VIDEO.equals(Nodes.string(w, "/contentType"))) {
            return Optional.empty(); // playlists, channels and shorts shelves share this view model
        }
        String id = Nodes.string(w, "/contentId");
        if (!YouTubeLinks.isVideoId(id)) {
            problems.add(where, "a playlist entry without a valid video id was skipped");
            return Optional.empty();
        }
        JsonNode meta = Nodes.at(w, "/metadata/lockupMetadataViewModel");
        String title = TextRepair.clean(Nodes.text(meta.path("title")));
        if (title == null) {
            problems.add(where, "video " + id + " has no title; it was skipped");
            return Optional.empty();
        }
        // Row 0 names the channel; a later row holds the views, then the age ("20K views", "5 years ago").
        JsonNode rows = Nodes.at(meta, "/metadata/contentMetadataViewModel/metadataRows");
        String channel = TextRepair.clean(Nodes.text(Nodes.at(rows, "/0/metadataParts/0/text")));
        String channelId = Nodes.string(rows, "/0/metadataParts/0/text/commandRuns/0/onTap/innertubeCommand/browseEndpoint/browseId");
        String viewsText = null;
        String ageText = null;
        for (int r = 1; r < rows.size(); r++) {
            for (JsonNode part : rows.get(r).path("metadataParts")) {
                String text = Nodes.text(part.path("text"));
                if (text != null && viewsText == null && CountLanguage.ENGLISH.namesViews(text)) {
                    viewsText = text;
                } else if (text != null && ageText == null && Age.parse(text).isPresent()) {
                    ageText = text;
                }
            }
        }
        if (viewsText == null) {
            // a page in another language: the views are where the layout puts them
            viewsText = Nodes.text(Nodes.at(rows, "/1/metadataParts/0/text"));
        }
        JsonNode command = Nodes.at(w, "/rendererContext/commandContext/onTap/innertubeCommand");
        String link = Nodes.string(command, "/commandMetadata/webCommandMetadata/url");
        JsonNode watch = command.path("watchEndpoint");
        Integer position = plusOne(Nodes.integer(watch, "/index"));
        if (position == null) {
            position = YouTubeLinks.indexOf(link).orElse(null);
        }
        String playlistId = playlistOf(watch, link);
        Integer duration = null;
        for (JsonNode overlay : Nodes.at(w, "/contentImage/thumbnailViewModel/overlays")) {
            for (JsonNode badge : Nodes.at(overlay, "/thumbnailBottomOverlayViewModel/badges")) {
                duration = Durations.parseClock(Nodes.string(badge, "/thumbnailBadgeViewModel/text"));
                if (duration != null) {
                    break;
                }
            }
            if (duration != null) {
                break;
            }
        }
        return Optional.of(new Item(VideoEntry.shown(id, position, title, channel, channelId, duration, viewsText, link,
                playlistId).withAge(ageText).membersOnly(membersOnly(meta.path("metadata"))), null));
    }

    /**
     * Whether YouTube marked the video "Members only": by the badge's style, which YouTube does not
     * translate (BADGE_STYLE_TYPE_MEMBERS_ONLY in the classic layout, a membership badge style in
     * lockups), or by the English label where a lockup gives only that.
     */
    private static boolean membersOnly(JsonNode badges) {
        if (badges.isObject()) {
            for (var field : badges.properties()) {
                if (membersOnly(field.getKey(), field.getValue())) {
                    return true;
                }
            }
        } else if (badges.isArray()) {
            for (JsonNode element : badges) {
                if (membersOnly(element)) {
                    return true;
                }
            }
        }
        return false;
    }

    // One field anywhere under the badges: its style, its English label, or what it holds.
    private static boolean membersOnly(String field, JsonNode value) {
        if (!value.isTextual()) {
            return membersOnly(value);
        }
        String text = value.asText();
        return switch (field) {
            case "style", "badgeStyle" -> text.contains("MEMBERS_ONLY") || text.contains("MEMBERSHIP");
            case "label", "badgeText", "content" -> text.strip().equalsIgnoreCase("Members only");
            default -> false;
        };
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

    private static Integer positive(Integer value) {
        return value == null || value < 1 ? null : value;
    }

    private static Integer plusOne(Integer zeroBased) {
        return zeroBased == null || zeroBased < 0 ? null : zeroBased + 1;
    }

    // the watch endpoint's, else the link's list=
    private static String playlistOf(JsonNode watch, String link) {
        String id = Nodes.string(watch, "/playlistId");
        return id != null ? id : YouTubeLinks.queryParameter(link, "list").orElse(null);
    }
}
