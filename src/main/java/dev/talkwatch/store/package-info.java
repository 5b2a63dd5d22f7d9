/** The database: connection, migrations and every SQL statement; SQLite and PostgreSQL differences live here only. */
package dev.talkwatch.store;
