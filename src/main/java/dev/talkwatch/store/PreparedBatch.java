package dev.talkwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One statement run for many rows: bind a row's values, {@link #add} it, and {@link #execute} them
 * all with the statement prepared once. No lists ({@code <name>}) here: every row has the same SQL.
 */
final class PreparedBatch extends SqlStatement<PreparedBatch> {

    private final List<Map<String, Object>> rows = new ArrayList<>();

    PreparedBatch(Connection connection, String sql) {
        super(connection, sql);
    }

    /** Ends the row whose values were bound; the next row starts with none. */
    PreparedBatch add() {
        rows.add(new HashMap<>(values));
        values.clear();
        return this;
    }

    /** Runs every row added; nothing when none was. */
    void execute() {
        if (rows.isEmpty()) {
            return;
        }
        SqlText.Parsed parsed = parsed();
        try (PreparedStatement statement = connection.prepareStatement(parsed.sql())) {
            for (Map<String, Object> row : rows) {
                bindAll(statement, parsed, row);
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw failure(e);
        }
        rows.clear();
    }
}
