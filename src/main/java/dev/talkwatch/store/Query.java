package dev.talkwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** A SELECT on a {@link Handle}; {@link #map} or {@link #mapTo} says what each row becomes. */
final class Query extends SqlStatement<Query> {

    Query(Connection connection, String sql) {
        super(connection, sql);
    }

    /** Each row as {@code mapper} makes it. */
    <T> Rows<T> map(RowMapper<T> mapper) {
        return new Rows<>(this, mapper);
    }

    /** The first column of each row as a String, Integer or Long; null where it is NULL. */
    <T> Rows<T> mapTo(Class<T> type) {
        RowMapper<?> mapper;
        if (type == String.class) {
            mapper = rs -> Columns.text(rs, 1);
        } else if (type == Long.class) {
            mapper = rs -> {
                long value = rs.getLong(1);
                return rs.wasNull() ? null : value;
            };
        } else if (type == Integer.class) {
            mapper = rs -> {
                int value = rs.getInt(1);
                return rs.wasNull() ? null : value;
            };
        } else {
            throw new IllegalArgumentException("no column mapping to " + type.getName());
        }
        return new Rows<>(this, rs -> type.cast(mapper.map(rs)));
    }

    /** The rows of a query, read when one of these methods is called; each closes what it opened. */
    static final class Rows<T> {
        private final Query query;
        private final RowMapper<T> mapper;

        Rows(Query query, RowMapper<T> mapper) {
            this.query = query;
            this.mapper = mapper;
        }

        /** Every row, in the order of the result. */
        List<T> list() {
            List<T> rows = new ArrayList<>();
            forEach(rows::add);
            return rows;
        }

        void forEach(Consumer<? super T> action) {
            SqlText.Parsed parsed = query.parsed();
            try (PreparedStatement statement = query.connection.prepareStatement(parsed.sql())) {
                bindAll(statement, parsed, query.values);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        action.accept(mapper.map(rs));
                    }
                }
            } catch (SQLException e) {
                throw query.failure(e);
            }
        }

        /** The one row; an error when there is none or more than one. */
        T one() {
            List<T> rows = list();
            if (rows.size() != 1) {
                throw new IllegalStateException("expected one row, got " + rows.size());
            }
            return rows.getFirst();
        }

        /** The one row, or empty when there is none or its value is null; an error when there are more. */
        Optional<T> findOne() {
            List<T> rows = list();
            if (rows.size() > 1) {
                throw new IllegalStateException("expected at most one row, got " + rows.size());
            }
            return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.getFirst());
        }

        /** The first row, or empty when there is none or its value is null. */
        Optional<T> findFirst() {
            List<T> rows = list();
            return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.getFirst());
        }
    }
}
