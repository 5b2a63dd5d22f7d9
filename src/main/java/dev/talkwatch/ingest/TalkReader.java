package dev.talkwatch.ingest;

import dev.talkwatch.catalog.ParsedTitle;
import dev.talkwatch.catalog.Talk;
import dev.talkwatch.catalog.TitleParser;
import dev.talkwatch.catalog.TitlePattern;
import dev.talkwatch.catalog.VideoStatus;
import dev.talkwatch.store.CatalogStore;
import dev.talkwatch.store.CatalogWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the talks of a playlist's video titles under the playlist's convention: the pattern the
 * user chose, or the one detected from all its titles. Run after every import, since more titles
 * can change which convention fits best.
 */
public final class TalkReader {

    /**
     * The convention a playlist's titles were read with ({@value TitleParser#TITLE_BY_TITLE} when none
     * explains most of them), and how many of them it explained.
     */
    public record Reading(String pattern, boolean chosenByUser, int explained, int titles) {
    }

    private static final Talk NOTHING = new Talk(null, List.of(), null, false);

    private final CatalogWriter writer;

    public TalkReader(CatalogWriter writer) {
        this.writer = writer;
    }

    /** Sets (or, with null, clears) a playlist's pattern and reads its talks again, in one transaction. */
    public static Reading choosePattern(CatalogStore store, String playlistId, TitlePattern pattern) {
        store.setPlaylistPattern(playlistId, pattern == null ? null : pattern.text());
        return store.inTransaction(writer -> new TalkReader(writer).readPlaylist(playlistId));
    }

    /** Reads every talk in the playlist again. */
    public Reading readPlaylist(String playlistId) {
        Map<String, String> available = writer.availableTitles(playlistId);
        String chosen = writer.playlistPattern(playlistId).orElse(null);
        TitleParser parser = chosen != null
                ? TitleParser.withPattern(TitlePattern.parse(chosen), available.values())
                : TitleParser.detect(available.values());
        int explained = save(parser, writer.knownTitles(playlistId), available.keySet());
        return new Reading(parser.convention(), chosen != null, explained, available.size());
    }

    /** Reads the talks of videos seen outside any playlist (a videos.list response) that have none yet. */
    void readLoose(List<String> videoIds) {
        Map<String, String> titles = writer.titlesWithoutTalk(videoIds);
        save(TitleParser.detect(titles.values()), titles, Set.of());
    }

    /** Saves each title's talk and the pattern that read it; returns how many of {@code counted} the convention explained. */
    private int save(TitleParser parser, Map<String, String> titles, Set<String> counted) {
        int explained = 0;
        List<CatalogWriter.TalkRow> talks = new java.util.ArrayList<>(titles.size());
        for (Map.Entry<String, String> entry : titles.entrySet()) {
            if (VideoStatus.ofPlaceholderTitle(entry.getValue()).isPresent()) {
                talks.add(new CatalogWriter.TalkRow(entry.getKey(), NOTHING, null)); // never seen while it could be watched
                continue;
            }
            ParsedTitle parsed = parser.parseWithPattern(entry.getValue());
            talks.add(new CatalogWriter.TalkRow(entry.getKey(), parsed.talk(), parsed.pattern().text()));
            if (counted.contains(entry.getKey()) && parser.byConvention(parsed)) {
                explained++;
            }
        }
        writer.saveTalks(talks);
        return explained;
    }
}
