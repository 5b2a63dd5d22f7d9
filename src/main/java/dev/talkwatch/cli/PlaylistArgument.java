package dev.talkwatch.cli;

import dev.talkwatch.catalog.Playlist;
import dev.talkwatch.store.CatalogStore;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The optional PLAYLIST argument that commands working on one playlist share. */
final class PlaylistArgument {

    @Parameters(arity = "0..1", paramLabel = "PLAYLIST",
            description = "A playlist id or a unique part of its title; without it, the only playlist there is,"
                    + " or (for commands that only read) the one imported last.")
    String name;

    /** The playlist named, or the only one; for commands that change a playlist, which must be named when in doubt. */
    Playlist resolve(CatalogStore store) {
        return store.requirePlaylist(name);
    }

    /**
     * The playlist named, else the one imported last, saying so on {@code err} when there are several:
     * a command that only reads may pick one, a newcomer's second playlist never breaks it.
     */
    Playlist resolveForReading(CatalogStore store, PrintWriter err) {
        if (name != null && !name.isBlank()) {
            return store.requirePlaylist(name);
        }
        List<Playlist> all = store.playlists();
        if (all.size() == 1) {
            return all.getFirst();
        }
        if (all.isEmpty()) {
            return store.requirePlaylist(null); // says how to import one
        }
        Playlist newest = store.lastImportedPlaylist().flatMap(id -> all.stream().filter(p -> p.id().equals(id)).findFirst())
                .orElse(all.getFirst());
        err.println("talkwatch: showing " + newest.displayName() + " (" + newest.id() + "), the playlist imported last of "
                + all.size() + "; name another with its id or a part of its title (see talkwatch playlists)");
        return newest;
    }
}
