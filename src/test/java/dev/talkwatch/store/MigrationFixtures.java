package dev.talkwatch.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Catalog files as an older talkwatch left them, for tests of the migrations. */
public final class MigrationFixtures {

    private MigrationFixtures() {
    }

    /** A catalog file at schema {@code version}, with {@code sql} run in it. */
    public static Path catalogAt(Path file, String version, String... sql) throws SQLException {
        org.sqlite.SQLiteDataSource dataSource = new org.sqlite.SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + file);
        Database.migrations(dataSource).target(version).load().migrate();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement statement = connection.createStatement()) {
            for (String statementSql : sql) {
                statement.execute(statementSql);
            }
        }
        return file;
    }

}
