package dev.talkwatch.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 4: lets a video's status, and a snapshot's, be "members-only". SQLite cannot alter a
 * CHECK constraint, and rebuilding {@code video} would mean dropping the table every other one
 * refers to; widening the allowed values changes nothing on disk, so the constraint's text is
 * edited in the schema as SQLite documents for such changes (writable_schema, then a new
 * schema_version), inside the migration's transaction.
 */
final class MembersOnlyStatus extends NumberedMigration {

    private static final String BEFORE = "'deleted', 'unavailable')";
    private static final String AFTER = "'deleted', 'unavailable', 'members-only')";

    MembersOnlyStatus() {
        super(4, "members only status");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            int version;
            try (ResultSet rows = statement.executeQuery("PRAGMA schema_version")) {
                rows.next();
                version = rows.getInt(1);
            }
            statement.execute("PRAGMA writable_schema = ON");
            int changed = statement.executeUpdate("UPDATE sqlite_master SET sql = replace(sql, '" + BEFORE.replace("'", "''")
                    + "', '" + AFTER.replace("'", "''") + "') WHERE type = 'table' AND name IN ('video', 'snapshot')");
            statement.execute("PRAGMA schema_version = " + (version + 1));
            statement.execute("PRAGMA writable_schema = OFF");
            if (changed != 2) {
                throw new SQLException("expected the status constraints of video and snapshot, changed " + changed);
            }
            try (ResultSet check = statement.executeQuery("PRAGMA quick_check")) {
                if (!check.next() || !"ok".equals(check.getString(1))) {
                    throw new SQLException("the schema is not sound after widening the status constraint");
                }
            }
        }
    }
}
