package dev.talkwatch.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.Context;

/**
 * PostgreSQL migration 6: indexes every video's words again as {@link SearchIndex} now splits them.
 * Before, PostgreSQL's own parser read the texts, and a word inside what it took for an HTML tag
 * ({@code <script>}) or a path ({@code x.y/zq}) could not be searched for; the words are the same
 * Java's folding gives, so only Java can write them.
 */
final class SearchWords extends NumberedMigration {

    private static final int AT_ONCE = 500;

    SearchWords() {
        super(6, "search words");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        List<String> videos = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT video_id FROM search_index ORDER BY video_id")) {
            while (rows.next()) {
                videos.add(rows.getString(1));
            }
        }
        Handle handle = new Handle(connection, Dialect.POSTGRESQL);
        for (int from = 0; from < videos.size(); from += AT_ONCE) {
            SearchIndex.refresh(handle, videos.subList(from, Math.min(videos.size(), from + AT_ONCE)));
        }
    }
}
