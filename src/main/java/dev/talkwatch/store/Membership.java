package dev.talkwatch.store;

/** A video's place in a playlist: the playlist, its title, the position, and the link the source gave. */
public record Membership(String playlistId, String playlistTitle, int position, String link) {
}
