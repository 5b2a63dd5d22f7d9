package dev.talkwatch.cli;

import dev.talkwatch.catalog.Talk;
import dev.talkwatch.catalog.Video;
import dev.talkwatch.curate.VideoCard;
import dev.talkwatch.publish.CurationJson;
import dev.talkwatch.store.HistoryRow;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code talkwatch show VIDEO}: everything known about one video. */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = "Show everything known about a video: its talk, speakers, views history, your rating, notes,"
                + " queue position and viewings.",
        footerHeading = "%nExamples:%n",
        footer = {"  talkwatch show mCkqz8jo19M", "  talkwatch show 'Reverse Engineering' --format json"})
final class ShowCommand implements Callable<Integer>, ReadsOnly {

    @ParentCommand
    TalkwatchCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    VideoArgument video;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json.")
    OutputFormat format;

    @Override
    public Integer call() {
        if (format == OutputFormat.CSV) {
            throw new ParameterException(spec.commandLine(), "show prints table or json, not csv (a video is no table)");
        }
        var curator = root.curator();
        VideoCard card = curator.show(video.resolve(curator));
        PrintWriter out = root.environment().out();
        if (format == OutputFormat.JSON) {
            out.print(CurationJson.card(card));
            return 0;
        }
        Video v = card.state().video();
        Talk talk = v.talk();
        out.println(v.title());
        out.println("  https://www.youtube.com/watch?v=" + v.id() + (v.status().available() ? "" : "  [" + v.status().id() + "]"));
        line(out, "track", talk.track());
        line(out, "speakers", talk.speakers().isEmpty() ? null : String.join(", ", talk.speakers()));
        line(out, "talk", talk.title() == null ? null : talk.title() + (talk.truncated() ? "…" : ""));
        line(out, "channel", v.channel());
        line(out, "length", v.durationSeconds() == null ? null : v.lengthText());
        line(out, "published", v.publishedAt() == null ? null : v.publishedAt().toString());
        line(out, "recorded", v.recordedOn() == null ? null : v.recordedOn().toString());
        card.playlists().forEach(m -> line(out, "playlist", m.playlistTitle() + " (" + m.playlistId() + ") #" + m.position()));
        line(out, "views", card.state().views().map(Formats::views).orElse(null));
        line(out, "rating", card.rating() == null ? null : card.rating().glyphs() + " (" + card.rating() + ")");
        line(out, "queue", card.queuePosition() == null ? null : "#" + card.queuePosition());
        line(out, "watched", card.watched().isEmpty() ? null
                : String.join(", ", card.watched().stream().map(Object::toString).toList()));
        card.notes().forEach(n -> line(out, "note " + n.number(), n.text()));
        if (!card.history().isEmpty()) {
            out.println("  history:");
            for (HistoryRow row : card.history()) {
                out.println("    " + Formats.dateTime(row.capturedAt(), root.environment()) + "  "
                        + (row.views() == null ? "-" : Formats.views(row.views()) + (row.views().exact() ? "" : " (rounded)"))
                        + "  " + row.source() + (row.status().available() ? "" : "  [" + row.status().id() + "]"));
            }
        }
        return 0;
    }

    private static void line(PrintWriter out, String label, String value) {
        if (value != null) {
            out.println("  " + label + ": " + value);
        }
    }
}
