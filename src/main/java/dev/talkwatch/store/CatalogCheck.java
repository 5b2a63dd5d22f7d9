package dev.talkwatch.store;

import java.util.ArrayList;
import java.util.List;

/**
 * The integrity checks of a catalog: the database's own (SQLite's integrity and foreign key checks;
 * on PostgreSQL, that every constraint is validated and, where the amcheck extension is installed,
 * that the indexes agree with their tables), and talkwatch's, which no constraint states: what each
 * video keeps of its snapshots points at snapshots it has, and every video is in the search index.
 */
public final class CatalogCheck {

    /** One check and what it found: nothing (it passed), or the problems, each a line. */
    public record Result(String check, List<String> problems) {

        public boolean passed() {
            return problems.isEmpty();
        }
    }

    private static final int SHOWN = 10;

    private CatalogCheck() {
    }

    public static List<Result> run(Database database) {
        try {
            return database.withHandle(handle -> {
                List<Result> results = new ArrayList<>();
                if (handle.dialect() == Dialect.SQLITE) {
                    List<String> integrity = handle.createQuery("PRAGMA integrity_check").mapTo(String.class).list();
                    results.add(new Result("SQLite integrity_check",
                            integrity.equals(List.of("ok")) ? List.of() : shown(integrity)));
                    results.add(new Result("SQLite foreign_key_check", shown(handle.createQuery("PRAGMA foreign_key_check")
                            .map(rs -> rs.getString(1) + " row " + rs.getString(2) + " refers to a missing " + rs.getString(3))
                            .list())));
                } else {
                    results.add(new Result("PostgreSQL constraints validated", shown(handle.createQuery("""
                            SELECT conrelid::regclass || ': ' || conname FROM pg_constraint
                            WHERE connamespace = current_schema()::regnamespace AND NOT convalidated
                            """).mapTo(String.class).list())));
                    boolean amcheck = handle.createQuery("SELECT COUNT(*) FROM pg_extension WHERE extname = 'amcheck'")
                            .mapTo(Long.class).one() > 0;
                    if (amcheck) {
                        results.add(new Result("PostgreSQL amcheck of the indexes", shown(handle.createQuery("""
                                SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                                JOIN pg_am a ON a.oid = c.relam
                                WHERE a.amname = 'btree' AND c.relnamespace = current_schema()::regnamespace
                                  AND NOT (SELECT bt_index_check(c.oid) IS NULL)
                                """).mapTo(String.class).list())));
                    }
                }
                results.add(new Result("history: a failed migration", shown(handle.createQuery(
                        "SELECT 'migration ' || COALESCE(version, '?') || ' failed' FROM flyway_schema_history"
                                + " WHERE success <> (1 = 1)").mapTo(String.class).list())));
                for (String kept : List.of("latest_capture_id", "trend_latest_capture_id", "trend_baseline_capture_id")) {
                    results.add(new Result("videos' " + kept, shown(handle.createQuery("""
                            SELECT 'video ' || v.id || ' keeps capture ' || v.%1$s || ', of which it has no snapshot'
                            FROM video v WHERE v.%1$s IS NOT NULL AND NOT EXISTS (
                                SELECT 1 FROM snapshot s WHERE s.capture_id = v.%1$s AND s.video_id = v.id)
                            ORDER BY v.id
                            """.formatted(kept)).mapTo(String.class).list())));
                }
                results.add(new Result("the search index", shown(handle.createQuery("""
                        SELECT 'video ' || v.id || ' is not in the search index' FROM video v
                        WHERE v.id NOT IN (SELECT video_id FROM search_index) ORDER BY v.id
                        """).mapTo(String.class).list())));
                return results;
            });
        } catch (UncheckedSqlException e) {
            throw database.failure("check the catalog", e);
        }
    }

    // the first problems, and how many more there are
    private static List<String> shown(List<String> problems) {
        if (problems.size() <= SHOWN) {
            return problems;
        }
        List<String> shown = new ArrayList<>(problems.subList(0, SHOWN));
        shown.add("... and " + (problems.size() - SHOWN) + " more");
        return shown;
    }
}
