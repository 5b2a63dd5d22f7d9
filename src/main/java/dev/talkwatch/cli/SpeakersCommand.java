package dev.talkwatch.cli;

import dev.talkwatch.catalog.VideoState;
import dev.talkwatch.publish.CurationJson;
import dev.talkwatch.store.CatalogStore;
import dev.talkwatch.store.SpeakerCount;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code talkwatch speakers [NAME]}: every speaker with their number of talks, or one speaker's talks. */
@Command(
        name = "speakers",
        mixinStandardHelpOptions = true,
        description = "List every speaker the titles and pyvideo name, with how many talks each gave; with a NAME (any"
                + " case), that speaker's talks across every playlist.",
        footerHeading = "%nExamples:%n",
        footer = {"  talkwatch speakers", "  talkwatch speakers 'Simon Willison'", "  talkwatch speakers --format csv > speakers.csv"})
final class SpeakersCommand implements Callable<Integer>, ReadsOnly {

    @ParentCommand
    TalkwatchCommand root;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "A speaker's name, as the index writes it.")
    String name;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv.")
    OutputFormat format;

    @Override
    public Integer call() {
        CatalogStore catalog = root.store();
        var out = root.environment().out();
        if (name == null || name.isBlank()) {
            List<SpeakerCount> speakers = catalog.speakers();
            if (format != OutputFormat.TABLE) {
                out.print(format.text(CurationJson.speakers(speakers)));
            } else if (speakers.isEmpty()) {
                out.println("No speakers yet: they come from the titles (see talkwatch titles) and from pyvideo.");
            } else {
                Table table = new Table(List.of(Table.Column.flexible("SPEAKER"), Table.Column.number("TALKS")));
                speakers.forEach(s -> table.add(List.of(s.name(), Integer.toString(s.talks()))));
                out.print(table.render(Formats.width(root.environment())));
            }
            return 0;
        }
        List<VideoState> talks = catalog.speakerTalks(name);
        if (talks.isEmpty()) {
            throw new dev.talkwatch.catalog.TalkwatchException("no talk of a speaker named '" + name.strip()
                    + "' in the catalog; talkwatch speakers lists every name");
        }
        if (format != OutputFormat.TABLE) {
            out.print(format.text(CurationJson.videos(talks)));
            return 0;
        }
        Table table = new Table(List.of(Table.Column.text("ID"), Table.Column.text("TRACK"), Table.Column.number("VIEWS"),
                Table.Column.flexible("TITLE")));
        for (VideoState talk : talks) {
            table.add(List.of(talk.video().id(), talk.video().talk().track() == null ? "" : talk.video().talk().track(),
                    talk.views().map(Formats::views).orElse("-"), talk.video().title()));
        }
        out.print(table.render(Formats.width(root.environment())));
        return 0;
    }
}
