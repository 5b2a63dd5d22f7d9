package dev.talkwatch.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * An open talkwatch database: an SQLite file in WAL mode with foreign keys on and a busy timeout,
 * so the CLI and a running server can share it. The schema is migrated by Flyway on open.
 */
public final class Database {

    private static final int BUSY_TIMEOUT_MILLIS = 10_000;
    // the migration from which a playlist's entries are derived from all its captures
    private static final String ENTRIES_DERIVED = "5";
    /** The version of the newest migration; a catalog at it opens without Flyway. */
    static final int SCHEMA_VERSION = 10;

    /** The version of the newest PostgreSQL migration (its own series: a PostgreSQL catalog began at the schema above). */
    static final int POSTGRESQL_SCHEMA_VERSION = 6;
    private static final int CONNECT_TIMEOUT_SECONDS = 10;

    private final String description;
    private final Path file; // null on PostgreSQL
    private final javax.sql.DataSource dataSource;
    private final Dialect dialect;
    private final String user;
    private final DataVersion versions; // SQLite's change stamp

    private Database(javax.sql.DataSource dataSource, String description, Path file, Dialect dialect) {
        this(dataSource, description, file, dialect, OWNER);
    }

    private Database(javax.sql.DataSource dataSource, String description, Path file, Dialect dialect, String user) {
        this(dataSource, description, file, dialect, user, new DataVersion(dataSource));
    }

    private Database(javax.sql.DataSource dataSource, String description, Path file, Dialect dialect, String user,
            DataVersion versions) {
        this.dataSource = dataSource;
        this.description = description;
        this.file = file;
        this.dialect = dialect;
        this.user = user;
        this.versions = versions;
    }

    /**
     * The user whose curation a catalog held before curation had users, and whom a command runs as
     * on SQLite when it names none: the catalog's own.
     */
    public static final String OWNER = "";

    /**
     * The same catalog, its curation (ratings, notes, queue, diary, posts) that of {@code user}; the
     * catalog and its history are everyone's. {@link #OWNER} is the catalog's own user.
     */
    public Database as(String user) {
        return new Database(dataSource, description, file, dialect, user, versions);
    }

    /** The user whose curation this is. */
    public String user() {
        return user;
    }

    /** Whether this is a PostgreSQL catalog (else an SQLite file). */
    public boolean isPostgresql() {
        return dialect == Dialect.POSTGRESQL;
    }

    /**
     * Opens the catalog a user names: a PostgreSQL URL ({@code postgresql://USER@HOST:PORT/DB} or
     * {@code jdbc:postgresql://...}; see {@link PostgresLocation}), else an SQLite file.
     * {@code environment} gives PGPASSWORD, PGPASSFILE, PGUSER and HOME.
     */
    public static Database open(String location, java.util.Map<String, String> environment) {
        if (PostgresLocation.names(location)) {
            return openPostgresql(PostgresLocation.parse(location, environment), environment);
        }
        return openSqlite(Path.of(location));
    }

    /**
     * Opens an existing catalog for a command that only reads it: it never makes one (a missing
     * SQLite file is one line, and no folder is created), and an SQLite file in a folder this user
     * cannot write, where SQLite cannot keep its journal, is read as it is, read-only.
     */
    public static Database openForReading(String location, java.util.Map<String, String> environment) {
        if (PostgresLocation.names(location)) {
            return openPostgresql(PostgresLocation.parse(location, environment), environment);
        }
        Path file = Path.of(location);
        if (!Files.isRegularFile(file)) {
            throw new StoreException(Files.isDirectory(file)
                    ? "the catalog '" + file + "' is a folder; name the catalog's file"
                    : "there is no catalog at '" + file + "' yet; import a playlist first (talkwatch import FILE)", null);
        }
        Path folder = file.toAbsolutePath().getParent();
        if (Files.isWritable(folder) && Files.isWritable(file)) {
            return openSqlite(file, false);
        }
        return openReadOnly(file);
    }

    // A catalog this user may read but not write, never migrated. SQLite reads a write-ahead log that
    // is there (someone who may write is at work); without one it can make none, and reads the file
    // as immutable.
    private static Database openReadOnly(Path file) {
        Path absolute = file.toAbsolutePath();
        boolean logged = Files.isReadable(absolute.resolveSibling(absolute.getFileName() + "-wal"))
                && Files.isReadable(absolute.resolveSibling(absolute.getFileName() + "-shm"));
        NativeSqlite.prepare();
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:file:" + absolute.toUri().getRawPath() + (logged ? "?mode=ro" : "?immutable=1"));
        String description = "'" + file + "'";
        if (!isCurrent(dataSource)) {
            requireNotNewer(dataSource, description, SCHEMA_VERSION);
            throw new StoreException("the catalog " + description + " is read-only to you and not at this talkwatch's schema,"
                    + " which needs writing to upgrade it; open it once as a user who can write its folder", null);
        }
        return new Database(dataSource, description, absolute, Dialect.SQLITE);
    }

    /** Whether {@code location} names a PostgreSQL database rather than an SQLite file. */
    public static boolean isServer(String location) {
        return PostgresLocation.names(location);
    }

    Dialect dialect() {
        return dialect;
    }

    /**
     * The same catalog through a pool of open connections, for a process that serves many requests:
     * a new SQLite connection opens the file and reads the schema again, which was most of what a
     * small page cost the web app. A command that runs once opens a connection or two and needs none.
     */
    public Database pooled(int connections) {
        com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
        config.setDataSource(dataSource);
        config.setMaximumPoolSize(connections);
        config.setMinimumIdle(1);
        config.setPoolName("talkwatch");
        return new Database(new com.zaxxer.hikari.HikariDataSource(config), description, file, dialect, user, versions);
    }

    /**
     * A stamp that changes with every commit to the catalog, by whichever process. What is worked out
     * from the whole catalog (the web app's pages, a post's source) is kept while the stamp is the
     * same. On SQLite it is {@code PRAGMA data_version} on a connection kept for it alone, which
     * SQLite moves for every commit by any other connection. (It once read the write-ahead log's
     * index file itself; closing that file dropped the process's POSIX locks on it, so another
     * process took the index for unused and reset it under this one's map: SIGBUS.)
     */
    public String changeStamp() {
        if (file == null) {
            // the catalog's committed changes, counted by its tables' triggers (PostgreSQL migration 5)
            return withHandle(handle -> handle.createQuery("SELECT CAST(changes AS text) FROM catalog_change")
                    .mapTo(String.class).one());
        }
        return versions.stamp();
    }

    /** The connection a catalog's change stamp is read on: opened when first asked, shared by every view of the catalog. */
    private static final class DataVersion {
        private final javax.sql.DataSource dataSource;
        private java.sql.Connection connection;
        private int opened; // a new connection counts its versions from the start again

        DataVersion(javax.sql.DataSource dataSource) {
            this.dataSource = dataSource;
        }

        synchronized String stamp() {
            try {
                if (connection == null) {
                    connection = dataSource.getConnection();
                    opened++;
                }
                try (java.sql.Statement statement = connection.createStatement();
                        java.sql.ResultSet rs = statement.executeQuery("PRAGMA data_version")) {
                    return opened + ":" + (rs.next() ? rs.getLong(1) : 0);
                }
            } catch (java.sql.SQLException e) {
                close();
                return "unknown:" + System.nanoTime(); // nothing kept on a stamp that says nothing
            }
        }

        synchronized void close() {
            if (connection != null) {
                try {
                    connection.close();
                } catch (java.sql.SQLException e) {
                    // closing; nothing more to do with it
                }
                connection = null;
            }
        }
    }

    /** Opens (creating it and its folder if needed) and migrates the SQLite database at {@code file}. */
    public static Database openSqlite(Path file) {
        return openSqlite(file, true);
    }

    // fromTemplate: a new file starts as a copy of the CatalogTemplate, where there is one
    static Database openSqlite(Path file, boolean fromTemplate) {
        Path absolute = file.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw new StoreException("cannot create the folder for the database '" + file + "': " + e.getMessage(), e);
        }
        if (!Files.isWritable(absolute.getParent())) {
            throw new StoreException("cannot write to the catalog '" + file + "': its folder '" + absolute.getParent()
                    + "' is not writable, and SQLite keeps its journal there (commands that only read still work)", null);
        }
        if (Files.exists(absolute) && !Files.isWritable(absolute)) {
            throw new StoreException("cannot write to the catalog '" + file + "': the file is read-only to you"
                    + " (commands that only read still work)", null);
        }
        if (fromTemplate && Files.notExists(absolute)) {
            CatalogTemplate.copyTo(absolute); // where it cannot, Flyway makes the catalog below
        }
        NativeSqlite.prepare();
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setEncoding(SQLiteConfig.Encoding.UTF8); // a new file's; text is read as UTF-8 (Columns)
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        // a transaction takes the write lock when it begins, so two processes writing at once wait
        // their turn (busy timeout) instead of one failing when it upgrades its lock
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + absolute);
        String description = "'" + file + "'";
        if (isCurrent(dataSource)) {
            return new Database(dataSource, description, absolute, Dialect.SQLITE);
        }
        try {
            requireUtf8(dataSource, description);
            requireNotNewer(dataSource, description, SCHEMA_VERSION);
            org.flywaydb.core.api.output.MigrateResult result = migrations(dataSource).load().migrate();
            Database database = new Database(dataSource, description, absolute, Dialect.SQLITE);
            if (result.migrations.stream().anyMatch(m -> ENTRIES_DERIVED.equals(m.version))) {
                // a catalog written before: its playlists' entries were the newest capture's alone
                new CatalogStore(database).inTransaction(writer -> {
                    writer.playlistIds().forEach(writer::refreshEntries);
                    return null;
                });
            }
            return database;
        } catch (FlywayException e) {
            throw new StoreException("cannot open the database " + description + ": " + flywayProblem(e), e);
        }
    }

    /**
     * Opens and migrates the PostgreSQL database at {@code location}, which must exist: an empty
     * one becomes a catalog, one with another application's tables is refused.
     */
    static Database openPostgresql(PostgresLocation location, java.util.Map<String, String> environment) {
        org.postgresql.ds.PGSimpleDataSource dataSource = new org.postgresql.ds.PGSimpleDataSource();
        dataSource.setUrl(location.jdbcUrl());
        dataSource.setUser(location.user());
        location.password(environment).ifPresent(dataSource::setPassword);
        dataSource.setApplicationName("talkwatch");
        dataSource.setReWriteBatchedInserts(true); // a batch of inserts goes as multi-row INSERTs, not one by one
        // talkwatch's statements run in milliseconds; the server's JIT compiled a trend's first one
        // for 0.8 s, on a catalog of a million videos, because its row estimates looked costly
        dataSource.setOptions("-c jit=off");
        dataSource.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        dataSource.setLoginTimeout(CONNECT_TIMEOUT_SECONDS);
        String description = location.describe();
        try {
            String encoding = value(dataSource, "SHOW server_encoding");
            if (!"UTF8".equals(encoding)) {
                throw new StoreException("the database " + description + " keeps its text in " + encoding
                        + ", not UTF-8: make it with CREATE DATABASE ... ENCODING 'UTF8' TEMPLATE template0", null);
            }
        } catch (java.sql.SQLException e) {
            throw new StoreException(PostgresProblems.connecting(description, location, e), e);
        }
        if (isCurrent(dataSource, POSTGRESQL_SCHEMA_VERSION, "")) {
            return new Database(dataSource, description, null, Dialect.POSTGRESQL);
        }
        try {
            requireNotNewer(dataSource, description, POSTGRESQL_SCHEMA_VERSION);
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations(Dialect.POSTGRESQL.migrationsLocation())
                    .javaMigrations(new SearchWords())
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
            return new Database(dataSource, description, null, Dialect.POSTGRESQL);
        } catch (FlywayException e) {
            throw new StoreException("cannot open the database " + description + ": " + flywayProblem(e), e);
        }
    }

    // What Flyway says, in a user's words where it is a case talkwatch knows.
    private static String flywayProblem(FlywayException e) {
        String message = rootMessage(e);
        if (message.contains("but no schema history table") || message.contains("without a schema history table")) {
            return "it holds tables, but not a talkwatch catalog's; name a new database (or an empty one)";
        }
        return message;
    }

    // A catalog a newer talkwatch migrated: its migrations are not this one's to undo.
    private static void requireNotNewer(javax.sql.DataSource dataSource, String description, int known) {
        try {
            String newest = value(dataSource,
                    "SELECT MAX(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = " + TRUE);
            if (newest != null && Integer.parseInt(newest) > known) {
                throw new StoreException("the database " + description + " was written by a newer talkwatch (schema "
                        + newest + "; this one knows up to " + known + "): use that version, or a newer one", null);
            }
        } catch (java.sql.SQLException e) {
            // no history table: a new catalog, or not a catalog, which Flyway says
        }
    }

    // SQLite keeps a file's text in the encoding the file was made with; talkwatch's are UTF-8.
    private static void requireUtf8(javax.sql.DataSource dataSource, String description) {
        try {
            String encoding = value(dataSource, "PRAGMA encoding");
            if (encoding != null && !"UTF-8".equals(encoding)) {
                throw new StoreException("the database " + description + " keeps its text in " + encoding
                        + ", not UTF-8: it is not a talkwatch catalog", null);
            }
        } catch (java.sql.SQLException e) {
            throw new StoreException("cannot open the database " + description + ": " + rootMessage(e), e);
        }
    }

    // The first column of the first row {@code sql} gives, or null.
    private static String value(javax.sql.DataSource dataSource, String sql) throws java.sql.SQLException {
        try (java.sql.Connection connection = dataSource.getConnection();
                java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /**
     * Whether the catalog's schema is at {@link #SCHEMA_VERSION} with no failed migration, so that
     * Flyway (a tenth of a second and 400 classes on every command) need not run. Anything else,
     * a new file among them, goes through Flyway, which migrates or says what is wrong.
     */
    static boolean isCurrent(javax.sql.DataSource dataSource) {
        return isCurrent(dataSource, SCHEMA_VERSION, ", (SELECT encoding FROM pragma_encoding) = 'UTF-8'");
    }

    // Flyway's history says true as 1 in SQLite and as true in PostgreSQL; both read this the same.
    private static final String TRUE = "(1 = 1)";

    // also: a condition (SQL, after a comma) that must hold as well
    private static boolean isCurrent(javax.sql.DataSource dataSource, int version, String andAlso) {
        try (java.sql.Connection connection = dataSource.getConnection();
                java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet rs = statement.executeQuery("""
                        SELECT (SELECT MAX(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = %1$s),
                               (SELECT COUNT(*) FROM flyway_schema_history WHERE success <> %1$s)%2$s
                        """.formatted(TRUE, andAlso.isEmpty() ? ", 1 = 1" : andAlso))) {
            return rs.next() && rs.getInt(1) == version && rs.getInt(2) == 0 && rs.getBoolean(3);
        } catch (java.sql.SQLException e) {
            return false; // no history table yet, or a file that is not a catalog: Flyway says which
        }
    }

    /** The migrations of a talkwatch catalog: the SQL files, and those written in Java. */
    static org.flywaydb.core.api.configuration.FluentConfiguration migrations(javax.sql.DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/sqlite")
                .javaMigrations(JAVA_MIGRATIONS.toArray(org.flywaydb.core.api.migration.JavaMigration[]::new))
                .failOnMissingLocations(true);
    }

    static final java.util.List<org.flywaydb.core.api.migration.JavaMigration> JAVA_MIGRATIONS =
            java.util.List.of(new MembersOnlyStatus(), new TrendBasis());

    /** Runs {@code work} on a connection of its own (autocommit: each statement commits) and gives its value. */
    <R> R withHandle(Handle.Callback<R> work) {
        try (java.sql.Connection connection = dataSource.getConnection()) {
            return work.withHandle(new Handle(connection, dialect, user));
        } catch (java.sql.SQLException e) {
            throw new UncheckedSqlException("cannot use the database", e);
        }
    }

    void useHandle(Handle.Consumer work) {
        withHandle(handle -> {
            work.useHandle(handle);
            return null;
        });
    }

    /**
     * Runs {@code work} in one transaction, which takes the write lock as it begins: committed when
     * {@code work} returns, rolled back when it throws (and the exception passed on).
     */
    <R> R inTransaction(Handle.Callback<R> work) {
        return withHandle(handle -> {
            java.sql.Connection connection = handle.getConnection();
            connection.setAutoCommit(false);
            try {
                R result = work.withHandle(handle);
                connection.commit();
                return result;
            } catch (Throwable e) {
                try {
                    connection.rollback();
                } catch (java.sql.SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        });
    }

    /**
     * Runs {@code work}, which only reads, in one read transaction: a consistent view that waits for
     * no writer and makes none wait (on SQLite, unlike {@link #inTransaction}, it takes no write lock).
     */
    <R> R inReadTransaction(Handle.Callback<R> work) {
        return withHandle(handle -> {
            if (dialect == Dialect.SQLITE) {
                handle.execute("BEGIN DEFERRED");
                try {
                    return work.withHandle(handle);
                } finally {
                    handle.execute("COMMIT"); // nothing was written: ending the read is all it does
                }
            }
            java.sql.Connection connection = handle.getConnection();
            connection.setAutoCommit(false);
            handle.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            try {
                return work.withHandle(handle);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        });
    }

    void useTransaction(Handle.Consumer work) {
        inTransaction(handle -> {
            work.useHandle(handle);
            return null;
        });
    }

    String description() {
        return description;
    }

    /** Wraps a database failure in a message that names this database. */
    StoreException failure(String doing, UncheckedSqlException e) {
        return new StoreException("cannot " + doing + " in the database " + description + ": " + rootMessage(e), e);
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
