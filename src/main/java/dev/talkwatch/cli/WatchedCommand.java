package dev.talkwatch.cli;

import dev.talkwatch.curate.Curator;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code talkwatch watched VIDEO [--on DATE]}: an entry in the watched diary. */
@Command(
        name = "watched",
        mixinStandardHelpOptions = true,
        description = "Record that you watched a video (today, or --on DATE); a talk can be watched again. It leaves"
                + " the queue.",
        footerHeading = "%nExamples:%n",
        footer = {"  talkwatch watched mCkqz8jo19M", "  talkwatch watched 'Reverse Engineering' --on 2024-08-05"})
final class WatchedCommand implements Callable<Integer> {

    @ParentCommand
    TalkwatchCommand root;

    @Mixin
    VideoArgument video;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--on", paramLabel = "DATE", converter = Dates.class, description = "The day you watched it (default: today).")
    OffsetDateTime on;

    @Override
    public Integer call() {
        Dates.plausible(on, "--on", spec.commandLine());
        Curator curator = root.curator();
        String id = video.resolve(curator);
        LocalDate day = on == null ? curator.today() : on.toLocalDate();
        boolean wasQueued = curator.watched(id, day);
        root.environment().out().println("watched " + Formats.video(curator.state(id)) + " on " + day
                + (wasQueued ? "; it left the queue" : ""));
        return 0;
    }
}
