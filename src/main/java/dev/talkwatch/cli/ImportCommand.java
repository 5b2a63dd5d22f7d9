package dev.talkwatch.cli;

import dev.talkwatch.ingest.ImportOptions;
import dev.talkwatch.ingest.ImportProblem;
import dev.talkwatch.ingest.ImportResult;
import dev.talkwatch.ingest.Importer;
import dev.talkwatch.ingest.PlaylistImport;
import dev.talkwatch.ingest.Source;
import dev.talkwatch.ingest.SourceFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code talkwatch import FILE...}: reads playlist captures into the catalog. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Import playlists from files, in one transaction: all of them land, or none does.",
            "The format is detected from the content: a playlist page saved from the browser (HTML only, or"
                    + " \"Web page, complete\" after scrolling), youtubei/v1/browse JSON responses, a HAR file of the"
                    + " browser session, the recap snippet's output, yt-dlp's JSON, YouTube Data API responses, or a"
                    + " pyvideo.org event folder, which adds speakers' full names and full titles to the videos.",
            "Pages of one playlist are merged by position. Importing a file again adds nothing; each import of"
                    + " new content adds a dated view-count snapshot."},
        footerHeading = "%nExamples:%n",
        footer = {"  talkwatch import 'PyCon US 2024 - YouTube.html'",
            "  talkwatch import session.har",
            "  talkwatch import page1.json page2.json --captured-at 2024-08-06",
            "  talkwatch import pyvideo-data/pycon-us-2024"})
final class ImportCommand implements Callable<Integer> {

    private static final int SHOWN_PROBLEMS = 20;

    @ParentCommand
    TalkwatchCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to import.")
    List<Path> files;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Read every FILE as this format instead of detecting it: page, rendered, browse, har,"
                    + " snippet, yt-dlp, data-api or pyvideo.")
    String format;

    @Option(names = "--captured-at", paramLabel = "DATE", converter = Dates.class,
            description = "When the data was captured (default: when the newest file was saved).")
    OffsetDateTime capturedAt;

    @Override
    public Integer call() {
        Optional<SourceFormat> forced = Optional.ofNullable(format).map(id -> SourceFormat.byId(id)
                .orElseThrow(() -> new ParameterException(spec.commandLine(),
                        "unknown format '" + id + "'; talkwatch reads: " + SourceFormat.known())));
        List<Source> sources = files.stream().map(Source::file).toList();
        ImportOptions options = new ImportOptions(forced, Optional.ofNullable(capturedAt).map(OffsetDateTime::toInstant));
        ImportResult result = new Importer(root.store(), root.environment().clock()).importSources(sources, options);
        PrintWriter out = root.environment().out();
        result.playlists().forEach(playlist -> out.println(summary(playlist)));
        if (result.facts() != null) {
            out.println(summary(result.facts()));
        }
        if (result.curation() != null) {
            out.println(summary(result.curation()));
        }
        if (result.playlistsNamed() > 0) {
            out.println("named " + result.playlistsNamed() + (result.playlistsNamed() == 1 ? " playlist" : " playlists")
                    + " of the catalog from the Data API's playlists.list");
        }
        printProblems(result.problems(), root.environment().err());
        return 0;
    }

    static String summary(PlaylistImport result) {
        String playlist = result.title() == null ? "playlist " + result.playlistId()
                : "'" + result.title() + "' (" + result.playlistId() + ")";
        if (result.alreadyImported()) {
            return playlist + ": already imported from " + String.join(", ", result.sources()) + "; nothing changed";
        }
        String unavailable = result.unavailable() == 0 ? "" : " (" + result.unavailable() + " unavailable)";
        return "imported " + playlist + ": " + result.videos() + " videos" + unavailable + "; views "
                + result.exactViews() + " exact, " + result.roundedViews() + " rounded, " + result.withoutViews()
                + " missing; titles read as " + result.pattern() + "; " + problems(result.problems().size());
    }

    static String summary(ImportResult.FactsImport facts) {
        if (facts.alreadyImported()) {
            return "video facts: already imported from " + String.join(", ", facts.sources()) + "; nothing changed";
        }
        return "video facts from " + String.join(", ", facts.sources()) + ": counts for " + facts.videosCounted()
                + " more videos, details for " + facts.videosDetailed() + "; " + problems(facts.problems().size());
    }

    static String summary(ImportResult.CurationImport curation) {
        List<String> parts = new java.util.ArrayList<>();
        if (curation.ratings() + curation.notes() + curation.queued() > 0) {
            parts.add(curation.ratings() + " ratings, " + curation.notes() + " notes, " + curation.queued() + " queued talks");
        }
        if (curation.watched() + curation.otherViewings() > 0) {
            parts.add(curation.watched() + " viewings of catalog videos on " + curation.watchedDays() + " days"
                    + (curation.otherViewings() > 0 ? " (" + curation.otherViewings() + " viewings of other videos left out)" : ""));
        }
        return "curation from " + String.join(", ", curation.sources()) + ": "
                + (parts.isEmpty() ? "nothing new" : String.join("; ", parts));
    }

    private static String problems(int count) {
        return count + (count == 1 ? " problem" : " problems");
    }

    static void printProblems(List<ImportProblem> problems, PrintWriter err) {
        problems.stream().limit(SHOWN_PROBLEMS).forEach(problem -> err.println("  problem: " + problem));
        if (problems.size() > SHOWN_PROBLEMS) {
            err.println("  ... and " + (problems.size() - SHOWN_PROBLEMS) + " more problems");
        }
    }
}
