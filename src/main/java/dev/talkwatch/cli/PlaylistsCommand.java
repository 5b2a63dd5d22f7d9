package dev.talkwatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.talkwatch.catalog.Playlist;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code talkwatch playlists}: one row per playlist in the catalog. */
@Command(
        name = "playlists",
        mixinStandardHelpOptions = true,
        description = "List the playlists in the catalog: id, title, channel, videos, and when each was last imported or"
                + " refreshed; a playlist refresh leaves out is marked (not tracked).",
        footerHeading = "%nExamples:%n",
        footer = {"  talkwatch playlists", "  talkwatch playlists --format json"})
final class PlaylistsCommand implements Callable<Integer>, ReadsOnly {

    // made when JSON is printed: building a mapper takes longer than listing the commands for --help
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    @ParentCommand
    TalkwatchCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() throws Exception {
        if (format == OutputFormat.CSV) {
            throw new ParameterException(spec.commandLine(), "playlists prints table or json, not csv");
        }
        List<Playlist> playlists = root.store().playlists();
        CliEnvironment environment = root.environment();
        switch (format) {
            case JSON -> environment.out().println(Json.MAPPER.writeValueAsString(json(playlists)));
            case TABLE -> environment.out().print(table(playlists, environment));
            case CSV -> throw new IllegalStateException("refused above");
        }
        return 0;
    }

    private static ArrayNode json(List<Playlist> playlists) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (Playlist playlist : playlists) {
            ObjectNode object = array.addObject();
            object.put("id", playlist.id());
            object.put("title", playlist.title());
            object.put("channel", playlist.channel());
            object.put("videos", playlist.videos());
            object.put("lastImport", playlist.lastImport() == null ? null : playlist.lastImport().toString());
            object.put("tracked", playlist.tracked());
            object.put("refreshedAt", playlist.refreshedAt() == null ? null : playlist.refreshedAt().toString());
        }
        return array;
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
