package dev.talkwatch.store;

import java.sql.SQLException;

/** A statement that failed, carried out of the lambdas that run SQL; the store turns it into a {@link StoreException}. */
final class UncheckedSqlException extends RuntimeException {

    UncheckedSqlException(String doing, SQLException cause) {
        super(doing + ": " + cause.getMessage(), cause);
    }

    @Override
    public synchronized SQLException getCause() {
        return (SQLException) super.getCause();
    }
}
