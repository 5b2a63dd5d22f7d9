package dev.talkwatch.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A statement being put together on a {@link Handle}: its SQL (as {@link SqlText} reads it) and the
 * values bound to its parameters by name ({@code :name}), position ({@code ?}, from 0) or list
 * ({@code <name>}). Used once, on the thread that made it.
 */
abstract class SqlStatement<S extends SqlStatement<S>> {

    final Connection connection;
    private final String template;
    final Map<String, Object> values = new HashMap<>();
    private Map<String, String> lists;

    SqlStatement(Connection connection, String template) {
        this.connection = connection;
        this.template = template;
    }

    @SuppressWarnings("unchecked")
    private S self() {
        return (S) this;
    }

    /** Binds {@code value} (a String, Integer, Long, Double, Boolean, byte[] or null) to {@code :name}. */
    public S bind(String name, Object value) {
        values.put(name, value);
        return self();
    }

    /** Binds {@code value} to the {@code position}th {@code ?}, counting from 0. */
    public S bind(int position, Object value) {
        values.put(Integer.toString(position), value);
        return self();
    }

    /** Puts one parameter per value where the SQL says {@code <name>}, and binds them; the list must not be empty. */
    public S bindList(String name, List<?> list) {
        if (list.isEmpty()) {
            throw new IllegalArgumentException("an empty list for <" + name + ">: SQL has no empty IN ()");
        }
        StringBuilder parameters = new StringBuilder();
        for (int i = 0; i < list.size(); i++) {
            String parameter = "__" + name + "_" + i;
            parameters.append(i == 0 ? ":" : ", :").append(parameter);
            values.put(parameter, list.get(i));
        }
        if (lists == null) {
            lists = new HashMap<>();
        }
        lists.put(name, parameters.toString());
        return self();
    }

    /** The SQL as JDBC runs it, with the lists put in. */
    SqlText.Parsed parsed() {
        return SqlText.parse(SqlText.render(template, lists == null ? Map.of() : lists));
    }

    /** Binds every parameter of {@code parsed} from {@code bound}. */
    static void bindAll(PreparedStatement statement, SqlText.Parsed parsed, Map<String, Object> bound) throws SQLException {
        List<String> parameters = parsed.parameters();
        for (int i = 0; i < parameters.size(); i++) {
            String name = parameters.get(i);
            if (!bound.containsKey(name)) {
                throw new IllegalArgumentException("no value was bound for " + (Character.isDigit(name.charAt(0))
                        ? "parameter " + name : ":" + name) + " in: " + parsed.sql().strip());
            }
            set(statement, i + 1, bound.get(name));
        }
    }

    /** Binds one value of the kinds {@link #bind} takes to parameter {@code index} (from 1). */
    static void set(PreparedStatement statement, int index, Object value) throws SQLException {
        switch (value) {
            case null -> statement.setNull(index, Types.NULL);
            case String text -> statement.setString(index, text);
            case Integer number -> statement.setInt(index, number);
            case Long number -> statement.setLong(index, number);
            case Double number -> statement.setDouble(index, number);
            case Boolean flag -> statement.setBoolean(index, flag);
            case byte[] bytes -> statement.setBytes(index, bytes);
            default -> statement.setObject(index, value);
        }
    }

    /** Says which statement failed. */
    UncheckedSqlException failure(SQLException e) {
        return new UncheckedSqlException("cannot run " + template.strip().lines().findFirst().orElse(""), e);
    }
}
