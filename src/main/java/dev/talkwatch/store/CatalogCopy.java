package dev.talkwatch.store;

import dev.talkwatch.catalog.TalkwatchException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole catalog copied into an empty one, row by row and table by table, between SQLite and
 * PostgreSQL either way: what {@code export --all} writes of both is the same document. The source
 * is read as one moment; the destination gets all of it in one transaction, or nothing.
 */
public final class CatalogCopy {

    private static final int ROWS_AT_ONCE = 1_000;

    private CatalogCopy() {
    }

    /**
     * Copies {@code from} into {@code to}, which must hold no playlists and no videos; each user
     * {@code users} names is renamed to its value (the curation of an SQLite file's own user becomes
     * a named user's on PostgreSQL). Returns the rows copied, by table.
     */
    public static Map<String, Long> copy(Database from, Database to, Map<String, String> users) {
        Map<String, Long> copied = new LinkedHashMap<>();
        try {
            from.inReadTransaction(source -> to.inTransaction(target -> {
                long existing = target.createQuery("SELECT (SELECT COUNT(*) FROM playlist) + (SELECT COUNT(*) FROM video)")
                        .mapTo(Long.class).one();
                if (existing > 0) {
                    throw new TalkwatchException("cannot copy into " + to.description() + ": it is not empty; copy into a"
                            + " new SQLite file or an empty PostgreSQL database");
                }
                for (Map.Entry<String, String> table : Backup.tables().entrySet()) {
                    if (table.getKey().equals("snapshot")) {
                        Partitions.ensureAll(target);
                    }
                    copied.put(table.getKey(), copy(source, target, table.getKey(), table.getValue(), users));
                }
                Backup.afterLoading(target);
                return null;
            }));
        } catch (UncheckedSqlException e) {
            throw new StoreException("cannot copy " + from.description() + " into " + to.description() + ": "
                    + Database.rootMessage(e), e);
        }
        return copied;
    }

    private static long copy(Handle from, Handle to, String table, String order, Map<String, String> users)
            throws SQLException {
        long rows = 0;
        try (Statement read = from.getConnection().createStatement()) {
            read.setFetchSize(ROWS_AT_ONCE); // PostgreSQL streams in a transaction instead of reading all rows first
            try (ResultSet rs = read.executeQuery("SELECT * FROM " + table + " ORDER BY " + order)) {
                ResultSetMetaData meta = rs.getMetaData();
                List<String> columns = new ArrayList<>();
                List<Integer> copiedColumns = new ArrayList<>(); // the source's columns copied: all but a partition key
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    if (!Partitions.isKey(from, table, meta.getColumnLabel(i))) {
                        columns.add(meta.getColumnLabel(i));
                        copiedColumns.add(i);
                    }
                }
                int user = columns.indexOf("user_name");
                boolean keyed = Partitions.isKey(to, table, Partitions.KEY);
                String insert = Partitions.insert(to, table, columns, column -> "?"); // the capture's id last, when keyed
                int captureColumn = columns.indexOf("capture_id");
                try (PreparedStatement write = to.getConnection().prepareStatement(insert)) {
                    while (rs.next()) {
                        for (int i = 0; i < columns.size(); i++) {
                            Object value = rs.getObject(copiedColumns.get(i));
                            if (i == user && value != null) {
                                value = users.getOrDefault(value.toString(), value.toString());
                            }
                            SqlStatement.set(write, i + 1, value);
                        }
                        if (keyed) {
                            SqlStatement.set(write, columns.size() + 1, rs.getObject(copiedColumns.get(captureColumn)));
                        }
                        write.addBatch();
                        if (++rows % ROWS_AT_ONCE == 0) {
                            write.executeBatch();
                        }
                    }
                    write.executeBatch();
                }
            }
        }
        return rows;
    }
}
