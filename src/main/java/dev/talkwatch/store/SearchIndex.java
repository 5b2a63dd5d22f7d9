package dev.talkwatch.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The full-text index (SQLite FTS5) over each video's titles, speakers and notes. */
final class SearchIndex {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private SearchIndex() {
    }

    /** Indexes these videos again from what the catalog now holds of them. */
    static void refresh(Handle handle, Collection<String> videoIds) {
        if (videoIds.isEmpty()) {
            return;
        }
        List<String> ids = List.copyOf(videoIds);
        handle.createUpdate("DELETE FROM search_index WHERE video_id IN (<ids>)").bindList("ids", ids).execute();
        handle.createUpdate("""
                INSERT INTO search_index (video_id, title, speakers, notes)
                SELECT v.id,
                       v.title || ' ' || COALESCE(v.full_title, '') || ' ' || COALESCE(v.track, ''),
                       COALESCE((SELECT group_concat(name, ' ') FROM video_speaker s WHERE s.video_id = v.id), ''),
                       COALESCE((SELECT group_concat(text, ' ') FROM note n WHERE n.video_id = v.id), '')
                FROM video v WHERE v.id IN (<ids>)
                """).bindList("ids", ids).execute();
    }

    /** Videos matching every word of {@code text} (as word prefixes), best first. */
    static List<SearchHit> search(Handle handle, String text, int limit) {
        List<String> terms = new ArrayList<>();
        Matcher words = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (words.find()) {
            terms.add("\"" + words.group() + "\"*");
        }
        if (terms.isEmpty()) {
            return List.of();
        }
        // titles weigh most, then speakers, then notes
        return handle.createQuery("""
                SELECT video_id, bm25(search_index, 0.0, 4.0, 3.0, 1.0) AS rank,
                       snippet(search_index, -1, '[', ']', '…', 12) AS excerpt
                FROM search_index WHERE search_index MATCH :query
                ORDER BY rank LIMIT :limit
                """)
                .bind("query", String.join(" AND ", terms)).bind("limit", limit)
                .map(rs -> new SearchHit(rs.getString("video_id"), rs.getDouble("rank"), rs.getString("excerpt")))
                .list();
    }
}
