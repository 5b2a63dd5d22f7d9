package dev.talkwatch.fetch;

/** Fetches a whole playlist from YouTube, page by page, telling its {@link FetchProgress} as it goes. */
public interface PlaylistFetcher {

    /**
     * Every page of playlist {@code playlistId}; throws {@link FetchException} saying how far it got
     * when it cannot finish.
     */
    FetchedPlaylist fetch(String playlistId);
}
