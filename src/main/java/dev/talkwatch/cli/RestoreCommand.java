package dev.talkwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.talkwatch.catalog.TalkwatchException;
import dev.talkwatch.ingest.JsonSources;
import dev.talkwatch.ingest.Source;
import dev.talkwatch.store.Backup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code talkwatch restore FILE.json}: a backup back into an empty catalog. */
@Command(
        name = "restore",
        mixinStandardHelpOptions = true,
        description = "Restore a backup written by talkwatch export --all into an empty catalog, all of it or nothing.",
        footerHeading = "%nExample:%n",
        footer = {"  talkwatch --db restored.db restore backup.json"})
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    TalkwatchCommand root;

    @Parameters(paramLabel = "FILE", description = "A backup from talkwatch export --all.")
    Path file;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new TalkwatchException("cannot read '" + file + "': no such file");
        }
        JsonNode backup = JsonSources.tree(Source.file(file));
        new Backup(root.database()).restore(backup, file.toString());
        int playlists = backup.path("tables").path("playlist").size();
        int videos = backup.path("tables").path("video").size();
        root.environment().out().println("restored " + playlists + " playlists and " + videos + " videos from " + file);
        return 0;
    }
}
