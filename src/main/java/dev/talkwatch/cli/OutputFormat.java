package dev.talkwatch.cli;

/** How a listing is printed. */
enum OutputFormat {
    TABLE, JSON, CSV
}
