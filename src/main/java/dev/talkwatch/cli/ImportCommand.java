package dev.talkwatch.cli;

import dev.talkwatch.fetch.FetchedPlaylist;
import dev.talkwatch.fetch.PlaylistRef;
import dev.talkwatch.ingest.ImportOptions;
import dev.talkwatch.ingest.ImportProblem;
import dev.talkwatch.ingest.ImportResult;
import dev.talkwatch.ingest.Importer;
import dev.talkwatch.ingest.PlaylistImport;
import dev.talkwatch.ingest.Source;
import dev.talkwatch.ingest.SourceFormat;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code talkwatch import FILE|URL...}: reads playlist captures, or fetches playlists, into the catalog. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Import playlists from files, or fetch them from YouTube, in one transaction: all of them land, or none"
                    + " does.",
            "A playlist URL, a watch URL with list=, or a bare playlist id is fetched whole from YouTube: without a key"
                    + " as YouTube's web client does, with --api-key through the Data API v3. The playlist is then"
                    + " tracked: talkwatch refresh fetches it again.",
            "A file's format is detected from its content: a playlist page saved from the browser (page: HTML only;"
                    + " rendered: \"Web page, complete\" after scrolling), youtubei/v1/browse JSON responses (browse), a"
                    + " HAR file of the browser session (har), the recap snippet's output (snippet), yt-dlp's JSON"
                    + " (yt-dlp), YouTube Data API responses (data-api), a pyvideo.org event folder (pyvideo), which"
                    + " adds speakers' full names and full titles to the videos, an earlier recap post in Markdown"
                    + " (post), or Google Takeout's watch history (takeout), which adds the days you watched.",
            "Pages of one playlist are merged by position. Importing a file again adds nothing; each import of"
                    + " new content, and each fetch, adds a dated view-count snapshot."},
        footerHeading = "%nExamples:%n",
        footer = {"  talkwatch import https://www.youtube.com/playlist?list=PL2Uw4_HvXqvYhjub9bw4uDAmNtprgAvlJ",
            "  talkwatch import PL2Uw4_HvXqvYhjub9bw4uDAmNtprgAvlJ --api-key \"$KEY\"",
            "  talkwatch import 'PyCon US 2024 - YouTube.html'",
            "  talkwatch import session.har",
            "  talkwatch import page1.json page2.json --captured-at 2024-08-06",
            "  talkwatch import pyvideo-data/pycon-us-2024"})
final class ImportCommand implements Callable<Integer> {

    private static final int SHOWN_PROBLEMS = 20;

    @ParentCommand
    TalkwatchCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|URL", description = "Files to import, or playlists to fetch: a"
            + " playlist URL, a watch URL with list=, or a playlist id.")
    List<String> inputs;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Read every FILE as this format instead of detecting it: page, rendered, browse, har,"
                    + " snippet, yt-dlp, data-api, pyvideo, post or takeout (each described above).")
    String format;

    @Option(names = "--captured-at", paramLabel = "DATE", converter = Dates.class,
            description = "When the files' data was captured (default: when the newest file was saved).")
    OffsetDateTime capturedAt;

    @Mixin
    FetchOptions fetchOptions;

    @Override
    public Integer call() {
        Optional<SourceFormat> forced = Optional.ofNullable(format).map(id -> SourceFormat.byId(id)
                .orElseThrow(() -> new ParameterException(spec.commandLine(),
                        "unknown format '" + id + "'; talkwatch reads " + SourceFormat.known())));
        List<Source> files = new ArrayList<>();
        List<String> playlists = new ArrayList<>();
        for (String input : inputs) {
            Optional<Path> file = existingFile(input);
            if (file.isPresent()) {
                files.add(Source.file(file.get()));
            } else if (PlaylistRef.parse(input).isPresent()) {
                playlists.add(PlaylistRef.parse(input).get());
            } else if (PlaylistRef.looksLikeUrl(input)) {
                throw new ParameterException(spec.commandLine(), "'" + input + "' names no playlist; give a playlist"
                        + " URL (https://www.youtube.com/playlist?list=...), a watch URL with list=, or a playlist id");
            } else {
                files.add(Source.file(Path.of(input)));
            }
        }
        if (capturedAt != null && !playlists.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--captured-at is for files; a fetch is dated when it happens");
        }
        CliEnvironment environment = root.environment();
        Dates.plausible(capturedAt, "--captured-at", spec.commandLine());
        Fetching fetching = new Fetching(root, fetchOptions);
        List<FetchedPlaylist> fetched = playlists.stream().distinct().map(fetching::fetch).toList();
        ImportOptions options = new ImportOptions(forced, Optional.ofNullable(capturedAt).map(OffsetDateTime::toInstant));
        ImportResult result = new Importer(root.store(), environment.clock())
                .importSources(files, fetched.stream().map(FetchedPlaylist::sources).toList(), options);
        fetched.forEach(f -> root.store().markRefreshed(f.playlistId(), f.sources().fetchedAt()));
        if (!fetchOptions.quiet) {
            PrintWriter out = environment.out();
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
            fetching.printQuota(fetched);
            printProblems(result.problems(), environment.err());
        }
        return 0;
    }

    // An argument that names an existing file or folder is one, even if it also looks like a playlist id.
    private static Optional<Path> existingFile(String input) {
        try {
            Path path = Path.of(input);
            return Files.exists(path) ? Optional.of(path) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
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
                + " missing; " + membership(result.membership()) + "; titles read as " + result.pattern() + "; "
                + problems(result.problems().size());
    }

    // "the playlist now has 46 videos (13 new, 13 not in this capture, kept)": the numbers list then shows
    private static String membership(PlaylistImport.Membership playlist) {
        List<String> notes = new java.util.ArrayList<>();
        if (playlist.added() > 0 && playlist.added() < playlist.videos()) {
            notes.add(playlist.added() + " new");
        }
        if (playlist.notInCapture() > 0) {
            notes.add(playlist.notInCapture() + " not in this capture, kept");
        }
        if (playlist.left() > 0) {
            notes.add(playlist.left() + (playlist.left() == 1 ? " video" : " videos") + " left it");
        }
        return "the playlist now has " + playlist.videos() + (playlist.videos() == 1 ? " video" : " videos")
                + (notes.isEmpty() ? "" : " (" + String.join(", ", notes) + ")");
    }

    static String summary(ImportResult.FactsImport facts) {
        String from = "video facts from " + String.join(", ", facts.sources())
                + (facts.importedBefore() ? " (imported before; their details given again)" : "");
        String waiting = facts.videosWaiting() == 0 ? ""
                : ", " + facts.videosWaiting() + (facts.videosWaiting() == 1 ? " video" : " videos")
                        + " not in the catalog yet (kept until they are imported)";
        return from + ": counts for " + facts.videosCounted() + " more videos, details for " + facts.videosDetailed()
                + waiting + "; " + problems(facts.problems().size());
    }

    static String summary(ImportResult.CurationImport curation) {
        List<String> parts = new java.util.ArrayList<>();
        if (curation.ratings() + curation.notes() + curation.queued() > 0) {
            parts.add(curation.ratings() + " ratings, " + curation.notes() + " notes, " + curation.queued() + " queued talks");
        }
        if (curation.watchedSinceQueued() > 0) {
            parts.add(curation.watchedSinceQueued() + (curation.watchedSinceQueued() == 1 ? " talk" : " talks")
                    + " of the post's queue watched since, not queued again");
        }
        if (curation.watched() + curation.otherViewings() > 0) {
            parts.add(curation.watched() + " viewings of catalog videos on " + curation.watchedDays() + " days"
                    + (curation.otherViewings() > 0 ? " (" + curation.otherViewings()
                            + " viewings of videos not in the catalog yet, kept until they are imported)" : ""));
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
