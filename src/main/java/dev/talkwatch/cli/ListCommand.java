package dev.talkwatch.cli;

import dev.talkwatch.catalog.ItemFilter;
import dev.talkwatch.catalog.ItemSort;
import dev.talkwatch.catalog.Playlist;
import dev.talkwatch.catalog.PlaylistItem;
import dev.talkwatch.publish.ItemListing;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code talkwatch list [PLAYLIST]}: a playlist's videos with their parsed titles and views. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "List a playlist's videos: position, id, views, track, speakers and talk title.",
        footerHeading = "%nExamples:%n",
        footer = {"  talkwatch list --sort views --limit 20",
            "  talkwatch list 'PyCon US 2024' --track Tutorials --min-views 500 --format csv"})
final class ListCommand implements Callable<Integer>, ReadsOnly {

    @ParentCommand
    TalkwatchCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    PlaylistArgument playlist;

    @Option(names = "--track", paramLabel = "TRACK",
            description = "Only this track (case-insensitive), e.g. Talks, Tutorials; 'none' for videos without one.")
    String track;

    @Option(names = "--min-views", paramLabel = "N", description = "Only videos with at least N views.")
    Long minViews;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "position",
            description = "views, position or title (default: ${DEFAULT-VALUE}).")
    ItemSort sort;

    @Option(names = "--limit", paramLabel = "N", description = "At most N videos.")
    Integer limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        if (limit != null && limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1, was " + limit);
        }
        if (minViews != null && minViews < 0) {
            throw new ParameterException(spec.commandLine(), "--min-views must not be negative, was " + minViews);
        }
        Playlist chosen = playlist.resolveForReading(root.store(), root.environment().err());
        List<PlaylistItem> items = root.store().items(chosen.id(), new ItemFilter(track, minViews, sort, limit));
        CliEnvironment environment = root.environment();
        switch (format) {
            case JSON -> environment.out().print(ItemListing.json(items));
            case CSV -> environment.out().print(ItemListing.csv(items));
            case TABLE -> environment.out().print(table(items, environment));
        }
        return 0;
    }

    private static String table(List<PlaylistItem> items, CliEnvironment environment) {
        Table table = new Table(List.of(Table.Column.number("#"), Table.Column.text("ID"), Table.Column.number("VIEWS"),
                Table.Column.flexible("TRACK"), Table.Column.flexible("SPEAKERS"), Table.Column.flexible("TITLE")));
        for (PlaylistItem item : items) {
            var talk = item.video().talk();
            String title = item.video().status().available() ? item.video().shownTitle()
                    : "[" + item.video().status().id() + "] " + item.video().shownTitle();
            table.add(List.of(Integer.toString(item.position()), item.video().id(),
                    item.rankedViews().map(Formats::views).orElse("-"),
                    talk.trackName().orElse(""), String.join(", ", talk.speakers()), title));
        }
        return table.render(Formats.width(environment));
    }
}
