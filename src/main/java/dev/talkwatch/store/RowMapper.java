package dev.talkwatch.store;

import java.sql.ResultSet;
import java.sql.SQLException;

/** Makes one value of the result set's current row; it must not move the result set. */
@FunctionalInterface
interface RowMapper<T> {

    T map(ResultSet rs) throws SQLException;
}
