package dev.talkwatch.cli;

import dev.talkwatch.catalog.Playlist;
import dev.talkwatch.publish.CurationJson;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code talkwatch playlists}: one row per playlist in the catalog. */
@Command(
        name = "playlists",
        mixinStandardHelpOptions = true,
        description = "List the playlists in the catalog: id, title, channel, videos, and when each was last imported or"
                + " refreshed; a playlist refresh leaves out is marked (not tracked).",
        footerHeading = "%nExamples:%n",
        footer = {"  talkwatch playlists", "  talkwatch playlists --format json", "  talkwatch playlists --format csv > playlists.csv"})
final class PlaylistsCommand implements Callable<Integer>, ReadsOnly {

    @ParentCommand
    TalkwatchCommand root;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        List<Playlist> playlists = root.store().playlists();
        CliEnvironment environment = root.environment();
        environment.out().print(format == OutputFormat.TABLE ? table(playlists, environment)
                : format.text(CurationJson.playlists(playlists)));
        return 0;
    }

    private static String table(List<Playlist> playlists, CliEnvironment environment) {
        if (playlists.isEmpty()) {
            return "No playlists yet; import one with: talkwatch import FILE" + System.lineSeparator();
        }
        Table table = new Table(List.of(Table.Column.text("ID"), Table.Column.flexible("TITLE"),
                Table.Column.flexible("CHANNEL"), Table.Column.number("VIDEOS"), Table.Column.text("LAST IMPORT")));
        for (Playlist playlist : playlists) {
            String title = playlist.title() == null ? "" : playlist.title();
            table.add(List.of(playlist.id(), playlist.tracked() ? title : title + " (not tracked)",
                    playlist.channel() == null ? "" : playlist.channel(),
                    Integer.toString(playlist.videos()), Formats.dateTime(playlist.lastImport(), environment)));
        }
        return table.render(Formats.width(environment));
    }
}
