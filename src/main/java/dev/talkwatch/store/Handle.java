package dev.talkwatch.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One open connection to the database, lent to the work that {@link Database#withHandle} and its
 * kin run, and closed after it. Its statements are made, run and closed one at a time.
 */
final class Handle {

    private final Connection connection;
    private final Dialect dialect;
    private final String user;

    Handle(Connection connection, Dialect dialect) {
        this(connection, dialect, Database.OWNER);
    }

    Handle(Connection connection, Dialect dialect, String user) {
        this.connection = connection;
        this.dialect = dialect;
        this.user = user;
    }

    /** The user whose curation the statements on this handle read and write. */
    String user() {
        return user;
    }

    /** How the database this handle is on spells what the databases spell differently. */
    Dialect dialect() {
        return dialect;
    }

    Query createQuery(String sql) {
        return new Query(connection, sql);
    }

    Update createUpdate(String sql) {
        return new Update(connection, sql);
    }

    PreparedBatch prepareBatch(String sql) {
        return new PreparedBatch(connection, sql);
    }

    /** Runs a statement that returns no rows, with these values for its {@code ?}s in order. */
    void execute(String sql, Object... values) {
        Update update = createUpdate(sql);
        for (int i = 0; i < values.length; i++) {
            update.bind(i, values[i]);
        }
        update.execute();
    }

    /**
     * On PostgreSQL, waits for and takes the advisory lock {@code key}, held until this handle's
     * transaction ends, so that work under one key runs one transaction at a time.
     */
    void lockUntilCommit(long key) {
        createQuery("SELECT COUNT(*) FROM (SELECT pg_advisory_xact_lock(:key)) AS locked").bind("key", key)
                .mapTo(Long.class).one();
    }

    /** The connection itself, for what the statements here do not cover; it stays the handle's to close. */
    Connection getConnection() {
        return connection;
    }

    /** Work that needs a handle and gives a value; it may throw the SQLExceptions of JDBC it uses directly. */
    @FunctionalInterface
    interface Callback<R> {
        R withHandle(Handle handle) throws SQLException;
    }

    /** Work that needs a handle and gives nothing back. */
    @FunctionalInterface
    interface Consumer {
        void useHandle(Handle handle) throws SQLException;
    }
}
