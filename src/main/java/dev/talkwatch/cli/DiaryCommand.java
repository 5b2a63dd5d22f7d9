package dev.talkwatch.cli;

import dev.talkwatch.curate.DiaryLine;
import dev.talkwatch.publish.CurationJson;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code talkwatch diary}: the talks watched, by day. */
@Command(
        name = "diary",
        mixinStandardHelpOptions = true,
        description = "List the watched diary, oldest first, with your ratings.",
        footerHeading = "%nExamples:%n",
        footer = {"  talkwatch diary", "  talkwatch diary --format json"})
final class DiaryCommand implements Callable<Integer>, ReadsOnly {

    @ParentCommand
    TalkwatchCommand root;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv.")
    OutputFormat format;

    @Override
    public Integer call() {
        List<DiaryLine> diary = root.curator().diary();
        var out = root.environment().out();
        if (format != OutputFormat.TABLE) {
            out.print(format.text(CurationJson.diary(diary)));
            return 0;
        }
        if (diary.isEmpty()) {
            out.println("The diary is empty; record a talk with: talkwatch watched VIDEO");
            return 0;
        }
        Table table = new Table(List.of(Table.Column.text("WATCHED"), Table.Column.text("ID"), Table.Column.text("RATING"),
                Table.Column.flexible("TITLE")));
        for (DiaryLine line : diary) {
            table.add(List.of(line.entry().watchedOn().toString(), line.entry().videoId(),
                    line.rating() == null ? "" : line.rating().glyphs(), line.state().video().title()));
        }
        out.print(table.render(Formats.width(root.environment())));
        return 0;
    }
}
