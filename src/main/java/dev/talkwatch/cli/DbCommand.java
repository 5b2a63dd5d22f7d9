package dev.talkwatch.cli;

import dev.talkwatch.catalog.TalkwatchException;
import dev.talkwatch.store.CatalogCheck;
import dev.talkwatch.store.CatalogCopy;
import dev.talkwatch.store.Database;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code talkwatch db copy|check}: the catalog's database as a whole. */
@Command(
        name = "db",
        mixinStandardHelpOptions = true,
        description = "The catalog's database as a whole: copy it between SQLite and PostgreSQL, check its integrity.",
        footerHeading = "%nExamples:%n",
        footer = {"  talkwatch db copy --from ~/.local/share/talkwatch/talkwatch.db --to postgresql://willi@db:5432/talkwatch"
                + " --owner willi", "  talkwatch db check"})
final class DbCommand implements Runnable {

    @ParentCommand
    TalkwatchCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(root.environment().out());
    }

    @Command(name = "copy", mixinStandardHelpOptions = true,
            description = {"Copy a whole catalog into an empty one (a new SQLite file, or an empty PostgreSQL database), either"
                    + " way: playlists, videos, their history and everyone's curation. All of it lands, or nothing.",
                "An SQLite file's curation is its own user's; --owner NAME makes it NAME's in PostgreSQL (and, copying the"
                        + " other way, NAME's the file's own)."},
            footerHeading = "%nExample:%n",
            footer = "  talkwatch db copy --from talkwatch.db --to postgresql://willi@localhost:5432/talkwatch --owner willi")
    int copy(@Option(names = "--from", required = true, paramLabel = "FILE|URL", description = "The catalog to copy.")
            String from,
            @Option(names = "--to", required = true, paramLabel = "FILE|URL", description = "An empty catalog to copy into.")
            String to,
            @Option(names = "--owner", paramLabel = "NAME",
                    description = "The user whose curation an SQLite file's own is on PostgreSQL.") String owner) {
        CliEnvironment environment = root.environment();
        if (from.equals(to)) {
            throw new TalkwatchException("cannot copy '" + from + "' into itself; name another catalog with --to");
        }
        if (!Database.isServer(from) && !Files.isRegularFile(Path.of(from))) {
            throw new TalkwatchException("cannot copy '" + from + "': no such file");
        }
        Database source = Database.open(from, environment.variables());
        boolean newFile = !Database.isServer(to) && Files.notExists(Path.of(to));
        Database target = Database.open(to, environment.variables());
        Map<String, String> users = owner == null || owner.isBlank() || source.isPostgresql() == target.isPostgresql()
                ? Map.of()
                : target.isPostgresql() ? Map.of(Database.OWNER, owner.strip()) : Map.of(owner.strip(), Database.OWNER);
        Map<String, Long> rows;
        try {
            rows = CatalogCopy.copy(source, target, users);
        } catch (RuntimeException e) {
            if (newFile) {
                DemoCommand.deleteDatabase(Path.of(to)); // the file this copy made, empty: nothing of a copy stays
            }
            throw e;
        }
        environment.out().println("copied " + rows.get("playlist") + " playlists, " + rows.get("video") + " videos and "
                + rows.get("snapshot") + " snapshots into " + to + " (" + rows.values().stream().mapToLong(Long::longValue).sum()
                + " rows in all)");
        return 0;
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Run the database's integrity checks and talkwatch's own on the catalog, and say what each found;"
                    + " exit 1 when one found a problem.",
            footerHeading = "%nExample:%n", footer = "  talkwatch --db postgresql://willi@localhost:5432/talkwatch db check")
    int check() {
        PrintWriter out = root.environment().out();
        List<CatalogCheck.Result> results = CatalogCheck.run(root.database());
        for (CatalogCheck.Result result : results) {
            out.println((result.passed() ? "ok       " : "PROBLEM  ") + result.check());
            result.problems().forEach(problem -> out.println("         " + problem));
        }
        long failed = results.stream().filter(r -> !r.passed()).count();
        out.println(failed == 0 ? "the catalog is sound (" + results.size() + " checks)"
                : failed + " of " + results.size() + " checks found problems");
        return failed == 0 ? 0 : 1;
    }
}
