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

    /** A command's class, for its outline in the help, and its maker, for when it runs. */
    record Entry(Class<?> type, java.util.function.Supplier<Object> make) {
    }

    /**
     * The commands, in the order the help lists them. Each is made only when it runs: building a
     * command's model loads its classes, which is most of a short run; the help lists their outlines.
     */
    static final java.util.SequencedMap<String, Entry> COMMANDS = commands();

    private static java.util.SequencedMap<String, Entry> commands() {
        var commands = new java.util.LinkedHashMap<String, Entry>();
        commands.put("demo", new Entry(DemoCommand.class, DemoCommand::new));
        commands.put("import", new Entry(ImportCommand.class, ImportCommand::new));
        commands.put("refresh", new Entry(RefreshCommand.class, RefreshCommand::new));
        commands.put("track", new Entry(TrackCommand.class, TrackCommand::new));
        commands.put("trend", new Entry(TrendCommand.class, TrendCommand::new));
        commands.put("diff", new Entry(DiffCommand.class, DiffCommand::new));
        commands.put("playlists", new Entry(PlaylistsCommand.class, PlaylistsCommand::new));
        commands.put("list", new Entry(ListCommand.class, ListCommand::new));
        commands.put("publish", new Entry(PublishCommand.class, PublishCommand::new));
        commands.put("titles", new Entry(TitlesCommand.class, TitlesCommand::new));
        commands.put("pattern", new Entry(PatternCommand.class, PatternCommand::new));
        commands.put("rate", new Entry(RateCommand.class, RateCommand::new));
        commands.put("note", new Entry(NoteCommand.class, NoteCommand::new));
        commands.put("queue", new Entry(QueueCommand.class, QueueCommand::new));
        commands.put("watched", new Entry(WatchedCommand.class, WatchedCommand::new));
        commands.put("diary", new Entry(DiaryCommand.class, DiaryCommand::new));
        commands.put("show", new Entry(ShowCommand.class, ShowCommand::new));
        commands.put("search", new Entry(SearchCommand.class, SearchCommand::new));
        commands.put("speakers", new Entry(SpeakersCommand.class, SpeakersCommand::new));
        commands.put("export", new Entry(ExportCommand.class, ExportCommand::new));
        commands.put("restore", new Entry(RestoreCommand.class, RestoreCommand::new));
        commands.put("db", new Entry(DbCommand.class, DbCommand::new));
        commands.put("serve", new Entry(ServeCommand.class, ServeCommand::new));
        commands.put("completion", new Entry(CompletionCommand.class, CompletionCommand::new));
        commands.put("man", new Entry(CompletionCommand.Man.class, CompletionCommand.Man::new));
        return java.util.Collections.unmodifiableSequencedMap(commands);
    }

    private final CliEnvironment environment;
    private Database database;

    @Option(names = "--db", paramLabel = "FILE|URL", scope = ScopeType.INHERIT,
            description = "The catalog: an SQLite file, or a PostgreSQL database as postgresql://USER@HOST:PORT/DB"
                    + " (its password from PGPASSWORD or ~/.pgpass). Default: $TALKWATCH_DB, else db= in the"
                    // each path on a line of its own: the help's wrapping breaks a path after its dots
                    + " configuration file, else%n  $XDG_DATA_HOME/talkwatch/talkwatch.db, else%n  "
                    + "~/.local/share/talkwatch/talkwatch.db.")
    String databaseLocation;

    @Option(names = "--user", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "Whose ratings, notes, queue, diary and posts to read and write; the catalog is everyone's"
                    + " (default: $TALKWATCH_USER, else on PostgreSQL your login name, on SQLite the catalog's own).")
    String user;

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
            String location = environment.databaseLocation(databaseLocation);
            Database opened = readsOnly() ? Database.openForReading(location, environment.variables())
                    : Database.open(location, environment.variables());
            database = opened.as(environment.user(user, opened.isPostgresql()));
        }
        return database;
    }

    // whether the command being run only reads the catalog
    private boolean readsOnly() {
        picocli.CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        if (parsed == null) {
            return false;
        }
        while (parsed.subcommand() != null) {
            parsed = parsed.subcommand();
        }
        return parsed.commandSpec().userObject() instanceof ReadsOnly;
    }

    CatalogStore store() {
        return new CatalogStore(database());
    }

    Curator curator() {
        return new Curator(store(), new CurationStore(database()), environment.clock());
    }
}
