package dev.talkwatch.store;

import org.flywaydb.core.api.migration.Context;

/**
 * PostgreSQL migration 6: indexes every video's words again as {@link SearchIndex} now splits them.
 * Before, PostgreSQL's own parser read the texts, and a word inside what it took for an HTML tag
 * ({@code <script>}) or a path ({@code x.y/zq}) could not be searched for; the words are the same
 * Java's folding gives, so only Java can write them.
 */
final class SearchWords extends NumberedMigration {

    SearchWords() {
        super(6, "search words");
    }

    @Override
    public void migrate(Context context) {
        SearchIndex.refreshAll(new Handle(context.getConnection(), Dialect.POSTGRESQL));
    }
}
