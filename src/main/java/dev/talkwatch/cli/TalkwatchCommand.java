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
        subcommands = {
            DemoCommand.class,
            ImportCommand.class,
            RefreshCommand.class,
            TrackCommand.class,
            TrendCommand.class,
            DiffCommand.class,
            PlaylistsCommand.class,
            ListCommand.class,
            PublishCommand.class,
            TitlesCommand.class,
            PatternCommand.class,
            RateCommand.class,
            NoteCommand.class,
            QueueCommand.class,
            WatchedCommand.class,
            DiaryCommand.class,
            ShowCommand.class,
            SearchCommand.class,
            ExportCommand.class,
            RestoreCommand.class,
            ServeCommand.class,
        },
        footerHeading = "%nExample:%n",
        footer = {"  talkwatch import PyConUS2024.html", "  talkwatch list --sort views --limit 10",
            "  talkwatch publish --out recap.md"},
        synopsisSubcommandLabel = "COMMAND")
final class TalkwatchCommand implements Runnable {

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
