package dev.talkwatch.cli;

import dev.talkwatch.curate.SearchResult;
import dev.talkwatch.publish.CurationJson;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code talkwatch search TEXT}: full-text search over titles, speakers and notes. */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = "Search every video's titles, speakers and your notes; the best matches first. Every word must"
                + " match, as the start of a word.",
        footerHeading = "%nExamples:%n",
        footer = {"  talkwatch search pydantic", "  talkwatch search cpython jit --format json"})
final class SearchCommand implements Callable<Integer>, ReadsOnly {

    @ParentCommand
    TalkwatchCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "Words to find.")
    List<String> words;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N results (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv.")
    OutputFormat format;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1, was " + limit);
        }
        List<SearchResult> results = root.curator().search(String.join(" ", words), limit);
        var out = root.environment().out();
        if (format != OutputFormat.TABLE) {
            out.print(format.text(CurationJson.search(results)));
            return 0;
        }
        if (results.isEmpty()) {
            out.println("Nothing matches '" + String.join(" ", words) + "'.");
            return 0;
        }
        Table table = new Table(List.of(Table.Column.text("ID"), Table.Column.flexible("TITLE"), Table.Column.flexible("FOUND")));
        results.forEach(r -> table.add(List.of(r.state().video().id(), r.state().video().title(), r.excerpt())));
        out.print(table.render(Formats.width(root.environment())));
        return 0;
    }
}
