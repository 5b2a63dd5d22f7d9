package dev.talkwatch.cli;

import dev.talkwatch.catalog.Playlist;
import dev.talkwatch.catalog.RecapPost;
import dev.talkwatch.catalog.TalkwatchException;
import dev.talkwatch.publish.PostDefaults;
import dev.talkwatch.publish.RecapModel;
import dev.talkwatch.publish.RecapOptions;
import dev.talkwatch.publish.RecapPublisher;
import dev.talkwatch.publish.RecapSource;
import dev.talkwatch.publish.SectionSpec;
import dev.talkwatch.store.CurationStore;
import dev.talkwatch.store.HistoryStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code talkwatch publish [PLAYLIST]}: the recap post, in Markdown or HTML. */
@Command(
        name = "publish",
        mixinStandardHelpOptions = true,
        description = {
            "Write the recap post of a playlist: Hugo front matter, the line linking the playlist, your notes (rated"
                    + " talks, ★/☆ with ½, with their notes), your enqueued talks, and the popular talks and tutorials"
                    + " over the cutoff, most viewed first, counts written as YouTube writes them (3.6K, 925).",
            "A post imported before (talkwatch import post.md) gives the layout: its own text is written back in its"
                    + " place. --template uses your own Mustache template; the README documents its model."},
        footerHeading = "%nExamples:%n",
        footer = {"  talkwatch publish > content/posts/pycon-us-2024.md",
            "  talkwatch publish 'PyCon US 2024' --as-of 2024-08-06 --out recap.md",
            "  talkwatch publish --cutoff 1000 --author Willi --tag python --format html --out recap.html",
            "  talkwatch publish --section 'Popular keynotes:=Keynote' --section 'Popular talks ({cutoff}+ views):=Talks@1000'"})
final class PublishCommand implements Callable<Integer> {

    @ParentCommand
    TalkwatchCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    PlaylistArgument playlist;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the post to FILE instead of standard output.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown",
            description = "markdown or html (a standalone page) (default: ${DEFAULT-VALUE}).")
    PostFormat format;

    @Option(names = "--template", paramLabel = "FILE", description = "Write the post with this Mustache template.")
    Path template;

    @Option(names = "--cutoff", paramLabel = "N", description = "Least views for a talk to count as popular (default: the"
            + " post's, the configuration's, or 500).")
    Long cutoff;

    @Option(names = "--section", paramLabel = "HEADING=TRACKS[@N]", description = "A popular section instead of the"
            + " post's: its heading, its tracks (* for all, !Tutorials for all but), its own cutoff. Repeat for more.")
    List<String> sections;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Count views as the snapshots of that day showed them.")
    String asOf;

    @Option(names = "--date", paramLabel = "DATE", converter = Dates.class,
            description = "The post's date in the front matter (default: the post's, or now).")
    OffsetDateTime date;

    @Option(names = "--title", paramLabel = "TEXT", description = "The post's title (default: the post's, or the event"
            + " name followed by \"Recordings\").")
    String title;

    @Option(names = "--event", paramLabel = "NAME", description = "The conference's name (default: the playlist's title).")
    String event;

    @Option(names = "--author", paramLabel = "NAME", description = "Your name, for \"NAME's notes:\" (default: the post's,"
            + " or author= in the configuration).")
    String author;

    @Option(names = "--tag", paramLabel = "TAG", description = "A tag for the front matter; repeat for more.")
    List<String> tags = List.of();

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "rated", description = "The order of your notes:"
            + " rated (as you rated them), rating, views, title or position (default: ${DEFAULT-VALUE}).")
    RecapOptions.NotesOrder sort;

    @Option(names = "--trending", paramLabel = "N", arity = "0..1", fallbackValue = "10",
            description = "Add a \"Trending this week\" section: the N talks (default 10) that gained the most views per"
                    + " day in the week before the post, from the snapshots refresh took.")
    Integer trending;

    @Option(names = "--new", description = "Add a \"New since the last post\" section: the videos that joined the"
            + " playlist after the day of the previous post talkwatch wrote (or imported).")
    boolean newTalks;

    enum PostFormat { MARKDOWN, HTML }

    @Override
    public Integer call() throws IOException {
        if (cutoff != null && cutoff < 0) {
            throw new ParameterException(spec.commandLine(), "--cutoff must not be negative, was " + cutoff);
        }
        if (trending != null && trending < 1) {
            throw new ParameterException(spec.commandLine(), "--trending must list at least 1 talk, was " + trending);
        }
        Config config = Config.load(root.environment());
        Playlist chosen = playlist.resolveForReading(root.store(), root.environment().err());
        OffsetDateTime now = OffsetDateTime.now(root.environment().clock());
        RecapSource source = RecapSource.load(root.store(), new CurationStore(root.database()),
                new HistoryStore(root.database()), chosen, asOfInstant(), now, trending != null || newTalks);
        if (chosen.title() == null && event == null && source.post().map(p -> p.event() == null).orElse(true)) {
            root.environment().err().println("note: no imported source named playlist " + chosen.id()
                    + " (the snippet's output does not); the post calls it by its id, give --event NAME to name it");
        }
        PostDefaults.Chosen choice = new PostDefaults(config.author().orElse(null), config.tags(), config.cutoff().orElse(null))
                .choose(author, tags, cutoff, source.post(), field -> "--" + field);
        choice.notes().forEach(note -> root.environment().err().println("note: " + note));
        RecapOptions options = new RecapOptions(title, event, date, choice.tags(), choice.cutoff(), choice.author(),
                sections == null ? null : sections.stream().map(this::section).toList(), sort, trending, newTalks);
        RecapPublisher publisher = new RecapPublisher();
        RecapModel model = publisher.model(source, options);
        noteMissingHistory(chosen, source, model);
        String text;
        if (template != null) {
            if (!Files.isRegularFile(template)) {
                throw new TalkwatchException("cannot read the template '" + template + "': no such file");
            }
            text = publisher.withTemplate(source, options, template.toString(), Files.readString(template),
                    format == PostFormat.HTML);
        } else {
            text = format == PostFormat.HTML ? publisher.html(source, options) : publisher.markdown(source, options);
        }
        Output.write(text, out, root.environment());
        // a post written to a file counts as the last post for "New since the last post"; a preview does not
        if (out != null || !root.environment().terminal()) {
            new HistoryStore(root.database()).recordPost(chosen.id(), RecapPost.dateTime(model.date()).orElse(now)
                    .toInstant(), now.toInstant());
        }
        return 0;
    }

    private void noteMissingHistory(Playlist chosen, RecapSource source, RecapModel model) {
        java.io.PrintWriter err = root.environment().err();
        if (trending != null && model.blocks().stream().noneMatch(b -> b.trending() != null)) {
            err.println("note: no talk of '" + chosen.displayName() + "' gained views between two snapshots of the week"
                    + " before the post; the section \"Trending this week\" is left out (talkwatch refresh adds snapshots)");
        }
        if (newTalks && model.blocks().stream().noneMatch(b -> b.newTalks() != null)) {
            boolean earlier = source.history().postBefore(RecapPost.dateTime(model.date())
                    .orElse(OffsetDateTime.now(root.environment().clock()))).isPresent();
            err.println("note: " + (earlier ? "no video joined '" + chosen.displayName() + "' since the last post"
                    : "talkwatch knows no earlier post of '" + chosen.displayName() + "'")
                    + "; the section \"New since the last post\" is left out");
        }
    }

    private SectionSpec section(String text) {
        try {
            return SectionSpec.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    // A day means the whole day: the snapshots taken up to its end.
    private Instant asOfInstant() {
        if (asOf == null) {
            return null;
        }
        return Dates.upTo(asOf, "--as-of", spec.commandLine(), root.environment().clock().getZone());
    }
}
