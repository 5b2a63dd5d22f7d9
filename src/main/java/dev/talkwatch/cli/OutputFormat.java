package dev.talkwatch.cli;

import dev.talkwatch.publish.Listing;

/** How a listing is printed. */
enum OutputFormat {
    TABLE, JSON, CSV;

    /** The listing as JSON or CSV; a table is the command's own. */
    String text(Listing listing) {
        return switch (this) {
            case JSON -> listing.json();
            case CSV -> listing.csv();
            case TABLE -> throw new IllegalStateException("each command prints its own table");
        };
    }
}
