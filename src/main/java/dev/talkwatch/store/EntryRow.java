package dev.talkwatch.store;

/** A playlist position as a capture saw it, for {@link CatalogWriter#updateEntries}. */
public record EntryRow(int position, String videoId, String link) {
}
