package dev.talkwatch.fetch;

import dev.talkwatch.ingest.FetchedSources;

/**
 * What a fetch brought back of one playlist: the responses to import, how many pages and videos
 * came, and how many Data API quota units it cost (0 without a key).
 */
public record FetchedPlaylist(String playlistId, FetchedSources sources, int pages, int videos, int quotaUnits) {
}
