package dev.talkwatch.cli;

import dev.talkwatch.curate.Curator;
import dev.talkwatch.store.CatalogStore;
import dev.talkwatch.store.CurationStore;
import dev.talkwatch.store.Database;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level {@code talkwatch} command: global options and the list of commands. */
@Command(
        name = "talkwatch",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Follow conference talk recordings on YouTube: import playlists, keep their view counts"
                + " over time, and publish recap posts.",
        footerHeading = "%nExample:%n",
        footer = {"  talkwatch import PyConUS2024.html", "  talkwatch list --sort views --limit 10",
            "  talkwatch publish --out recap.md"},
        synopsisSubcommandLabel = "COMMAND")
final class TalkwatchCommand implements Runnable {

    /**
     * The commands, in the order the help lists them. Each is made only when it runs (or the help
     * lists them all): building a command's model loads its classes, which is most of a short run.
     */
    static final java.util.SequencedMap<String, java.util.function.Supplier<Object>> COMMANDS = commands();

    private static java.util.SequencedMap<String, java.util.function.Supplier<Object>> commands() {
        var commands = new java.util.LinkedHashMap<String, java.util.function.Supplier<Object>>();
        commands.put("demo", DemoCommand::new);
        commands.put("import", ImportCommand::new);
        commands.put("refresh", RefreshCommand::new);
        commands.put("track", TrackCommand::new);
        commands.put("trend", TrendCommand::new);
        commands.put("diff", DiffCommand::new);
        commands.put("playlists", PlaylistsCommand::new);
        commands.put("list", ListCommand::new);
        commands.put("publish", PublishCommand::new);
        commands.put("titles", TitlesCommand::new);
        commands.put("pattern", PatternCommand::new);
        commands.put("rate", RateCommand::new);
        commands.put("note", NoteCommand::new);
        commands.put("queue", QueueCommand::new);
        commands.put("watched", WatchedCommand::new);
        commands.put("diary", DiaryCommand::new);
        commands.put("show", ShowCommand::new);
        commands.put("search", SearchCommand::new);
        commands.put("export", ExportCommand::new);
        commands.put("restore", RestoreCommand::new);
        commands.put("serve", ServeCommand::new);
        return java.util.Collections.unmodifiableSequencedMap(commands);
    }

    private final CliEnvironment environment;
    private Database database;

    @Option(names = "--db", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "The SQLite database to use (default: $TALKWATCH_DB, else"
                    + " $XDG_DATA_HOME/talkwatch/talkwatch.db, else ~/.local/share/talkwatch/talkwatch.db).")
    Path databaseFile;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Show the full stack trace when something fails.")
    boolean debug;

    TalkwatchCommand(CliEnvironment environment) {
        this.environment = environment;
    }

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        // No command given: show what there is.
        spec.commandLine().usage(environment.out());
    }

    CliEnvironment environment() {
        return environment;
    }

    boolean debug() {
        return debug;
    }

    /** The chosen database, opened (and migrated) on first use. */
    Database database() {
        if (database == null) {
            database = Database.openSqlite(environment.databasePath(databaseFile));
        }
        return database;
    }

    CatalogStore store() {
        return new CatalogStore(database());
    }

    Curator curator() {
        return new Curator(store(), new CurationStore(database()), environment.clock());
    }
}
