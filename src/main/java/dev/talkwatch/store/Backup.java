package dev.talkwatch.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.talkwatch.catalog.TalkwatchException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The whole catalog as one JSON document, table by table, row by row in key order, and back.
 * Restoring a backup into an empty database and backing it up again gives the same document.
 */
public final class Backup {

    /** Tables in an order that respects their references, each with the columns that order its rows. */
    private static final Map<String, String> TABLES = orderedTables();

    private static final String FORMAT = "talkwatch-backup";
    private static final int VERSION = 1;

    private final Database database;

    public Backup(Database database) {
        this.database = database;
    }

    /** The catalog's tables, in an order that respects their references, each with the columns that order its rows. */
    static Map<String, String> tables() {
        return TABLES;
    }

    private static Map<String, String> orderedTables() {
        Map<String, String> tables = new java.util.LinkedHashMap<>();
        tables.put("playlist", "id");
        tables.put("video", "id");
        tables.put("video_speaker", "video_id, source, ordinal");
        tables.put("capture", "id");
        tables.put("imported_source", "digest");
        tables.put("capture_entry", "capture_id, position");
        tables.put("snapshot", "capture_id, video_id");
        tables.put("playlist_entry", "playlist_id, position, video_id");
        tables.put("rating", "user_name, video_id");
        tables.put("note", "id");
        tables.put("queue_entry", "user_name, position");
        tables.put("watched", "id");
        tables.put("post", "user_name, playlist_id");
        tables.put("post_block", "user_name, playlist_id, ordinal");
        tables.put("publication", "id");
        tables.put("pending_fact", "video_id");
        tables.put("pending_viewing", "user_name, video_id, watched_on, source");
        return tables;
    }

    /** Every table's rows. */
    public ObjectNode export(ObjectMapper json) {
        try {
            return database.withHandle(handle -> {
                ObjectNode root = json.createObjectNode();
                root.put("format", FORMAT);
                root.put("version", VERSION);
                ObjectNode tables = root.putObject("tables");
                for (Map.Entry<String, String> table : TABLES.entrySet()) {
                    ArrayNode rows = tables.putArray(table.getKey());
                    handle.createQuery("SELECT * FROM " + table.getKey() + " ORDER BY " + table.getValue())
                            .map(rs -> row(handle, table.getKey(), rs, json))
                            .forEach(rows::add);
                }
                return root;
            });
        } catch (UncheckedSqlException e) {
            throw database.failure("read the catalog for its backup", e);
        }
    }

    private static ObjectNode row(Handle handle, String table, ResultSet rs, ObjectMapper json) throws SQLException {
        ObjectNode row = json.createObjectNode();
        ResultSetMetaData meta = rs.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String column = meta.getColumnLabel(i);
            if (Partitions.isKey(handle, table, column)) {
                continue; // PostgreSQL's partition key, which the capture's captured_at says
            }
            Object value = rs.getObject(i);
            if (value == null) {
                row.putNull(column);
            } else if (value instanceof Number number && meta.getColumnType(i) != Types.VARCHAR) {
                row.put(column, number.longValue());
            } else {
                row.put(column, value.toString());
            }
        }
        return row;
    }

    /** Loads a backup into this database, which must hold no playlists and no videos; all of it, or nothing. */
    public void restore(JsonNode backup, String name) {
        if (!FORMAT.equals(backup.path("format").asText()) || backup.path("version").asInt() != VERSION) {
            throw new TalkwatchException("cannot restore '" + name + "': it is not a talkwatch backup (format "
                    + FORMAT + ", version " + VERSION + ")");
        }
        try {
            database.useTransaction(handle -> {
                long existing = handle.createQuery("SELECT (SELECT COUNT(*) FROM playlist) + (SELECT COUNT(*) FROM video)")
                        .mapTo(Long.class).one();
                if (existing > 0) {
                    throw new TalkwatchException("cannot restore '" + name + "': the catalog is not empty; restore into a"
                            + " new database with --db NEW.db");
                }
                for (String table : TABLES.keySet()) {
                    if (table.equals("snapshot")) {
                        Partitions.ensureAll(handle);
                    }
                    for (JsonNode row : backup.path("tables").path(table)) {
                        insert(handle, table, row);
                    }
                }
                try {
                    TrendBasis.readAges(handle.getConnection()); // a backup from before migration 8 has no ages in seconds
                } catch (java.sql.SQLException e) {
                    throw new UncheckedSqlException("cannot read the snapshots' ages", e);
                }
                CatalogWriter.refreshLatestSnapshots(handle, "SELECT id FROM video", update -> { });
                afterLoading(handle);
            });
        } catch (UncheckedSqlException e) {
            throw new TalkwatchException("cannot restore '" + name + "': " + Database.rootMessage(e), e);
        }
    }

    /**
     * What a catalog whose rows were loaded as they were (by a restore or a copy) needs after: its
     * search index, made from them, and on PostgreSQL its keys, which new rows take after the highest.
     */
    static void afterLoading(Handle handle) {
        SearchIndex.refreshAll(handle);
        if (handle.dialect() == Dialect.POSTGRESQL) {
            for (String table : List.of("capture", "note", "watched", "publication")) {
                handle.createQuery("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'),"
                        + " COALESCE(MAX(id), 0) + 1, false) FROM " + table).mapTo(Long.class).one();
            }
            // the planner's statistics of what was loaded: without them, a copied catalog of 5,000
            // videos listed in 0.46 s instead of 0.24 s until autovacuum came by
            handle.execute("ANALYZE");
        }
    }

    // Only the columns the backup has: a column added since keeps its default.
    private static void insert(Handle handle, String table, JsonNode row) {
        List<String> columns = new ArrayList<>();
        Iterator<String> names = row.fieldNames();
        names.forEachRemaining(column -> {
            if (!column.matches("[a-z_]+")) {
                throw new TalkwatchException("the backup names an unknown column '" + column + "' in table " + table);
            }
            columns.add(column);
        });
        Update insert = handle.createUpdate(Partitions.insert(handle, table, columns, column -> ":" + column));
        for (String column : columns) {
            JsonNode value = row.get(column);
            if (value.isNull()) {
                insert.bind(column, null);
            } else if (value.isIntegralNumber()) {
                insert.bind(column, value.asLong());
            } else {
                insert.bind(column, value.asText());
            }
        }
        insert.execute();
    }
}
