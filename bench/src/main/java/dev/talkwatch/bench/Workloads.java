package dev.talkwatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The benchmark's workloads, written the same way on every run (fixed seeds): a 5,000-video playlist
 * as browse pages (first page + continuations) in both of YouTube's layouts, as a rendered "Web page,
 * complete" and as a HAR, and the weekly captures that make a catalog of 5,000 videos x 30 snapshots.
 *
 * <p>Every renderer is a copy of one from the project's own recorded-shape fixtures (src/test/resources),
 * with its id, title, position and count changed, and padded with the tracking and menu fields that
 * YouTube sends with every item, so a page weighs what a real one does (about 560 KB per 100 videos).
 */
public final class Workloads {

    static final String PLAYLIST = "PLbenchTalkwatch00000000000000001";
    static final int PAGE = 100;
    static final String[] TRACKS = {"Talks", "Tutorials", "Keynote", "Lightning Talks", "Sponsor Presentations"};
    static final String[] NAMES = {"Ada Lovelace", "Grace Hopper", "Łukasz Langa", "Guido van Rossum", "Mariatta Wijaya",
        "Brett Cannon", "Carol Willing", "Paweł Buczyński", "Naomi Ceder", "Jessica McKellar", "Raymond Hettinger"};
    static final String[] WORDS = {"Python", "typing", "async", "packaging", "profiling", "data", "the GIL", "testing",
        "WebAssembly", "Rust", "pattern matching", "security", "performance", "education", "community"};

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FIXTURES = Path.of("src/test/resources/dev/talkwatch/ingest");

    private final Path root;

    Workloads(Path root) {
        this.root = root;
    }

    /** Writes every workload under the folder; skips what is already there from an earlier run. */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : "target/bench/workloads");
        int videos = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        int snapshots = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        new Workloads(root).writeAll(videos, snapshots);
    }

    void writeAll(int videos, int snapshots) throws IOException {
        Path done = root.resolve("done-" + videos + "-" + snapshots);
        if (Files.exists(done)) {
            return;
        }
        Files.createDirectories(root);
        List<Talk> talks = talks(videos, 0);
        writeBrowse(root.resolve("browse-classic"), talks, Layout.CLASSIC);
        writeBrowse(root.resolve("browse-lockup"), talks, Layout.LOCKUP);
        writeRendered(root.resolve("rendered.html"), talks);
        writeHar(root.resolve("playlist.har"), root.resolve("browse-classic"));
        Path weeks = Files.createDirectories(root.resolve("catalog"));
        for (int week = 0; week < snapshots; week++) {
            writeWeek(weeks.resolve(String.format(Locale.ROOT, "week-%02d.json", week)), talks(videos, week));
        }
        Files.writeString(done, "");
    }

    record Talk(String id, int position, String title, long views, int seconds, int weeksAgo) {

        String viewsText() {
            return views == 1 ? "1 view" : String.format(Locale.US, "%,d views", views);
        }

        String duration() {
            int h = seconds / 3600;
            int m = seconds / 60 % 60;
            int s = seconds % 60;
            return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
        }
    }

    /** The playlist as it stands in a given week: the same talks, each count grown at its own pace. */
    static List<Talk> talks(int videos, int week) {
        Random random = new Random(5000);
        List<Talk> talks = new ArrayList<>(videos);
        for (int i = 1; i <= videos; i++) {
            long base = (long) Math.pow(10, 1 + random.nextDouble() * 5);
            long growth = 2 + random.nextInt(15);
            String speakers = NAMES[random.nextInt(NAMES.length)]
                    + (random.nextInt(4) == 0 ? ", " + NAMES[random.nextInt(NAMES.length)] : "");
            String title = TRACKS[i % TRACKS.length] + " - " + speakers + ": " + capitalize(WORDS[random.nextInt(WORDS.length)])
                    + " and " + WORDS[random.nextInt(WORDS.length)] + ", part " + i;
            int seconds = 300 + random.nextInt(7200);
            talks.add(new Talk(id(i), i, title, base + base * growth * week / 100, seconds, 2 + week));
        }
        return talks;
    }

    static String id(int i) {
        byte[] bytes = new byte[8];
        new Random(i * 7919L).nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).substring(0, 11);
    }

    static String capitalize(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    enum Layout {
        CLASSIC("first-page.json", "playlistVideoRenderer"),
        LOCKUP("lockup-first-page.json", "lockupViewModel");

        final String fixture;
        final String renderer;

        Layout(String fixture, String renderer) {
            this.fixture = fixture;
            this.renderer = renderer;
        }
    }

    /** The first page (a whole browse response) and one continuation response per further 100 videos. */
    void writeBrowse(Path folder, List<Talk> talks, Layout layout) throws IOException {
        Files.createDirectories(folder);
        ObjectNode first = (ObjectNode) JSON.readTree(FIXTURES.resolve("browse").resolve(layout.fixture).toFile());
        setVideoCount(first, talks.size());
        ArrayNode list = firstPageList(first, layout);
        ObjectNode template = (ObjectNode) list.get(0);
        ObjectNode continuation = (ObjectNode) last(list).deepCopy();
        String templateText = JSON.writeValueAsString(template);
        Talk model = templateTalk(template, layout);
        first.put("trackingParams", tracking(0, 1));
        int pages = (talks.size() + PAGE - 1) / PAGE;
        for (int page = 0; page < pages; page++) {
            List<Talk> slice = talks.subList(page * PAGE, Math.min(talks.size(), (page + 1) * PAGE));
            ArrayNode items = JSON.createArrayNode();
            for (Talk talk : slice) {
                items.add(JSON.readTree(renderer(templateText, model, talk, layout)));
            }
            if (page < pages - 1) {
                ObjectNode more = continuation.deepCopy();
                ((ObjectNode) more.at("/continuationItemRenderer/continuationEndpoint/continuationCommand"))
                        .put("token", "BENCH-CONTINUATION-" + (page + 1));
                items.add(more);
            }
            JsonNode response;
            if (page == 0) {
                list.removeAll();
                list.addAll(items);
                response = first;
            } else {
                ObjectNode next = JSON.createObjectNode();
                next.putObject("responseContext").put("visitorData", tracking(page, 2));
                next.putArray("onResponseReceivedActions").addObject().putObject("appendContinuationItemsAction")
                        .put("targetId", "playlist-items").set("continuationItems", items);
                next.put("trackingParams", tracking(page, 3));
                response = next;
            }
            JSON.writeValue(folder.resolve(String.format(Locale.ROOT, "page-%02d.json", page + 1)).toFile(), response);
        }
    }

    static ArrayNode firstPageList(JsonNode first, Layout layout) {
        JsonNode section = first.at("/contents/twoColumnBrowseResultsRenderer/tabs/0/tabRenderer/content/sectionListRenderer"
                + "/contents/0/itemSectionRenderer/contents");
        return (ArrayNode) (layout == Layout.CLASSIC ? section.at("/0/playlistVideoListRenderer/contents") : section);
    }

    static JsonNode last(ArrayNode list) {
        return list.get(list.size() - 1);
    }

    static void setVideoCount(ObjectNode first, int videos) {
        JsonNode stats = first.at("/sidebar/playlistSidebarRenderer/items/0/playlistSidebarPrimaryInfoRenderer/stats/0/runs/0");
        ((ObjectNode) stats).put("text", String.format(Locale.US, "%,d", videos));
        ((ObjectNode) first.at("/metadata/playlistMetadataRenderer")).put("title", "Bench Conf 2026");
        String text;
        try {
            text = JSON.writeValueAsString(first).replace("PLtalkwatchFixture0000000000000001", PLAYLIST);
            first.setAll((ObjectNode) JSON.readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template renderer's own values, which a copy replaces. */
    static Talk templateTalk(JsonNode template, Layout layout) {
        JsonNode r = template.get(layout.renderer);
        if (layout == Layout.CLASSIC) {
            return new Talk(r.path("videoId").asText(), 1, r.at("/title/runs/0/text").asText(), 0, 0, 0);
        }
        return new Talk(r.path("contentId").asText(), 1, r.at("/metadata/lockupMetadataViewModel/title/content").asText(), 0, 0, 0);
    }

    /** A copy of the template renderer for one talk, with the padding YouTube adds to every item. */
    static String renderer(String template, Talk model, Talk talk, Layout layout) throws IOException {
        String text = template.replace(model.id(), talk.id()).replace(JSON.writeValueAsString(model.title()).replaceAll("^\"|\"$", ""),
                        jsonString(talk.title()))
                .replace("PLtalkwatchFixture0000000000000001", PLAYLIST)
                .replace("&index=1&", "&index=" + talk.position() + "&")
                .replace("\"index\":0", "\"index\":" + (talk.position() - 1))
                .replace("\"simpleText\":\"1\"", "\"simpleText\":\"" + talk.position() + "\"")
                .replace("921 views", talk.viewsText())
                .replace("3 months ago", talk.weeksAgo() + " weeks ago")
                .replace("2 years ago", talk.weeksAgo() + " weeks ago")
                .replace("\"lengthSeconds\":\"1805\"", "\"lengthSeconds\":\"" + talk.seconds() + "\"")
                .replace("30:05", talk.duration())
                .replace("1:02:00", talk.duration());
        ObjectNode node = (ObjectNode) JSON.readTree(text);
        ObjectNode body = (ObjectNode) node.get(layout.renderer);
        body.put("trackingParams", tracking(talk.position(), 4));
        ObjectNode menu = body.putObject("menu").putObject("menuRenderer");
        ArrayNode menuItems = menu.putArray("items");
        for (String label : List.of("Add to queue", "Save to Watch later", "Save to playlist", "Download", "Share")) {
            ObjectNode item = menuItems.addObject().putObject("menuServiceItemRenderer");
            item.putObject("text").putArray("runs").addObject().put("text", label);
            item.putObject("icon").put("iconType", label.toUpperCase(Locale.ROOT).replace(' ', '_'));
            item.putObject("serviceEndpoint").put("clickTrackingParams", tracking(talk.position(), label.length()))
                    .putObject("commandMetadata").putObject("webCommandMetadata").put("sendPost", true)
                    .put("apiUrl", "/youtubei/v1/browse/edit_playlist");
            item.put("trackingParams", tracking(talk.position(), label.length() + 1));
        }
        menu.put("trackingParams", tracking(talk.position(), 5));
        menu.putObject("accessibility").putObject("accessibilityData").put("label", "Action menu");
        ObjectNode thumbnail = body.has("thumbnail") ? (ObjectNode) body.get("thumbnail") : body.putObject("thumbnail");
        ArrayNode thumbnails = thumbnail.putArray("thumbnails");
        int[][] sizes = {{168, 94}, {196, 110}, {246, 138}, {336, 188}};
        for (int[] size : sizes) {
            thumbnails.addObject().put("url", "https://i.ytimg.com/vi/" + talk.id() + "/hqdefault.jpg?sqp=" + tracking(talk.position(), size[0])
                    + "&rs=" + tracking(talk.position(), size[1])).put("width", size[0]).put("height", size[1]);
        }
        ArrayNode overlays = body.putArray("thumbnailOverlays");
        ObjectNode time = overlays.addObject().putObject("thumbnailOverlayTimeStatusRenderer");
        time.putObject("text").put("simpleText", talk.duration());
        time.put("style", "DEFAULT");
        ObjectNode toggle = overlays.addObject().putObject("thumbnailOverlayNowPlayingRenderer");
        toggle.putObject("text").putArray("runs").addObject().put("text", "Now playing");
        return JSON.writeValueAsString(node);
    }

    static String jsonString(String text) throws IOException {
        String quoted = JSON.writeValueAsString(text);
        return quoted.substring(1, quoted.length() - 1);
    }

    /** A base64 string like YouTube's tracking parameters, the same for the same arguments. */
    static String tracking(int seed, int salt) {
        byte[] bytes = new byte[36];
        new Random(seed * 31L + salt).nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** A playlist page as the browser saves it once every video has loaded. */
    void writeRendered(Path file, List<Talk> talks) throws IOException {
        String page = Files.readString(FIXTURES.resolve("rendered/scrolled-playlist.html"), StandardCharsets.UTF_8);
        String open = "<ytd-playlist-video-renderer";
        String close = "</ytd-playlist-video-renderer>";
        int start = page.indexOf(open);
        int end = page.indexOf(close, start) + close.length();
        int lastEnd = page.lastIndexOf(close) + close.length();
        String template = page.substring(start, end);
        String modelTitle = "Talks - Josh Wiedemeier: There and Back Again: Reverse Engineering Python Binaries";
        String modelId = "mCkqz8jo19M";
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(page.substring(0, start).replace("PLtalkwatchFixture0000000000000001", PLAYLIST)
                    .replace("PyCon US 2024 (fixture)", "Bench Conf 2026"));
            for (Talk talk : talks) {
                out.write(template.replace(modelId, talk.id()).replace(modelTitle, html(talk.title()))
                        .replace("PLtalkwatchFixture0000000000000001", PLAYLIST)
                        .replace("&amp;index=1&amp;", "&amp;index=" + talk.position() + "&amp;")
                        .replace(">1</yt-formatted-string>", ">" + talk.position() + "</yt-formatted-string>")
                        .replace("921 views", talk.viewsText())
                        .replace("3 months ago", talk.weeksAgo() + " weeks ago")
                        .replace("30:05", talk.duration()));
                out.write('\n');
            }
            String rest = page.substring(lastEnd);
            rest = rest.replaceFirst("<ytd-continuation-item-renderer.*?</ytd-continuation-item-renderer>", "");
            out.write(rest.replace("PLtalkwatchFixture0000000000000001", PLAYLIST));
        }
    }

    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A HAR of a browser session that scrolled the whole playlist: every browse response, in order. */
    void writeHar(Path file, Path browse) throws IOException {
        ObjectNode har = JSON.createObjectNode();
        ObjectNode log = har.putObject("log");
        log.put("version", "1.2");
        log.putObject("creator").put("name", "WebInspector").put("version", "537.36");
        log.putArray("pages").addObject().put("id", "page_1").put("title", "https://www.youtube.com/playlist?list=" + PLAYLIST)
                .put("startedDateTime", "2026-11-30T10:00:00.000Z");
        ArrayNode entries = log.putArray("entries");
        List<Path> pages;
        try (var files = Files.list(browse)) {
            pages = files.sorted().toList();
        }
        for (int i = 0; i < pages.size(); i++) {
            ObjectNode entry = entries.addObject();
            entry.put("pageref", "page_1").put("startedDateTime", String.format(Locale.ROOT, "2026-11-30T10:00:%02d.000Z", i % 60))
                    .put("time", 120.5);
            ObjectNode request = entry.putObject("request");
            request.put("method", "POST").put("url", "https://www.youtube.com/youtubei/v1/browse?prettyPrint=false")
                    .put("httpVersion", "h3");
            request.putArray("headers").addObject().put("name", "content-type").put("value", "application/json");
            request.putObject("postData").put("mimeType", "application/json")
                    .put("text", i == 0 ? "{\"browseId\":\"VL" + PLAYLIST + "\"}" : "{\"continuation\":\"BENCH-CONTINUATION-" + i + "\"}");
            ObjectNode response = entry.putObject("response");
            response.put("status", 200).put("statusText", "").put("httpVersion", "h3");
            response.putArray("headers").addObject().put("name", "content-type").put("value", "application/json; charset=UTF-8");
            String body = Files.readString(pages.get(i), StandardCharsets.UTF_8);
            response.putObject("content").put("size", body.length()).put("mimeType", "application/json; charset=UTF-8")
                    .put("text", body);
            entry.putObject("timings").put("send", 0.1).put("wait", 100.2).put("receive", 20.2);
        }
        JSON.writeValue(file.toFile(), har);
    }

    /** One week's capture of the whole playlist as one browse response, in the lean shape the counts need. */
    void writeWeek(Path file, List<Talk> talks) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"contents\":{\"twoColumnBrowseResultsRenderer\":{\"tabs\":[{\"tabRenderer\":{\"content\":"
                    + "{\"sectionListRenderer\":{\"contents\":[{\"itemSectionRenderer\":{\"contents\":[{\"playlistVideoListRenderer\":"
                    + "{\"playlistId\":\"" + PLAYLIST + "\",\"contents\":[");
            for (Talk talk : talks) {
                out.write((talk.position() > 1 ? "," : "") + "{\"playlistVideoRenderer\":{\"videoId\":\"" + talk.id()
                        + "\",\"title\":{\"runs\":[{\"text\":" + JSON.writeValueAsString(talk.title()) + "}]},\"index\":{\"simpleText\":\""
                        + talk.position() + "\"},\"lengthSeconds\":\"" + talk.seconds() + "\",\"videoInfo\":{\"runs\":[{\"text\":\""
                        + talk.viewsText() + "\"},{\"text\":\" • \"},{\"text\":\"" + talk.weeksAgo() + " weeks ago\"}]},"
                        + "\"navigationEndpoint\":{\"watchEndpoint\":{\"videoId\":\"" + talk.id() + "\",\"playlistId\":\"" + PLAYLIST
                        + "\",\"index\":" + (talk.position() - 1) + "}}}}");
            }
            out.write("]}}]}}]}}}}]}},\"sidebar\":{\"playlistSidebarRenderer\":{\"items\":[{\"playlistSidebarPrimaryInfoRenderer\":"
                    + "{\"stats\":[{\"runs\":[{\"text\":\"" + String.format(Locale.US, "%,d", talks.size()) + "\"},{\"text\":\" videos\"}]}]}}]}},"
                    + "\"metadata\":{\"playlistMetadataRenderer\":{\"title\":\"Bench Conf 2026\"}},"
                    + "\"microformat\":{\"microformatDataRenderer\":{\"urlCanonical\":\"http://www.youtube.com/playlist?list="
                    + PLAYLIST + "\"}}}");
        }
    }
}
