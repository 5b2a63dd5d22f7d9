package dev.talkwatch.store;

import dev.talkwatch.catalog.Age;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 8: keeps on each video what a trend compares (its newest counted snapshot, the one
 * before, the span its upload lies in), so that `trend` reads one row per video instead of all of
 * its snapshots (150,000 in a 5,000-video catalog with 30 captures). The span comes from the ages
 * the snapshots give, which only {@link Age} reads, so each snapshot keeps its age in seconds as
 * well: set here from the texts already stored, and by {@link CatalogWriter} from then on.
 */
final class TrendBasis extends NumberedMigration {

    TrendBasis() {
        super(8, "trend basis");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            for (String column : List.of("snapshot ADD COLUMN age_at_least INTEGER", "snapshot ADD COLUMN age_less_than INTEGER",
                    "video ADD COLUMN trend_latest_capture_id INTEGER", "video ADD COLUMN trend_baseline_capture_id INTEGER",
                    "video ADD COLUMN upload_after INTEGER", "video ADD COLUMN upload_before INTEGER")) {
                statement.execute("ALTER TABLE " + column);
            }
            // the spans are read from the ages alone: without this, a refresh of 5,000 videos read the
            // rows of all their snapshots from all over the file
            statement.execute("CREATE INDEX snapshot_age ON snapshot (video_id, capture_id, age_at_least, age_less_than)"
                    + " WHERE age_at_least IS NOT NULL");
        }
        readAges(connection);
        CatalogWriter.refreshLatestSnapshots(new Handle(connection, Dialect.SQLITE), "SELECT id FROM video", update -> { });
    }

    /** Sets age_at_least and age_less_than of the snapshots whose age text {@link Age} reads; a few dozen texts. */
    static void readAges(Connection connection) throws SQLException {
        List<String> texts = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT DISTINCT age_text FROM snapshot WHERE age_text IS NOT NULL AND age_at_least IS NULL")) {
            while (rows.next()) {
                texts.add(rows.getString(1));
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE snapshot SET age_at_least = ?, age_less_than = ? WHERE age_text = ?")) {
            for (String text : texts) {
                Age age = Age.parse(text).orElse(null);
                if (age != null) {
                    update.setLong(1, age.atLeastSeconds());
                    update.setLong(2, age.lessThanSeconds());
                    update.setString(3, text);
                    update.addBatch();
                }
            }
            update.executeBatch();
        }
    }
}
