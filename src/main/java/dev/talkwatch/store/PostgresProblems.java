package dev.talkwatch.store;

import java.sql.SQLException;

/** What a failed connection to a PostgreSQL server means, in one line a user can act on. */
final class PostgresProblems {

    private PostgresProblems() {
    }

    static String connecting(String description, PostgresLocation location, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String cannot = "cannot open the database " + description + ": ";
        return cannot + switch (state) {
            case "28P01" -> "the server refused the password of role '" + location.user()
                    + "' (talkwatch takes it from PGPASSWORD, else from ~/.pgpass)";
            case "28000" -> "the server lets role '" + location.user() + "' not in: " + Database.rootMessage(e);
            case "3D000" -> "the server has no database '" + location.database() + "'; create it (createdb "
                    + location.database() + ") or name another";
            case "08001", "08004", "08006" -> "cannot reach the server at " + location.host() + ":" + location.port()
                    + " (" + Database.rootMessage(e) + ")";
            default -> Database.rootMessage(e);
        };
    }
}
