package dev.talkwatch.fetch;

import dev.talkwatch.ingest.FetchedSources;
import dev.talkwatch.ingest.Source;
import dev.talkwatch.ingest.SourceFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What one fetch of a playlist has brought so far: the responses to import, all dated at the
 * fetch, the pages and videos counted, and the playlist's size as announced (null if unknown). It
 * says how far the fetch got when it has to stop. Each client keeps its own on top of it.
 */
class FetchTally {

    final String playlistId;
    final Instant fetchedAt;
    final List<Source> responses = new ArrayList<>();
    Integer expected;
    int pages;
    int videos;

    FetchTally(String playlistId, Instant fetchedAt) {
        this.playlistId = playlistId;
        this.fetchedAt = fetchedAt;
    }

    /** Keeps a response for the import. */
    void keep(String name, byte[] body) {
        responses.add(Source.bytes(name, body, fetchedAt));
    }

    /** "2 pages, 150 of 150 videos fetched", with {@code verb} for the last word. */
    String soFar(String verb) {
        String of = expected == null ? "" : " of " + expected;
        return pages + (pages == 1 ? " page, " : " pages, ") + videos + of + " videos " + verb;
    }

    /** The fetch stopped for {@code reason}; {@code via} names the way it fetched (" with the Data API"), if any. */
    FetchException stopped(String via, String soFar, String reason) {
        return new FetchException("fetching playlist " + playlistId + via + " stopped (" + soFar + "): " + reason
                + "; nothing was imported");
    }

    FetchedPlaylist result(SourceFormat format, int quotaUnits) {
        return new FetchedPlaylist(playlistId, new FetchedSources(responses, format, fetchedAt), pages, videos, quotaUnits);
    }
}
