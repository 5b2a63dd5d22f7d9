package dev.talkwatch.ingest;

import dev.talkwatch.catalog.Age;
import dev.talkwatch.catalog.CountLanguage;
import dev.talkwatch.catalog.ViewCount;
import dev.talkwatch.catalog.YouTubeLinks;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads a playlist page saved as "Web page, complete" after scrolling: the rendered elements the
 * recap post's snippet reads, every video the browser loaded, not only the first hundred that
 * {@code ytInitialData} holds. For each {@code ytd-playlist-video-renderer} it takes what the snippet
 * takes (the {@code h3 > a} title and href, the views span in the second {@code yt-formatted-string}
 * of the {@code ytd-video-meta-block}), and more: channel, duration, position. The 2026
 * {@code yt-lockup-view-model} elements are read too. The page is parsed as a stream, element by
 * element, so a very long playlist fits in little memory.
 */
final class RenderedPageReader implements SourceReader {

    static final String RENDERERS = "ytd-playlist-video-renderer, yt-lockup-view-model";
    // the spinner the page shows below the last loaded video while more are to come
    private static final String CONTINUATION = "ytd-continuation-item-renderer";

    // The queries, parsed once: parsing them for every video took a tenth of a 5,000-video page's reading.
    private static final Evaluator NEXT = QueryParser.parse(RENDERERS + ", " + CONTINUATION);
    private static final Evaluator HTML = QueryParser.parse("html");
    private static final Evaluator TITLE_LINK = QueryParser.parse("h3 a");
    private static final Evaluator META_BLOCK = QueryParser.parse("ytd-video-meta-block");
    private static final Evaluator INDEX = QueryParser.parse("#index");
    private static final Evaluator DURATION = QueryParser.parse(".badge-shape-wiz__text, .yt-badge-shape__text, "
            + "ytd-thumbnail-overlay-time-status-renderer #text");
    private static final Evaluator LOCKUP_TITLE_LINK =
            QueryParser.parse("h3 a, a[class*=lockup-metadata-view-model][class*=title]");
    private static final Evaluator LOCKUP_METADATA =
            QueryParser.parse("[class*=content-metadata-view-model][class*=metadata-text]");
    private static final Evaluator LOCKUP_DURATION = QueryParser.parse("[class*=badge-shape][class*=text]");

    @Override
    public SourceContent read(Source source, ImportProblems problems) throws IOException {
        List<VideoEntry> entries = new ArrayList<>();
        String title;
        String language = null;
        Integer size; // "131 videos" in the page's header
        boolean continues = false;
        try (Reader page = new TagNameGuard(new InputStreamReader(source.open(), StandardCharsets.UTF_8), source.name());
                StreamParser stream = new StreamParser(Parser.htmlParser()).parse(page, YouTubeLinks.ORIGIN)) {
            Element renderer;
            while ((renderer = stream.selectNext(NEXT)) != null) {
                if (language == null) {
                    // <html lang="de-DE">: the language YouTube rendered the page in
                    language = Optional.ofNullable(stream.document().selectFirst(HTML)).map(html -> html.attr("lang"))
                            .filter(lang -> !lang.isBlank()).orElse(null);
                }
                if (renderer.tagName().equals(CONTINUATION)) {
                    continues = true;
                    discard(renderer);
                    continue;
                }
                String where = "video " + (entries.size() + 1);
                Optional<VideoEntry> entry = renderer.tagName().equals("yt-lockup-view-model")
                        ? lockup(renderer, entries.size() + 1, where, problems, language)
                        : classic(renderer, entries.size() + 1, where, problems);
                String lang = language;
                entry.map(e -> CountReading.read(e, null, lang, where, problems::add)).ifPresent(entries::add);
                discard(renderer); // read; keep the document small
            }
            title = playlistTitle(stream);
            size = stream.document().getElementsMatchingOwnText("^\\s*\\d[\\d,.]*\\s+videos?\\s*$").stream()
                    .map(e -> PlaylistMetadata.videoCount(e.ownText())).filter(java.util.Objects::nonNull).findFirst()
                    .orElse(null);
        }
        String playlistId = VideoEntry.mostCommonPlaylist(entries);
        if (playlistId == null) {
            throw new UnreadableSourceException(source.name(), entries.isEmpty()
                    ? "it holds no playlist videos; scroll the playlist, then save it as \"Web page, complete\""
                    : "its video links name no playlist (no list= parameter)");
        }
        return SourceContent.of(new PlaylistCapture(playlistId, title, null, null, size, entries, continues,
                SourceFormat.RENDERED_PAGE, source.name()).inLanguage(language));
    }

    // Removes a read renderer with the blank text before it. The text between renderers stayed behind
    // otherwise: 5,000 nodes in one parent for a 5,000-video page, which the parser indexed again for
    // each element it added (a twentieth of the reading, growing with the square of the length).
    private static void discard(Element renderer) {
        org.jsoup.nodes.Node before = renderer.previousSibling();
        while (before instanceof org.jsoup.nodes.TextNode text && text.isBlank()) {
            org.jsoup.nodes.Node earlier = before.previousSibling();
            before.remove();
            before = earlier;
        }
        renderer.remove();
    }

    private static Optional<VideoEntry> classic(Element renderer, int ordinal, String where, ImportProblems problems) {
        Element anchor = renderer.selectFirst(TITLE_LINK);
        if (anchor == null) {
            problems.add(where, "no title link; skipped");
            return Optional.empty();
        }
        Element block = renderer.selectFirst(META_BLOCK);
        String viewsText = null;
        String ageText = null;
        String channel = null;
        if (block != null) {
            Elements strings = block.getElementsByTag("yt-formatted-string");
            channel = strings.isEmpty() ? null : TextRepair.clean(strings.getFirst().text());
            // exactly where the snippet looks: the second yt-formatted-string's first span
            if (strings.size() > 1 && !strings.get(1).getElementsByTag("span").isEmpty()) {
                Elements spans = strings.get(1).getElementsByTag("span");
                viewsText = spans.getFirst().text();
                ageText = spans.stream().map(Element::text).filter(t -> Age.parse(t).isPresent()).findFirst().orElse(null);
            }
        }
        Element index = renderer.selectFirst(INDEX);
        Integer position = index == null ? null : positive(index.text());
        String duration = text(renderer.selectFirst(DURATION));
        String age = ageText;
        return entry(anchor, position, ordinal, channel, duration, viewsText, where, problems).map(e -> e.withAge(age));
    }

    private static Optional<VideoEntry> lockup(Element lockup, int ordinal, String where, ImportProblems problems,
            String language) {
        CountLanguage counts = CountLanguage.of(language).orElse(CountLanguage.ENGLISH);
        Element anchor = lockup.selectFirst(LOCKUP_TITLE_LINK);
        if (anchor == null) {
            problems.add(where, "no title link; skipped");
            return Optional.empty();
        }
        String channel = null;
        String viewsText = null;
        String ageText = null;
        for (Element part : lockup.select(LOCKUP_METADATA)) {
            String text = part.text();
            if (viewsText == null && counts.namesViews(text)) {
                viewsText = text;
            } else if (ageText == null && Age.parse(text).isPresent()) {
                ageText = text;
            } else if (channel == null && !text.isBlank()) {
                channel = TextRepair.clean(text);
            }
        }
        String duration = text(lockup.selectFirst(LOCKUP_DURATION));
        String age = ageText;
        return entry(anchor, null, ordinal, channel, duration, viewsText, where, problems).map(e -> e.withAge(age));
    }

    private static Optional<VideoEntry> entry(Element anchor, Integer position, int ordinal, String channel,
            String duration, String viewsText, String where, ImportProblems problems) {
        String href = anchor.attr("href");
        Optional<String> videoId = YouTubeLinks.videoIdOf(href);
        if (videoId.isEmpty()) {
            problems.add(where, "the title link '" + href + "' names no video; skipped");
            return Optional.empty();
        }
        String title = TextRepair.clean(anchor.text().isBlank() ? anchor.attr("title") : anchor.text());
        if (title == null) {
            problems.add(where, "video " + videoId.get() + " has no title; skipped");
            return Optional.empty();
        }
        Integer at = position != null ? position : YouTubeLinks.indexOf(href).orElse(ordinal);
        String list = YouTubeLinks.queryParameter(href, "list").filter(YouTubeLinks::isPlaylistId).orElse(null);
        return Optional.of(VideoEntry.shown(videoId.get(), at, title, channel, null, Durations.parseClock(duration),
                viewsText, href, list));
    }

    private static String playlistTitle(StreamParser stream) {
        var document = stream.document();
        Element og = document.selectFirst("meta[property=og:title], meta[name=title]");
        if (og != null && !og.attr("content").isBlank()) {
            return TextRepair.clean(og.attr("content"));
        }
        String title = document.title();
        return TextRepair.clean(title.endsWith(" - YouTube") ? title.substring(0, title.length() - 10) : title);
    }


    private static Integer positive(String text) {
        String digits = text.strip();
        return digits.matches("\\d{1,7}") && Integer.parseInt(digits) > 0 ? Integer.parseInt(digits) : null;
    }

    private static String text(Element element) {
        return element == null ? null : element.text();
    }
}
