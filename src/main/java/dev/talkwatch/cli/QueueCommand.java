package dev.talkwatch.cli;

import dev.talkwatch.curate.Curator;
import dev.talkwatch.curate.QueuePlan;
import dev.talkwatch.curate.QueueLength;
import dev.talkwatch.curate.QueuedTalk;
import dev.talkwatch.publish.CurationJson;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code talkwatch queue add|remove|move|list|plan}: the ordered list of talks to watch. */
@Command(
        name = "queue",
        mixinStandardHelpOptions = true,
        description = "The watch queue: the talks to watch, in order.",
        footerHeading = "%nExamples:%n",
        footer = {"  talkwatch queue add wr0fVU3Ajwc", "  talkwatch queue move wr0fVU3Ajwc 1", "  talkwatch queue list",
            "  talkwatch queue plan --hours 2"})
final class QueueCommand implements Runnable {

    @ParentCommand
    TalkwatchCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(root.environment().out());
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a video to the queue (at the end, or --at N).",
            footerHeading = "%nExample:%n", footer = "  talkwatch queue add 'Building a JIT compiler' --at 1")
    int add(@Parameters(paramLabel = "VIDEO", description = "An id, a URL or a unique part of the title.") String video,
            @Option(names = "--at", paramLabel = "N", description = "Queue it at position N (1 is next).") Integer at) {
        Curator curator = root.curator();
        String id = curator.video(video);
        int position = curator.enqueue(id, at);
        root.environment().out().println("queued " + Formats.video(curator.state(id)) + " at " + position);
        return 0;
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Take a video out of the queue.",
            footerHeading = "%nExample:%n", footer = "  talkwatch queue remove wr0fVU3Ajwc")
    int remove(@Parameters(paramLabel = "VIDEO", description = "An id, a URL or a unique part of the title.") String video) {
        Curator curator = root.curator();
        String id = curator.video(video);
        if (!curator.dequeue(id)) {
            throw new dev.talkwatch.catalog.TalkwatchException("video " + id + " is not in the queue");
        }
        root.environment().out().println("removed " + Formats.video(curator.state(id)) + " from the queue");
        return 0;
    }

    @Command(name = "move", mixinStandardHelpOptions = true, description = "Move a queued video to position N.",
            footerHeading = "%nExample:%n", footer = "  talkwatch queue move wr0fVU3Ajwc 1")
    int move(@Parameters(index = "0", paramLabel = "VIDEO", description = "An id, a URL or a unique part of the title.") String video,
            @Parameters(index = "1", paramLabel = "N", description = "The new position, 1 being next.") int position) {
        Curator curator = root.curator();
        String id = curator.video(video);
        curator.move(id, position);
        root.environment().out().println("moved " + Formats.video(curator.state(id)) + " to " + position);
        return 0;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The queue in order, with its total duration.",
            footerHeading = "%nExample:%n", footer = "  talkwatch queue list --format json")
    int list(@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv.")
            OutputFormat format) {
        List<QueuedTalk> queue = root.curator().queue();
        PrintWriter out = root.environment().out();
        if (format != OutputFormat.TABLE) {
            out.print(format.text(CurationJson.queue(queue)));
            return 0;
        }
        if (queue.isEmpty()) {
            out.println("The queue is empty; add a talk with: talkwatch queue add VIDEO");
            return 0;
        }
        out.print(table(queue));
        QueueLength length = QueueLength.of(queue);
        out.println(queue.size() + (queue.size() == 1 ? " talk, " : " talks, ") + Formats.total(length.total())
                + (length.unknown() > 0 ? " (" + length.unknown() + " of unknown length)" : ""));
        return 0;
    }

    @Command(name = "plan", mixinStandardHelpOptions = true,
            description = "Propose what of the queue fits in the time given: best-rated first, then most viewed.",
            footerHeading = "%nExample:%n", footer = "  talkwatch queue plan --hours 2")
    int plan(@Option(names = "--hours", paramLabel = "H", required = true, description = "The time you have, in hours (1.5 for 90 minutes).")
            double hours,
            @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json.")
            OutputFormat format) {
        if (hours <= 0) {
            throw new ParameterException(spec.commandLine(), "--hours must be more than 0");
        }
        if (format == OutputFormat.CSV) {
            throw new ParameterException(spec.commandLine(), "queue plan prints table or json, not csv");
        }
        QueuePlan plan = root.curator().plan(Duration.ofSeconds(Math.round(hours * 3600)));
        PrintWriter out = root.environment().out();
        if (format == OutputFormat.JSON) {
            out.print(CurationJson.plan(plan));
            return 0;
        }
        if (plan.talks().isEmpty()) {
            out.println("Nothing in the queue fits in " + Formats.total(plan.available()) + ".");
        } else {
            out.print(table(plan.talks()));
            out.println(plan.talks().size() + " of the queued talks fit: " + Formats.total(plan.total()) + " of "
                    + Formats.total(plan.available()));
        }
        if (!plan.withoutDuration().isEmpty()) {
            int unknown = plan.withoutDuration().size();
            out.println(unknown + (unknown == 1 ? " queued talk has" : " queued talks have") + " no known length and"
                    + (unknown == 1 ? " was" : " were") + " left out (" + String.join(", ", plan.withoutDuration().stream()
                            .map(talk -> talk.state().video().id()).limit(5).toList()) + (unknown > 5 ? ", …" : "") + "):"
                    + " the recap snippet's output has no lengths; a saved playlist page, yt-dlp's JSON, a pyvideo"
                    + " folder or a fetch (talkwatch refresh) gives them");
        }
        return 0;
    }

    private String table(List<QueuedTalk> talks) {
        Table table = new Table(List.of(Table.Column.number("#"), Table.Column.text("ID"), Table.Column.text("RATING"),
                Table.Column.number("VIEWS"), Table.Column.number("LENGTH"), Table.Column.flexible("TITLE")));
        for (QueuedTalk talk : talks) {
            table.add(List.of(Integer.toString(talk.position()), talk.state().video().id(),
                    talk.stars().map(s -> s.glyphs()).orElse(""), talk.state().views().map(Formats::views).orElse("-"),
                    talk.state().video().lengthText(), talk.state().video().title()));
        }
        return table.render(Formats.width(root.environment()));
    }
}
