package dev.talkwatch.cli;

import dev.talkwatch.fetch.FetchProgress;
import java.io.PrintWriter;
import java.time.Duration;

/**
 * Shows how a fetch goes: on a terminal, one line redrawn in place with a bar of the videos so far;
 * otherwise (cron, a pipe) a plain line per page; with --quiet, nothing. Retries are told on
 * standard error unless quiet.
 */
final class ProgressPrinter implements FetchProgress {

    private static final int BAR = 24;

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean terminal;
    private final boolean quiet;
    private final String label;
    private boolean drawn;

    ProgressPrinter(CliEnvironment environment, boolean quiet, String label) {
        this.out = environment.out();
        this.err = environment.err();
        this.terminal = environment.terminal();
        this.quiet = quiet;
        this.label = label;
    }

    @Override
    public void page(int page, int videos, Integer expected) {
        if (quiet) {
            return;
        }
        String counts = "page " + page + ", " + videos + (expected == null ? "" : " of " + expected) + " videos";
        if (terminal) {
            out.print("\r" + label + " " + bar(videos, expected) + counts + "\u001B[K");
            out.flush();
            drawn = true;
        } else {
            out.println(label + ": " + counts);
        }
    }

    @Override
    public void retry(String reason, int attempt, Duration delay) {
        if (quiet) {
            return;
        }
        finish();
        err.println("  " + reason + "; attempt " + attempt + " in " + seconds(delay));
    }

    /** Ends the line the bar was drawn on, if one was. */
    void finish() {
        if (drawn) {
            out.println();
            drawn = false;
        }
    }

    private static String bar(int videos, Integer expected) {
        if (expected == null || expected <= 0) {
            return "";
        }
        int filled = (int) Math.min(BAR, (long) videos * BAR / expected);
        return "[" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] ";
    }

    private static String seconds(Duration delay) {
        long millis = delay.toMillis();
        return millis < 10_000 ? String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0) : delay.toSeconds() + " s";
    }
}
