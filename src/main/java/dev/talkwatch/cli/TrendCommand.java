package dev.talkwatch.cli;

import dev.talkwatch.catalog.Playlist;
import dev.talkwatch.catalog.TrendRow;
import dev.talkwatch.catalog.TrendSort;
import dev.talkwatch.catalog.Trends;
import dev.talkwatch.publish.TrendJson;
import dev.talkwatch.store.HistoryStore;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code talkwatch trend [PLAYLIST]}: how each video's views moved between snapshots. */
@Command(
        name = "trend",
        mixinStandardHelpOptions = true,
        description = {
            "Show how a playlist's videos are doing: views gained since the previous snapshot (or since --since), per"
                    + " day, views per day since upload (popularity that is fair to a talk uploaded last week and one"
                    + " from last year), the percentile by that within the playlist, and the change in rank by views.",
            "Counts YouTube rounds (\"3.6K views\") give ranges such as +100-299; ≈ marks counts copied into a post."
                    + " The upload time is the one the Data API or yt-dlp gave, else estimated from the age the"
                    + " playlist page showed (\"2 weeks ago\")."},
        footerHeading = "%nExamples:%n",
        footer = {"  talkwatch trend", "  talkwatch trend 'PyCon US 2024' --since 2026-11-01 --sort gained --limit 10",
            "  talkwatch trend --sort views-per-day --format json"})
final class TrendCommand implements Callable<Integer>, ReadsOnly {

    @ParentCommand
    TalkwatchCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    PlaylistArgument playlist;

    @Option(names = "--since", paramLabel = "DATE", description = "Compare with the snapshots of that day or before"
            + " (default: each video's previous snapshot).")
    String since;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "per-day", converter = TrendSortConverter.class,
            description = "gained, per-day, views-per-day, percentile, rank-change, views or position"
                    + " (default: ${DEFAULT-VALUE}).")
    TrendSort sort;

    @Option(names = "--limit", paramLabel = "N", description = "At most N videos.")
    Integer limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table or json, one object per video (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        if (limit != null && limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1, was " + limit);
        }
        if (format == OutputFormat.CSV) {
            throw new ParameterException(spec.commandLine(), "trend prints table or json, not csv");
        }
        Playlist chosen = playlist.resolveForReading(root.store(), root.environment().err());
        Instant baseline = since == null ? null
                : Dates.upTo(since, "--since", spec.commandLine(), root.environment().clock().getZone());
        HistoryStore history = new HistoryStore(root.database());
        // against each video's previous snapshot, what the catalog keeps; else from every snapshot
        List<TrendRow> rows = (baseline == null ? Trends.of(root.store().items(chosen.id()), history.bases(chosen.id()))
                : Trends.of(root.store().items(chosen.id()), history.observations(chosen.id()), baseline)).stream()
                .sorted(sort.comparator())
                .limit(limit == null ? Long.MAX_VALUE : limit)
                .toList();
        CliEnvironment environment = root.environment();
        if (format == OutputFormat.JSON) {
            environment.out().print(TrendJson.trend(rows));
        } else {
            environment.out().print(TrendTable.render(chosen, rows, baseline, environment));
        }
        return 0;
    }


    /** Reads "per-day" and "views-per-day" as well as the constant names. */
    static final class TrendSortConverter implements picocli.CommandLine.ITypeConverter<TrendSort> {
        @Override
        public TrendSort convert(String value) {
            String name = value.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
            try {
                return TrendSort.valueOf(name);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is no order; use gained,"
                        + " per-day, views-per-day, percentile, rank-change, views or position");
            }
        }
    }
}
