package dev.talkwatch.cli;

import dev.talkwatch.catalog.Playlist;
import dev.talkwatch.store.CatalogStore;
import picocli.CommandLine.Parameters;

/** The optional PLAYLIST argument that commands working on one playlist share. */
final class PlaylistArgument {

    @Parameters(arity = "0..1", paramLabel = "PLAYLIST",
            description = "A playlist id or a unique part of its title; optional when the catalog has one playlist.")
    String name;

    Playlist resolve(CatalogStore store) {
        return store.requirePlaylist(name);
    }
}
