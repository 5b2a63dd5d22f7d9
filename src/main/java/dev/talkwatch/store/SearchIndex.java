package dev.talkwatch.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The full-text index over each video's titles, speakers and notes: SQLite's FTS5, or on PostgreSQL
 * a table of tsvectors (the 'simple' configuration, accents taken off here as FTS5 takes them off).
 * Either way, a search finds the videos that hold every word asked for as a word's beginning.
 */
final class SearchIndex {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    // videos indexed by one statement: a statement takes at most 32,766 values in SQLite, 65,535 in PostgreSQL
    private static final int AT_ONCE = 1_000;

    private SearchIndex() {
    }

    /** Indexes every video of the catalog again. */
    static void refreshAll(Handle handle) {
        refresh(handle, handle.createQuery("SELECT id FROM video ORDER BY id").mapTo(String.class).list());
    }

    /** Indexes these videos again from what the catalog now holds of them, {@link #AT_ONCE} at a time. */
    static void refresh(Handle handle, Collection<String> videoIds) {
        List<String> all = List.copyOf(videoIds);
        for (int from = 0; from < all.size(); from += AT_ONCE) {
            refreshSome(handle, all.subList(from, Math.min(all.size(), from + AT_ONCE)));
        }
    }

    private static void refreshSome(Handle handle, List<String> ids) {
        handle.createUpdate("DELETE FROM search_index WHERE video_id IN (<ids>)").bindList("ids", ids).execute();
        String texts = """
                SELECT v.id,
                       v.title || CASE WHEN v.full_title IS NULL OR v.full_title IN ('', v.title) THEN ''
                                       ELSE ' ' || v.full_title END || COALESCE(' ' || NULLIF(v.track, ''), ''),
                       COALESCE((SELECT %s FROM video_speaker s WHERE s.video_id = v.id), ''),
                       COALESCE((SELECT %s FROM note n WHERE n.video_id = v.id AND n.user_name = ''), '')
                FROM video v WHERE v.id IN (<ids>)
                """.formatted(handle.dialect().joined("name", " "), handle.dialect().joined("text", " "));
        if (handle.dialect() == Dialect.SQLITE) {
            handle.createUpdate("INSERT INTO search_index (video_id, title, speakers, notes) " + texts)
                    .bindList("ids", ids).execute();
            return;
        }
        List<List<String>> rows = handle.createQuery(texts).bindList("ids", ids)
                .map(rs -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
        PreparedBatch insert = handle.prepareBatch("""
                INSERT INTO search_index (video_id, title, speakers, notes, words)
                VALUES (:id, :title, :speakers, :notes, setweight(to_tsvector('simple', :titleWords), 'A')
                        || setweight(to_tsvector('simple', :speakerWords), 'B') || setweight(to_tsvector('simple', :noteWords), 'C'))
                """);
        for (List<String> row : rows) {
            insert.bind("id", row.get(0)).bind("title", row.get(1)).bind("speakers", row.get(2)).bind("notes", row.get(3))
                    .bind("titleWords", indexWords(row.get(1))).bind("speakerWords", indexWords(row.get(2)))
                    .bind("noteWords", indexWords(row.get(3))).add();
        }
        insert.execute();
    }

    // The words alone, as FTS5 splits them: PostgreSQL's parser would take "<script>" for an HTML tag
    // and "a.b/c" for a path, and leave the words in them unsearchable.
    private static String indexWords(String text) {
        return String.join(" ", words(folded(text)));
    }

    // Lower case without accents: "Buczyński" is found as "buczynski", as FTS5's remove_diacritics finds it.
    static String folded(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
    }

    /**
     * Videos matching every word of {@code text} (as word prefixes), best first. The index holds
     * the catalog's own user's notes; another user's search finds titles and speakers there, and
     * their own notes beside ({@link #ownNotes}), never another user's.
     */
    static List<SearchHit> search(Handle handle, String text, int limit) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return List.of();
        }
        if (handle.user().equals(Database.OWNER)) {
            return indexed(handle, words, limit, false);
        }
        Map<String, SearchHit> hits = new java.util.LinkedHashMap<>();
        indexed(handle, words, limit, true).forEach(hit -> hits.put(hit.videoId(), hit));
        ownNotes(handle, words).forEach(hit -> hits.merge(hit.videoId(), hit, (a, b) -> a.rank() <= b.rank() ? a : b));
        return hits.values().stream().sorted(java.util.Comparator.comparingDouble(SearchHit::rank)
                .thenComparing(SearchHit::videoId)).limit(limit).toList();
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }

    // The user's own notes' videos where every word begins a word of the note, the title or the speakers.
    private static List<SearchHit> ownNotes(Handle handle, List<String> words) {
        List<String[]> notes = handle.createQuery("""
                SELECT n.video_id, n.text, COALESCE(i.title, ''), COALESCE(i.speakers, '') FROM note n
                LEFT JOIN search_index i ON i.video_id = n.video_id
                WHERE n.user_name = :user ORDER BY n.video_id, n.ordinal
                """).bind("user", handle.user())
                .map(rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}).list();
        Map<String, StringBuilder> texts = new java.util.LinkedHashMap<>();
        Map<String, String> catalogText = new java.util.HashMap<>();
        for (String[] note : notes) {
            texts.computeIfAbsent(note[0], id -> new StringBuilder()).append(' ').append(note[1]);
            catalogText.put(note[0], note[2] + " " + note[3]);
        }
        List<String> prefixes = words.stream().map(SearchIndex::folded).toList();
        List<SearchHit> hits = new ArrayList<>();
        texts.forEach((video, noteText) -> {
            List<String> found = words(folded(catalogText.get(video) + " " + noteText));
            if (prefixes.stream().allMatch(w -> found.stream().anyMatch(f -> f.startsWith(w)))) {
                hits.add(new SearchHit(video, NOTE_RANK, excerpt(noteText.toString().strip(), prefixes)));
            }
        });
        return hits;
    }

    // a match in one's own notes ranks as a weak one in the index does
    private static final double NOTE_RANK = -0.000001;
    private static final int EXCERPT_WORDS = 12;

    // Up to twelve words of the note from the first that one of the prefixes begins, those in [brackets].
    private static String excerpt(String note, List<String> prefixes) {
        String[] tokens = note.split("\\s+");
        int first = 0; // from the start when the words were found in the title or the speakers alone
        for (int i = 0; i < tokens.length; i++) {
            if (begins(tokens[i], prefixes)) {
                first = i;
                break;
            }
        }
        StringBuilder excerpt = new StringBuilder(first > 0 ? "…" : "");
        for (int i = first; i < Math.min(tokens.length, first + EXCERPT_WORDS); i++) {
            excerpt.append(i > first ? " " : "").append(begins(tokens[i], prefixes) ? "[" + tokens[i] + "]" : tokens[i]);
        }
        return excerpt.append(first + EXCERPT_WORDS < tokens.length ? "…" : "").toString();
    }

    // Whether a word of the token, without its accents, begins with one of the prefixes.
    private static boolean begins(String token, List<String> prefixes) {
        return words(folded(token)).stream().anyMatch(word -> prefixes.stream().anyMatch(word::startsWith));
    }

    // The index's videos matching every word; with catalogOnly, in titles and speakers alone.
    private static List<SearchHit> indexed(Handle handle, List<String> words, int limit, boolean catalogOnly) {
        if (handle.dialect() == Dialect.POSTGRESQL) {
            // a word is letters and digits alone, so nothing in it is tsquery syntax; ranked by the
            // same weights as below, best first as rank's lowest. The excerpt is cut here, as for a
            // note: ts_headline would parse the text again, tags and all. Another user's excerpt never
            // shows the owner's notes.
            List<String> prefixes = words.stream().map(SearchIndex::folded).toList();
            return handle.createQuery("""
                    SELECT video_id, -ts_rank('{0, 0.25, 0.75, 1.0}', words, query) AS rank,
                           title || ' ' || speakers || CASE WHEN :catalogOnly THEN '' ELSE ' ' || notes END AS text
                    FROM search_index, to_tsquery('simple', :query) query
                    WHERE words @@ query
                    ORDER BY rank, video_id LIMIT :limit
                    """)
                    .bind("query", String.join(" & ", prefixes.stream().map(w -> w + (catalogOnly ? ":*AB" : ":*"))
                            .toList()))
                    .bind("limit", limit).bind("catalogOnly", catalogOnly)
                    .map(rs -> new SearchHit(rs.getString("video_id"), rs.getDouble("rank"),
                            excerpt(rs.getString("text").strip(), prefixes)))
                    .list();
        }
        List<String> terms = words.stream().map(w -> "\"" + w + "\"*").toList();
        // titles weigh most, then speakers, then notes
        return handle.createQuery("""
                SELECT video_id, bm25(search_index, 0.0, 4.0, 3.0, 1.0) AS rank,
                       snippet(search_index, -1, '[', ']', '…', 12) AS excerpt
                FROM search_index WHERE search_index MATCH :query
                ORDER BY rank LIMIT :limit
                """)
                .bind("query", (catalogOnly ? "{title speakers} : (" : "(") + String.join(" AND ", terms) + ")")
                .bind("limit", limit)
                .map(rs -> new SearchHit(rs.getString("video_id"), rs.getDouble("rank"), rs.getString("excerpt")))
                .list();
    }
}
