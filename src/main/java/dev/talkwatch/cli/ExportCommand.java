package dev.talkwatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.talkwatch.catalog.DiaryEntry;
import dev.talkwatch.catalog.Playlist;
import dev.talkwatch.catalog.TalkwatchException;
import dev.talkwatch.publish.Exports;
import dev.talkwatch.store.Backup;
import dev.talkwatch.store.CurationStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code talkwatch export}: the catalog for backup and for other tools. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Export the catalog: --all writes everything (playlists, videos, snapshots, ratings, notes, queue, diary,"
                    + " imported posts) as JSON for talkwatch restore; --csv a playlist with your curation; --letterboxd"
                    + " your diary as Letterboxd's CSV; --pyvideo a playlist as a pyvideo.org event folder."},
        footerHeading = "%nExamples:%n",
        footer = {"  talkwatch export --all backup.json", "  talkwatch export --csv 'PyCon US 2024' --out pycon.csv",
            "  talkwatch export --letterboxd --out diary.csv", "  talkwatch export --pyvideo pycon-us-2024/ 'PyCon US 2024'"})
final class ExportCommand implements Callable<Integer>, ReadsOnly {

    @ParentCommand
    TalkwatchCommand root;

    @Mixin
    PlaylistArgument playlist;

    static final class What {
        @Option(names = "--all", paramLabel = "FILE", required = true, description = "Everything, as JSON, to FILE.")
        Path all;

        @Option(names = "--csv", required = true, description = "A playlist with your ratings, notes, queue and diary, as CSV.")
        boolean csv;

        @Option(names = "--letterboxd", required = true, description = "Your diary as Letterboxd's CSV: Title, WatchedDate,"
                + " Rating, Review.")
        boolean letterboxd;

        @Option(names = "--pyvideo", paramLabel = "DIR", required = true, description = "A playlist as a pyvideo.org"
                + " event folder (category.json and videos/*.json) in DIR.")
        Path pyvideo;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    @Option(names = "--out", paramLabel = "FILE", description = "For --csv and --letterboxd: write to FILE instead of"
            + " standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
        CurationStore curation = new CurationStore(root.database());
        if (what.all != null) {
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            String backup = json.writeValueAsString(new Backup(root.database()).export(json)) + "\n";
            Output.write(backup, what.all, root.environment());
            return 0;
        }
        if (what.letterboxd) {
            var curator = root.curator();
            Output.write(Exports.letterboxd(curator.diary(), curation.inTransaction(CurationStore.Curation::allNotes)), out,
                    root.environment());
            return 0;
        }
        Playlist chosen = playlist.resolve(root.store());
        var items = root.store().items(chosen.id());
        if (what.pyvideo != null) {
            if (Files.exists(what.pyvideo.resolve("videos"))) {
                throw new TalkwatchException("'" + what.pyvideo + "' already holds a videos/ folder; export into an empty folder");
            }
            int talks = Exports.pyvideo(what.pyvideo, chosen, items);
            root.environment().err().println("wrote " + talks + " talks to " + what.pyvideo);
            return 0;
        }
        Map<String, List<LocalDate>> watched = new LinkedHashMap<>();
        for (DiaryEntry entry : curation.inTransaction(CurationStore.Curation::diary)) {
            watched.computeIfAbsent(entry.videoId(), k -> new java.util.ArrayList<>()).add(entry.watchedOn());
        }
        String csv = curation.inTransaction(c -> Exports.curatedCsv(items, c.ratings(), c.allNotes(), c.queue(), watched));
        Output.write(csv, out, root.environment());
        return 0;
    }

}
