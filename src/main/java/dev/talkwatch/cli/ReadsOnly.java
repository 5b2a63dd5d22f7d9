package dev.talkwatch.cli;

/**
 * Marks a command that only reads the catalog: it opens an existing catalog and never makes one,
 * and reads one this user may not write (see {@code Database.openForReading}).
 */
interface ReadsOnly {
}
