package dev.talkwatch.cli;

import dev.talkwatch.catalog.Estimate;
import dev.talkwatch.catalog.Playlist;
import dev.talkwatch.catalog.TrendRow;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A trend as a table, with a heading that says what is compared with what. */
final class TrendTable {

    private TrendTable() {
    }

    static String render(Playlist playlist, List<TrendRow> rows, Instant since, CliEnvironment environment) {
        String nl = System.lineSeparator();
        Instant newest = rows.stream().map(TrendRow::latest).filter(Objects::nonNull).map(o -> o.capturedAt())
                .max(Instant::compareTo).orElse(null);
        if (newest == null) {
            return "No view counts for '" + playlist.displayName() + "' yet; import or refresh it first." + nl;
        }
        boolean compared = rows.stream().anyMatch(r -> r.baseline() != null);
        StringBuilder out = new StringBuilder();
        out.append("Trend of '").append(playlist.displayName()).append("': newest snapshot ")
                .append(Formats.dateTime(newest, environment)).append(", compared with ")
                .append(since == null ? "each video's previous snapshot"
                        : "the snapshots up to " + Formats.dateTime(since, environment))
                .append(nl);
        if (!compared) {
            out.append("Only one snapshot so far: talkwatch refresh adds the next.").append(nl);
        }
        Table table = new Table(List.of(Table.Column.number("#"), Table.Column.flexible("TITLE"),
                Table.Column.number("VIEWS"), Table.Column.number("GAINED"), Table.Column.text("SINCE"),
                Table.Column.number("PER DAY"), Table.Column.number("VIEWS/DAY SINCE UPLOAD"),
                Table.Column.number("PCTL"), Table.Column.text("RANK")));
        Map<Instant, String> days = new HashMap<>(); // a few captures' moments, each formatted once
        for (TrendRow row : rows) {
            table.add(List.of(Integer.toString(row.item().position()), title(row),
                    row.latest() == null ? "-" : Formats.views(row.latest().views()),
                    text(row.gained(), 0, true),
                    row.baseline() == null ? "" : days.computeIfAbsent(row.baseline().capturedAt(),
                            at -> Formats.dateTime(at, environment).substring(0, 10)),
                    text(row.gainedPerDay(), 1, true),
                    row.viewsPerDay() == null ? "-" : (row.uploadExact() ? "" : "~") + text(row.viewsPerDay(), 1, false),
                    row.percentile() == null ? "-" : Integer.toString(row.percentile()),
                    rank(row)));
        }
        out.append(table.render(Formats.width(environment)));
        boolean ranges = rows.stream().anyMatch(r -> r.gained() != null && !r.gained().exact());
        boolean estimated = rows.stream().anyMatch(r -> r.viewsPerDay() != null && !r.uploadExact());
        if (ranges) {
            out.append("Ranges such as +100–299 come from counts YouTube rounds (\"3.6K views\"); ≈ marks counts copied"
                    + " into a post, or a range too narrow to show (+1.9B); --format json has every figure exact.").append(nl);
        }
        if (estimated) {
            out.append("~ marks an upload time estimated from the age the playlist page showed (\"2 weeks ago\").")
                    .append(nl);
        }
        return out.toString();
    }

    private static String title(TrendRow row) {
        var video = row.item().video();
        return video.status().available() ? video.title() : "[" + video.status().id() + "] " + video.title();
    }

    private static String text(Estimate estimate, int decimals, boolean signed) {
        return estimate == null ? "-" : estimate.compact(decimals, signed);
    }

    // "3 ▲2", "5 ▼1", "4 =", or the rank alone without a baseline.
    private static String rank(TrendRow row) {
        if (row.rank() == null) {
            return "-";
        }
        Integer change = row.rankChange();
        if (change == null) {
            return Integer.toString(row.rank());
        }
        return row.rank() + (change > 0 ? " ▲" + change : change < 0 ? " ▼" + -change : " =");
    }
}
