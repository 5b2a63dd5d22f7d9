package dev.talkwatch.cli;

import dev.talkwatch.catalog.Playlist;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code talkwatch track PLAYLIST [--stop]}: whether refresh fetches a playlist again. */
@Command(
        name = "track",
        mixinStandardHelpOptions = true,
        description = "Have talkwatch refresh fetch a playlist again (imported playlists are tracked), or with --stop"
                + " leave it out; its history stays either way.",
        footerHeading = "%nExamples:%n",
        footer = {"  talkwatch track 'PyCon US 2023' --stop", "  talkwatch track PL2Uw4_HvXqvYhjub9bw4uDAmNtprgAvlJ"})
final class TrackCommand implements Callable<Integer> {

    @ParentCommand
    TalkwatchCommand root;

    @Mixin
    PlaylistArgument playlist;

    @Option(names = "--stop", description = "Stop tracking the playlist.")
    boolean stop;

    @Override
    public Integer call() {
        Playlist chosen = playlist.resolve(root.store());
        root.store().setTracked(chosen.id(), !stop);
        root.environment().out().println((stop ? "no longer tracking '" : "tracking '") + chosen.displayName() + "' ("
                + chosen.id() + ")" + (stop ? "; talkwatch refresh leaves it out" : "; talkwatch refresh fetches it"));
        return 0;
    }
}
