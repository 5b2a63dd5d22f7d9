package dev.talkwatch.cli;

import dev.talkwatch.catalog.Playlist;
import dev.talkwatch.publish.RecapOptions;
import dev.talkwatch.publish.RecapPublisher;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code talkwatch publish [PLAYLIST]}: the recap post in Markdown. */
@Command(
        name = "publish",
        mixinStandardHelpOptions = true,
        description = {
            "Write the recap post for a playlist in Markdown with Hugo front matter: the line linking the playlist,"
                    + " then its popular talks and popular tutorials (at least --cutoff views), most viewed first,"
                    + " with counts written as YouTube writes them (3.6K, 925)."},
        footerHeading = "%nExamples:%n",
        footer = {"  talkwatch publish > content/posts/pycon-us-2024.md",
            "  talkwatch publish 'PyCon US 2024' --cutoff 1000 --date 2024-08-06 --tag python --out recap.md"})
final class PublishCommand implements Callable<Integer> {

    @ParentCommand
    TalkwatchCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    PlaylistArgument playlist;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the post to FILE instead of standard output.")
    Path out;

    @Option(names = "--cutoff", paramLabel = "N", defaultValue = "" + RecapOptions.DEFAULT_CUTOFF,
            description = "Least views for a talk to count as popular (default: ${DEFAULT-VALUE}).")
    long cutoff;

    @Option(names = "--date", paramLabel = "DATE", converter = Dates.class,
            description = "The post's date in the front matter (default: now).")
    OffsetDateTime date;

    @Option(names = "--title", paramLabel = "TEXT",
            description = "The post's title (default: the event name followed by \"Recordings\").")
    String title;

    @Option(names = "--event", paramLabel = "NAME", description = "The conference's name (default: the playlist's title).")
    String event;

    @Option(names = "--tag", paramLabel = "TAG", description = "A tag for the front matter; repeat for more.")
    List<String> tags = List.of();

    @Override
    public Integer call() {
        if (cutoff < 0) {
            throw new ParameterException(spec.commandLine(), "--cutoff must not be negative, was " + cutoff);
        }
        Playlist chosen = playlist.resolve(root.store());
        if (chosen.title() == null && event == null) {
            root.environment().err().println("note: no imported source named playlist " + chosen.id()
                    + " (the snippet's output does not); the post calls it by its id, give --event NAME to name it");
        }
        OffsetDateTime postDate = date != null ? date : OffsetDateTime.now(root.environment().clock());
        RecapOptions options = new RecapOptions(title, event, postDate, tags, cutoff);
        String post = new RecapPublisher().markdown(chosen, root.store().items(chosen.id()), options);
        Output.write(post, out, root.environment());
        return 0;
    }
}
