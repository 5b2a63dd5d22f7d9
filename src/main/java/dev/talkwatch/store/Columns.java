package dev.talkwatch.store;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Text columns read as their UTF-8 bytes and decoded here: the SQLite driver's own getString took
 * four times as long (reading a playlist's 150,000 observations spent half its time in it). A
 * catalog is always UTF-8; {@link Database} refuses one that is not.
 */
final class Columns {

    private Columns() {
    }

    static String text(ResultSet rs, int column) throws SQLException {
        byte[] bytes = rs.getBytes(column);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    static String text(ResultSet rs, String column) throws SQLException {
        return text(rs, rs.findColumn(column));
    }
}
