package dev.talkwatch.store;

import java.time.YearMonth;
import java.util.List;

/**
 * A PostgreSQL catalog's snapshots are partitioned by the month of their capture (migration 4 of
 * PostgreSQL): snapshot_2024_05 holds those captured in May 2024. A partition is made when the
 * first capture of its month arrives, under a lock of that month, so that two workers storing the
 * first captures of a month together make it once. The partition key, captured_at, is PostgreSQL's
 * alone; SQLite keeps one table.
 */
final class Partitions {

    /** The partition key: the capture's captured_at, on each snapshot. */
    static final String KEY = "captured_at";

    private Partitions() {
    }

    /** Whether {@code column} of {@code table} is the partition key, which backups and copies leave out. */
    static boolean isKey(Handle handle, String table, String column) {
        return handle.dialect() == Dialect.POSTGRESQL && table.equals("snapshot") && column.equals(KEY);
    }

    /**
     * The INSERT of a row of {@code columns} into {@code table}, each value the parameter
     * {@code parameter} names for its column (":name", "?"); into PostgreSQL's snapshots, with the
     * partition key read from the row's capture.
     */
    static String insert(Handle handle, String table, List<String> columns,
            java.util.function.Function<String, String> parameter) {
        boolean keyed = isKey(handle, table, KEY);
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + (keyed ? ", " + KEY : "") + ") VALUES ("
                + String.join(", ", columns.stream().map(parameter).toList())
                + (keyed ? ", (SELECT captured_at FROM capture WHERE id = " + parameter.apply("capture_id") + ")" : "")
                + ")";
    }

    /** Makes the partition of snapshots captured at {@code capturedAt} ('2024-05-17T12:00:00Z'), if there is none. */
    static void ensure(Handle handle, String capturedAt) {
        YearMonth month = YearMonth.parse(capturedAt.substring(0, 7));
        String name = "snapshot_" + month.toString().replace('-', '_');
        boolean exists = handle.createQuery("SELECT COUNT(to_regclass(:name))").bind("name", name)
                .mapTo(Long.class).one() > 0;
        if (exists) {
            return;
        }
        // held until this transaction ends: whoever waited sees the partition made
        handle.lockUntilCommit(0x736e6170L << 20 | month.getYear() * 12L + month.getMonthValue());
        handle.execute("CREATE TABLE IF NOT EXISTS " + name + " PARTITION OF snapshot FOR VALUES FROM ('" + month
                + "-01T00:00:00Z') TO ('" + month.plusMonths(1) + "-01T00:00:00Z')");
    }

    /** Makes the partitions of every capture's month, before snapshots are loaded as they were (a restore, a copy). */
    static void ensureAll(Handle handle) {
        if (handle.dialect() != Dialect.POSTGRESQL) {
            return;
        }
        List<String> months = handle.createQuery("SELECT MIN(captured_at) FROM capture GROUP BY substr(captured_at, 1, 7)")
                .mapTo(String.class).list();
        months.forEach(capturedAt -> ensure(handle, capturedAt));
    }
}
