package dev.talkwatch.ingest;

import dev.talkwatch.catalog.ParsedTitle;
import dev.talkwatch.catalog.Talk;
import dev.talkwatch.catalog.TitleParser;
import dev.talkwatch.catalog.TitlePattern;
import dev.talkwatch.catalog.VideoStatus;
import dev.talkwatch.store.CatalogWriter;
import java.util.List;
import java.util.Map;

/**
 * Reads the talks of a playlist's video titles under the playlist's convention: the pattern the
 * user chose, or the one detected from all its titles. Run after every import, since more titles
 * can change which convention fits best.
 */
public final class TalkReader {

    private static final Talk NOTHING = new Talk(null, List.of(), null, false);

    private final CatalogWriter writer;

    public TalkReader(CatalogWriter writer) {
        this.writer = writer;
    }

    /** Reads every talk in the playlist again; returns the convention's pattern. */
    public String readPlaylist(String playlistId) {
        Map<String, String> available = writer.availableTitles(playlistId);
        TitleParser parser = writer.playlistPattern(playlistId)
                .map(pattern -> TitleParser.withPattern(TitlePattern.parse(pattern), available.values()))
                .orElseGet(() -> TitleParser.detect(available.values()));
        save(parser, writer.knownTitles(playlistId));
        return parser.pattern().text();
    }

    /** Reads the talks of videos seen outside any playlist (a videos.list response) that have none yet. */
    void readLoose(List<String> videoIds) {
        Map<String, String> titles = writer.titlesWithoutTalk(videoIds);
        save(TitleParser.detect(titles.values()), titles);
    }

    private void save(TitleParser parser, Map<String, String> titles) {
        titles.forEach((videoId, title) -> {
            if (VideoStatus.ofPlaceholderTitle(title).isPresent()) {
                writer.saveTalk(videoId, NOTHING, null); // never seen while it could be watched
            } else {
                ParsedTitle parsed = parser.parseWithPattern(title);
                writer.saveTalk(videoId, parsed.talk(), parsed.pattern().text());
            }
        });
    }
}
