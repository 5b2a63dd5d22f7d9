package dev.talkwatch.cli;

import dev.talkwatch.catalog.Stars;
import dev.talkwatch.curate.Curator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code talkwatch rate VIDEO STARS}: a star rating from 0 to 5 in half steps. */
@Command(
        name = "rate",
        mixinStandardHelpOptions = true,
        description = "Rate a video from 0 to 5 stars in half steps (3, 3.5 or ★★★½☆), or clear its rating. A video"
                + " is named by its id, its URL or a unique part of its title.",
        footerHeading = "%nExamples:%n",
        footer = {"  talkwatch rate mCkqz8jo19M 3", "  talkwatch rate 'Reverse Engineering' 3.5",
            "  talkwatch rate mCkqz8jo19M --clear"})
final class RateCommand implements Callable<Integer> {

    @ParentCommand
    TalkwatchCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    VideoArgument video;

    @Parameters(index = "1", arity = "0..1", paramLabel = "STARS", description = "0 to 5 in half steps: 3, 3.5, ★★★½☆.")
    String stars;

    @Option(names = "--clear", description = "Remove the rating.")
    boolean clear;

    @Override
    public Integer call() {
        if (clear == (stars != null)) {
            throw new ParameterException(spec.commandLine(), "give either STARS or --clear");
        }
        Curator curator = root.curator();
        if (clear) {
            String id = video.resolve(curator);
            boolean had = curator.clearRating(id);
            root.environment().out().println((had ? "cleared the rating of " : "there was no rating of ")
                    + Formats.video(curator.state(id)));
            return 0;
        }
        Stars rating = Stars.parse(stars).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "rating '" + stars + "' is not 0 to 5 stars in half steps; write 3, 3.5 or ★★★½☆"));
        String id = curator.rate(video.name, rating);
        root.environment().out().println("rated " + Formats.video(curator.state(id)) + " " + rating.glyphs()
                + " (" + rating + ")");
        return 0;
    }
}
