package dev.talkwatch.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.talkwatch.catalog.YouTubeLinks;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Collects what a YouTube response says about the playlist itself, from whichever renderers it has. */
final class PlaylistMetadata {

    static final Set<String> KEYS = Set.of(
            "microformatDataRenderer", "playlistMetadataRenderer", "playlistSidebarPrimaryInfoRenderer",
            "playlistSidebarSecondaryInfoRenderer", "playlistHeaderRenderer", "pageHeaderRenderer");

    private static final Pattern VIDEO_COUNT = Pattern.compile("^(No|\\d[\\d,.]*)\\s+videos?$", Pattern.CASE_INSENSITIVE);

    String playlistId;
    String title;
    String channel;
    String channelId;
    Integer videoCount;

    void accept(String key, JsonNode node) {
        switch (key) {
            case "playlistMetadataRenderer" -> title = first(title, Nodes.string(node, "/title"));
            case "microformatDataRenderer" -> {
                playlistId = first(playlistId, listOf(Nodes.string(node, "/urlCanonical")));
                title = first(title, Nodes.string(node, "/title"));
            }
            case "playlistSidebarPrimaryInfoRenderer" -> {
                playlistId = first(playlistId, Nodes.string(node, "/navigationEndpoint/watchEndpoint/playlistId"));
                title = first(title, Nodes.text(node.path("title")));
                videoCount = first(videoCount, videoCount(Nodes.text(Nodes.at(node, "/stats/0"))));
            }
            case "playlistSidebarSecondaryInfoRenderer" -> {
                JsonNode owner = Nodes.at(node, "/videoOwner/videoOwnerRenderer");
                channel = first(channel, withoutBy(Nodes.text(owner.path("title"))));
                channelId = first(channelId, Nodes.string(owner, "/navigationEndpoint/browseEndpoint/browseId"));
            }
            case "playlistHeaderRenderer" -> {
                playlistId = first(playlistId, Nodes.string(node, "/playlistId"));
                title = first(title, Nodes.text(node.path("title")));
                channel = first(channel, withoutBy(Nodes.text(node.path("ownerText"))));
                videoCount = first(videoCount, videoCount(Nodes.text(node.path("numVideosText"))));
            }
            case "pageHeaderRenderer" -> {
                title = first(title, Nodes.string(node, "/pageTitle"));
                for (JsonNode row : Nodes.at(node, "/content/pageHeaderViewModel/metadata/contentMetadataViewModel/metadataRows")) {
                    for (JsonNode part : row.path("metadataParts")) {
                        String text = first(Nodes.text(part.path("text")), Nodes.text(Nodes.at(part, "/avatarStack/avatarStackViewModel/text")));
                        if (text != null && text.startsWith("by ")) {
                            channel = first(channel, withoutBy(text));
                        }
                        videoCount = first(videoCount, videoCount(text));
                    }
                }
            }
            default -> throw new IllegalArgumentException("not a metadata key: " + key);
        }
    }

    private static String listOf(String url) {
        return YouTubeLinks.queryParameter(url, "list").filter(YouTubeLinks::isPlaylistId).orElse(null);
    }

    private static String withoutBy(String owner) {
        String cleaned = TextRepair.clean(owner);
        return cleaned != null && cleaned.startsWith("by ") ? cleaned.substring(3).strip() : cleaned;
    }

    static Integer videoCount(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = VIDEO_COUNT.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        String digits = m.group(1).replaceAll("[,.]", "");
        if (m.group(1).equalsIgnoreCase("no")) {
            return 0;
        }
        // more than 999,999,999 videos: no playlist's count, but a damaged page's (found by the fuzz tests)
        return digits.length() <= 9 ? Integer.parseInt(digits) : null;
    }

    private static <T> T first(T current, T candidate) {
        return current != null ? current : candidate;
    }
}
