package dev.talkwatch.cli;

import dev.talkwatch.catalog.Playlist;
import dev.talkwatch.catalog.PlaylistChange;
import dev.talkwatch.catalog.PlaylistDiff;
import dev.talkwatch.catalog.PlaylistListing;
import dev.talkwatch.catalog.TalkwatchException;
import dev.talkwatch.publish.TrendJson;
import dev.talkwatch.store.HistoryStore;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code talkwatch diff [PLAYLIST]}: what changed in a playlist between two complete captures. */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        description = {
            "Show what changed in a playlist between two complete captures (a refresh, or an import of the whole"
                    + " playlist): videos added, removed, made private or deleted, retitled, and moved. A video counts"
                    + " as moved when its order relative to the others changed, not when an addition shifted it.",
            "Compares the newest capture with the one before it, or with the newest one up to --since."},
        footerHeading = "%nExamples:%n",
        footer = {"  talkwatch diff", "  talkwatch diff 'PyCon US 2024' --since 2026-11-01 --format json"})
final class DiffCommand implements Callable<Integer>, ReadsOnly {

    @ParentCommand
    TalkwatchCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    PlaylistArgument playlist;

    @Option(names = "--since", paramLabel = "DATE", description = "Compare with the newest complete capture of that"
            + " day or before (default: the one before the newest).")
    String since;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json, one object per change (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        if (format == OutputFormat.CSV) {
            throw new ParameterException(spec.commandLine(), "diff prints table or json, not csv");
        }
        Playlist chosen = playlist.resolveForReading(root.store(), root.environment().err());
        List<PlaylistListing> complete = new HistoryStore(root.database()).listings(chosen.id()).stream()
                .filter(PlaylistListing::complete).toList();
        CliEnvironment environment = root.environment();
        if (complete.size() < 2) {
            throw new TalkwatchException("nothing to compare: '" + chosen.displayName() + "' has "
                    + (complete.isEmpty() ? "no complete capture" : "one complete capture ("
                    + Formats.dateTime(complete.getFirst().capturedAt(), environment) + ")")
                    + "; talkwatch refresh adds the next");
        }
        PlaylistListing after = complete.getLast();
        PlaylistListing before = since == null ? complete.get(complete.size() - 2) : baseline(complete);
        if (before == after) {
            throw new TalkwatchException("nothing to compare: the newest complete capture of '" + chosen.displayName()
                    + "' (" + Formats.dateTime(after.capturedAt(), environment) + ") is itself up to --since " + since);
        }
        List<PlaylistChange> changes = PlaylistDiff.between(before, after);
        if (format == OutputFormat.JSON) {
            environment.out().print(TrendJson.changes(changes, before.capturedAt(), after.capturedAt()));
        } else {
            environment.out().print(table(chosen, changes, before.capturedAt(), after.capturedAt(), environment));
        }
        return 0;
    }

    private PlaylistListing baseline(List<PlaylistListing> complete) {
        Instant limit = Dates.upTo(since, "--since", spec.commandLine(), root.environment().clock().getZone());
        return complete.stream().filter(l -> !l.capturedAt().isAfter(limit)).reduce((a, b) -> b)
                .orElse(complete.getFirst());
    }

    private static String table(Playlist playlist, List<PlaylistChange> changes, Instant from, Instant to,
            CliEnvironment environment) {
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder("Changes in '" + playlist.displayName() + "' from "
                + Formats.dateTime(from, environment) + " to " + Formats.dateTime(to, environment) + ": ");
        if (changes.isEmpty()) {
            return out.append("none").append(nl).toString();
        }
        Map<PlaylistChange.Kind, Long> counts = new LinkedHashMap<>();
        Arrays.stream(PlaylistChange.Kind.values()).forEach(kind -> counts.put(kind,
                changes.stream().filter(c -> c.kind() == kind).count()));
        out.append(counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " " + e.getKey().label()).collect(Collectors.joining(", "))).append(nl);
        Table table = new Table(List.of(Table.Column.text("CHANGE"), Table.Column.text("ID"),
                Table.Column.flexible("TITLE"), Table.Column.flexible("DETAIL")));
        for (PlaylistChange change : changes) {
            table.add(List.of(change.kind().label(), change.videoId(), change.title(), detail(change)));
        }
        return out.append(table.render(Formats.width(environment))).toString();
    }

    private static String detail(PlaylistChange change) {
        return switch (change.kind()) {
            case ADDED -> "at " + change.after();
            case REMOVED -> "was at " + change.before();
            case MOVED -> change.before() + " → " + change.after();
            case RETITLED -> "was '" + change.before() + "'";
            default -> change.before() + " → " + change.after();
        };
    }
}
