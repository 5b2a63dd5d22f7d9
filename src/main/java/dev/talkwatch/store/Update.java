package dev.talkwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** An INSERT, UPDATE or DELETE (or any statement that returns no rows) on a {@link Handle}. */
final class Update extends SqlStatement<Update> {

    Update(Connection connection, String sql) {
        super(connection, sql);
    }

    /** Runs it; the number of rows it changed. */
    int execute() {
        SqlText.Parsed parsed = parsed();
        try (PreparedStatement statement = connection.prepareStatement(parsed.sql())) {
            bindAll(statement, parsed, values);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Runs an INSERT of one row; the key the database gave it. */
    long executeReturningKey() {
        SqlText.Parsed parsed = parsed();
        try (PreparedStatement statement = connection.prepareStatement(parsed.sql(), Statement.RETURN_GENERATED_KEYS)) {
            bindAll(statement, parsed, values);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new IllegalStateException("the database gave no key for: " + parsed.sql().strip());
                }
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }
}
