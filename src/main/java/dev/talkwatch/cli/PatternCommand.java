package dev.talkwatch.cli;

import dev.talkwatch.catalog.Playlist;
import dev.talkwatch.catalog.TitlePattern;
import dev.talkwatch.ingest.TalkReader;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code talkwatch pattern [PLAYLIST] [--set P | --auto]}: the title convention of a playlist. */
@Command(
        name = "pattern",
        mixinStandardHelpOptions = true,
        description = {
            "Show or set how a playlist's video titles are read into track, speakers and talk title.",
            "By default talkwatch detects the convention that explains most of the playlist's titles. --set chooses"
                    + " one, --auto goes back to detecting it. Placeholders: {track}, {speakers}, {title}, {event};"
                    + " see talkwatch titles to try a pattern first."},
        footerHeading = "%nExamples:%n",
        footer = {"  talkwatch pattern 'PyData Virginia 2025'",
            "  talkwatch pattern 'PyData Virginia 2025' --set '{speakers} - {title} | {event}'",
            "  talkwatch pattern 'PyData Virginia 2025' --auto"})
final class PatternCommand implements Callable<Integer> {

    @ParentCommand
    TalkwatchCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    PlaylistArgument playlist;

    static final class Change {
        @Option(names = "--set", paramLabel = "PATTERN", description = "Read the titles with this pattern.")
        String pattern;

        @Option(names = "--auto", description = "Detect the convention from the titles again.")
        boolean auto;
    }

    @ArgGroup(exclusive = true)
    Change change;

    @Override
    public Integer call() {
        Playlist chosen = playlist.resolve(root.store());
        TalkReader.Reading reading;
        if (change == null) {
            reading = root.store().inTransaction(writer -> new TalkReader(writer).readPlaylist(chosen.id()));
        } else {
            reading = TalkReader.choosePattern(root.store(), chosen.id(), change.auto ? null : parse(change.pattern));
        }
        root.environment().out().println("'" + chosen.displayName() + "' (" + chosen.id() + "): titles read as "
                + reading.pattern() + (reading.chosenByUser() ? " (set)" : " (detected)") + "; it explains "
                + reading.explained() + " of " + reading.titles() + " titles");
        return 0;
    }

    private TitlePattern parse(String text) {
        try {
            return TitlePattern.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
