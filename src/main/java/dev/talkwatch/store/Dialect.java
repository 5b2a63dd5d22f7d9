package dev.talkwatch.store;

/**
 * What SQLite and PostgreSQL spell differently. Everything else the store writes is the SQL both
 * read alike (ON CONFLICT, window functions, row values, NULLS FIRST/LAST, COALESCE); the text
 * columns of a PostgreSQL catalog are of the "C" collation, which orders by code point as SQLite does.
 */
enum Dialect {
    SQLITE("sqlite") {
        @Override
        String least(String a, String b) {
            return "MIN(" + a + ", " + b + ")";
        }

        @Override
        String greatest(String a, String b) {
            return "MAX(" + a + ", " + b + ")";
        }

        @Override
        String epochSeconds(String time) {
            return "unixepoch(" + time + ")";
        }

        @Override
        String joined(String text, String separator) {
            return "group_concat(" + text + ", '" + separator + "')";
        }

        @Override
        String jsonArrays(String... columns) {
            return "json_group_array(json_array(" + String.join(", ", columns) + "))";
        }

        @Override
        String sameCapture(String snapshot, String capture) {
            return "";
        }
    },

    POSTGRESQL("postgresql") {
        @Override
        String least(String a, String b) {
            return "LEAST(" + a + ", " + b + ")";
        }

        @Override
        String greatest(String a, String b) {
            return "GREATEST(" + a + ", " + b + ")";
        }

        @Override
        String epochSeconds(String time) {
            return "CAST(EXTRACT(EPOCH FROM CAST(" + time + " AS timestamptz)) AS bigint)";
        }

        @Override
        String joined(String text, String separator) {
            return "string_agg(" + text + ", '" + separator + "')";
        }

        @Override
        String jsonArrays(String... columns) {
            return "json_agg(json_build_array(" + String.join(", ", columns) + "))";
        }

        @Override
        String sameCapture(String snapshot, String capture) {
            return " AND " + snapshot + ".captured_at = " + capture + ".captured_at";
        }
    };

    private final String migrations;

    Dialect(String migrations) {
        this.migrations = migrations;
    }

    /** Where Flyway finds this dialect's migrations. */
    String migrationsLocation() {
        return "classpath:db/migration/" + migrations;
    }

    /** The smaller of two values, neither of them null. */
    abstract String least(String a, String b);

    /** The larger of two values, neither of them null. */
    abstract String greatest(String a, String b);

    /** An instant stored as text ('2024-05-17T12:00:00Z') as seconds since 1970. */
    abstract String epochSeconds(String time);

    /** An aggregate: the texts of a group joined by {@code separator} (a literal without quotes). */
    abstract String joined(String text, String separator);

    /** An aggregate: a JSON array holding, for each row of a group, the array of these columns. */
    abstract String jsonArrays(String... columns);

    /**
     * What a join of a snapshot to its capture (joined before it) adds so that the database reads
     * the snapshot in the one partition that holds it: PostgreSQL's snapshots are partitioned by
     * their capture's moment (Partitions), SQLite's are one table.
     */
    abstract String sameCapture(String snapshot, String capture);
}
